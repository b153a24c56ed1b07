/**
 * Composes one synthetic article (title, body, optional date and headings)
 * from real sentence pools, invented place names and fixed vocabulary.
 */
import type { NamePool } from "./names.ts";
import type { Rng } from "./prng.ts";
import { fillSlots, type SentencePools, type SlotSentence } from "./sources.ts";
import {
  BANNERS,
  HEADINGS,
  MONTHS,
  PROGRAMMES,
  REGIONS,
  TITLE_SUBJECTS,
  TITLE_SUFFIXES,
  TITLE_VERBS,
  TOPICS,
  type Programme,
  type Topic,
} from "./vocab.ts";

/** Longest generated title; the real seed titles stay under 80 characters. */
const MAX_TITLE_LENGTH = 90;

/** Seed-file layout of an article: (a) digest item or (b) article page. */
export type ArticleFormat = "digest" | "article";

/** A composed article, ready to be rendered in its seed format. */
export interface ArticleDraft {
  readonly title: string;
  readonly format: ArticleFormat;
  /** Body blocks in order: paragraphs, and for article pages short heading lines. */
  readonly blocks: readonly string[];
  /** Heading lines among `blocks` (article pages only). */
  readonly headings: readonly string[];
  /** Programme ids the text mentions (empty for most articles). */
  readonly programmes: readonly string[];
  readonly topic: string;
  /** Invented place names used by the article. */
  readonly places: readonly string[];
  /** Article pages only: ISO date, the date line as written, and its language. */
  readonly date?: {
    readonly iso: string;
    readonly line: string;
    readonly lang: "en" | "fr" | "es";
  };
  /** Article pages only: the language banner line, if any. */
  readonly banner?: string;
}

/** Shared mutable state while generating one corpus. */
export interface ComposeContext {
  readonly rng: Rng;
  readonly pools: SentencePools;
  readonly names: NamePool;
  /** Lower-cased titles already used; composeArticle adds to it. */
  readonly titles: Set<string>;
}

/** Composes article number `index` (0-based) in the given format. */
export function composeArticle(index: number, format: ArticleFormat, ctx: ComposeContext): ArticleDraft {
  const { rng } = ctx;
  const programme = pickProgramme(rng);
  const topic = programme
    ? (TOPICS.find((t) => t.id === programme.topic) ?? rng.pick(TOPICS))
    : rng.pick(TOPICS);
  const places = ctx.names.namesFor(index, 3, rng);
  const [p = "", q = "", c = ""] = places;
  const title = uniqueTitle(ctx, topic, programme, p, q, c, index);
  const sentences = sampleSentences(
    ctx,
    topic,
    programme,
    format === "digest" ? rng.int(3, 5) : rng.int(12, 22),
  );
  const lead = leadSentence(rng, topic, p, q, c);
  const body = [lead, ...sentences.map((s) => fillSlots(s, places))];
  if (programme)
    body.splice(rng.int(1, Math.min(3, body.length)), 0, programmeSentence(rng, programme, p, q));
  const programmes = programme ? [programme.id] : [];
  if (format === "digest") {
    const split = rng.chance(0.15) && body.length >= 4 ? rng.int(2, body.length - 2) : body.length;
    const blocks = [body.slice(0, split).join(" "), body.slice(split).join(" ")].filter((b) => b !== "");
    return {
      title,
      format,
      blocks,
      headings: [],
      programmes,
      topic: topic.id,
      places,
    };
  }
  return {
    ...articlePage(rng, body, topic, programme),
    title,
    format,
    programmes,
    topic: topic.id,
    places,
  };
}

function pickProgramme(rng: Rng): Programme | undefined {
  let r = rng.next();
  for (const programme of PROGRAMMES) {
    if (r < programme.rate) return programme;
    r -= programme.rate;
  }
  return undefined;
}

function titleName(programme: Programme): string {
  return programme.id === "DEMETER" ? "Operation DEMETER VI" : programme.id;
}

