/**
 * Turns the real seed texts into pools of reusable sentences, classified by
 * programme and topic, with real place names replaced by numbered slots so
 * generated articles can fill in invented places.
 */
import { PROGRAMMES, REAL_PLACES, TOPICS } from "./vocab.ts";

/** A real sentence; characters U+0001..U+0004 mark place-name slots 0..3. */
export type SlotSentence = string;

/** Real sentences grouped for sampling. */
export interface SentencePools {
  /** Sentences that name a programme, by programme id. */
  readonly byProgramme: ReadonlyMap<string, readonly SlotSentence[]>;
  /** Programme-free sentences by topic id (first matching topic). */
  readonly byTopic: ReadonlyMap<string, readonly SlotSentence[]>;
  /** Programme-free sentences of no particular topic. */
  readonly general: readonly SlotSentence[];
  /** All programme-free sentences (topic and general). */
  readonly all: readonly SlotSentence[];
  /** Number of distinct sentences in all pools. */
  readonly size: number;
}

const PLACE_RE = new RegExp(`\\b(${REAL_PLACES.join("|")})\\b`, "g");
// Slot markers are the control characters U+0001–U+0004, which never occur in seed text.
// eslint-disable-next-line no-control-regex
const SLOT_RE = /[\u0001-\u0004]/g;
const BANNER_RE = /:\s*English\b/;

/** Splits seed texts into distinct body sentences (titles, dates, banners dropped). */
export function extractSentences(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const block of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
      const para = block.replace(/\s+/g, " ").trim();
      if (para.length < 120 || !/[.!?]$/.test(para) || BANNER_RE.test(para)) continue;
      const normalised = para.replace(/([a-z)])\.(?=[A-Z][a-z])/g, "$1. ");
      for (const sentence of normalised.split(/(?<=[.!?])\s+(?=[A-Z"“(])/)) {
        const s = sentence.trim().replace(/\bDEMETER V\b/g, "DEMETER VI");
        if (s.length >= 30 && s.length <= 450 && !s.includes("@")) seen.add(s);
      }
    }
  }
  return [...seen];
}

/** Replaces real place names by slots: the k-th distinct place becomes U+0001+k. */
export function toSlotSentence(sentence: string): SlotSentence {
  const slots: string[] = [];
  return sentence.replace(PLACE_RE, (place) => {
    let i = slots.indexOf(place);
    if (i < 0) i = slots.push(place) - 1;
    return String.fromCharCode(1 + Math.min(i, 3));
  });
}

/** Fills slot k with names[k] (cycling when there are fewer names). */
export function fillSlots(sentence: SlotSentence, names: readonly string[]): string {
  return sentence.replace(SLOT_RE, (c) => names[(c.charCodeAt(0) - 1) % names.length] ?? "");
}

/** Classifies sentences into programme, topic and general pools. */
export function buildPools(sentences: readonly string[]): SentencePools {
  const byProgramme = new Map<string, SlotSentence[]>();
  const byTopic = new Map<string, SlotSentence[]>();
  const general: SlotSentence[] = [];
  const all: SlotSentence[] = [];
  for (const sentence of sentences) {
    const slotted = toSlotSentence(sentence);
    const programme = PROGRAMMES.find((p) => p.pattern.test(sentence));
    if (programme) {
      push(byProgramme, programme.id, slotted);
      continue;
    }
    all.push(slotted);
    const topic = TOPICS.find((t) => t.keywords.test(sentence));
    if (topic) push(byTopic, topic.id, slotted);
    else general.push(slotted);
  }
  return { byProgramme, byTopic, general, all, size: sentences.length };
}

function push(map: Map<string, SlotSentence[]>, key: string, value: SlotSentence): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