function uniqueTitle(
  ctx: ComposeContext,
  topic: Topic,
  programme: Programme | undefined,
  p: string,
  q: string,
  c: string,
  index: number,
): string {
  const { rng } = ctx;
  for (let attempt = 0; attempt < 30; attempt++) {
    let suffix: string = rng.pick(TITLE_SUFFIXES);
    if (suffix.includes("{G}") && !programme) suffix = "";
    const title = `${rng.pick(TITLE_SUBJECTS)} ${rng.pick(TITLE_VERBS)} ${rng.pick(topic.objects)}${suffix}`
      .replaceAll("{P}", p)
      .replaceAll("{Q}", q)
      .replaceAll("{C}", c)
      .replaceAll("{R}", rng.pick(REGIONS))
      .replaceAll("{G}", programme ? titleName(programme) : "");
    if (title.length <= MAX_TITLE_LENGTH && !ctx.titles.has(title.toLowerCase())) {
      ctx.titles.add(title.toLowerCase());
      return title;
    }
  }
  const fallback = `${p} Customs Report ${index + 1} on ${rng.pick(topic.objects)}`;
  ctx.titles.add(fallback.toLowerCase());
  return fallback;
}

function sampleSentences(
  ctx: ComposeContext,
  topic: Topic,
  programme: Programme | undefined,
  count: number,
): SlotSentence[] {
  const { rng, pools } = ctx;
  const fromProgramme = programme ? (pools.byProgramme.get(programme.id) ?? []) : [];
  const primary = pools.byTopic.get(topic.id) ?? [];
  const chosen = new Set<SlotSentence>();
  const take = (list: readonly SlotSentence[], n: number): void => {
    for (let tries = 0; n > 0 && tries < n * 4 + 8 && list.length > 0; tries++) {
      const s = rng.pick(list);
      if (!chosen.has(s)) {
        chosen.add(s);
        n--;
      }
    }
  };
  take(fromProgramme, Math.min(2, fromProgramme.length));
  take(primary, Math.ceil(count * 0.6));
  take(pools.general, count - chosen.size);
  take(pools.all, count - chosen.size);
  return [...chosen];
}

function leadSentence(rng: Rng, topic: Topic, p: string, q: string, c: string): string {
  const month = rng.pick(MONTHS.en);
  const year = rng.int(2019, 2025);
  const object = rng.pick(topic.objects).toLowerCase();
  switch (rng.int(0, 3)) {
    case 0:
      return `Customs officers in ${p} seized ${rng.int(3, 900)} ${rng.pick(topic.commodities)} at the port of ${c} in ${month} ${year}.`;
    case 1:
      return `The ${p} Customs Administration hosted a ${rng.int(2, 5)}-day workshop in ${c} on ${object}, attended by officers from ${q} and neighbouring administrations.`;
    case 2:
      return `Officials from ${p} and ${q} met in ${c} in ${month} ${year} to review joint action against ${object}.`;
    default:
      return `Risk analysts at the ${c} border post in ${p} flagged ${rng.int(2, 60)} suspicious consignments linked to ${object}.`;
  }
}

function programmeSentence(rng: Rng, programme: Programme, p: string, q: string): string {
  const name = rng.pick(programme.names);
  if (programme.id === "DEMETER") {
    return `${name} brought together customs administrations from ${p}, ${q} and ${rng.int(20, 90)} other countries.`;
  }
  return `The activity was delivered under the WCO ${name} ${rng.chance(0.5) ? "Project" : "Programme"}, which supports ${p} Customs in this area.`;
}

function articlePage(
  rng: Rng,
  body: readonly string[],
  topic: Topic,
  programme: Programme | undefined,
): Pick<ArticleDraft, "blocks" | "headings" | "date" | "banner"> {
  const paragraphs: string[] = [];
  for (let i = 0; i < body.length;) {
    const n = rng.int(2, 4);
    paragraphs.push(body.slice(i, i + n).join(" "));
    i += n;
  }
  const headings = [programme ? `About the ${titleName(programme)} Project` : topic.heading];
  if (rng.chance(0.4)) headings.unshift(rng.pick(HEADINGS));
  // Each heading is followed by about two paragraphs, as in the real article page.
  const positions = headings.map((_, i) => Math.max(1, paragraphs.length - 2 * (headings.length - i)));
  const blocks: string[] = [];
  paragraphs.forEach((paragraph, j) => {
    headings.forEach((heading, i) => {
      if (positions[i] === j) blocks.push(heading);
    });
    blocks.push(paragraph);
  });
  const lang = rng.pick(["en", "en", "fr", "es"] as const);
  const day = rng.int(1, 28);
  const month = rng.int(0, 11);
  const year = rng.int(2019, 2025);
  const iso = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const date = { iso, line: `${day} ${MONTHS[lang][month]} ${year}`, lang };
  if (lang !== "en" && rng.chance(0.8)) return { blocks, headings, date, banner: BANNERS[lang] };
  return { blocks, headings, date };
}
