/**
 * Cuts a list of records into files that each stay under a gzip size, measured, not guessed
 * from a count: records vary in length, and a fixed count that fits one corpus overflows
 * another. Pure apart from CPU time (zlib), which runs on zlib's thread pool: at 10,000 articles
 * the build's own thread would otherwise spend 0.6 s compressing while no page renders.
 */
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

/** The largest file the open data may publish: 10 MB, gzip-compressed. */
export const GZIP_LIMIT = 10 * 1000 * 1000;

/** Share of the limit a first cut aims at, so that few parts need a second cut. */
const AIM = 0.9;

/** The last few texts measured: the split and the /data/ page measure the same files (0.4 s each at 10,000 articles). */
const measured = new Map<string, Promise<number>>();
const MEASURED_KEPT = 4;

/** Bytes of `text` gzip-compressed (zlib's default level, as web servers and `gzip` use). */
export function gzipBytes(text: string): Promise<number> {
  const known = measured.get(text);
  if (known !== undefined) return known;
  const bytes = gzipAsync(Buffer.from(text, "utf8")).then((zipped) => zipped.length);
  if (measured.size >= MEASURED_KEPT) measured.delete(measured.keys().next().value ?? "");
  measured.set(text, bytes);
  return bytes;
}

/**
 * Splits `items` into consecutive groups whose file, `frame(group)`, gzips to at most `limit`
 * bytes; one group when the whole fits. Order is kept. A first cut packs items by their raw size
 * at the whole file's compression ratio; any group still too large is halved until it fits.
 * Throws when a single item does not fit.
 */
export async function splitByGzipSize<T>(
  items: readonly T[],
  frame: (group: readonly T[]) => string,
  rawBytes: (item: T) => number,
  limit: number = GZIP_LIMIT,
): Promise<T[][]> {
  const whole = frame(items);
  const wholeGzip = await gzipBytes(whole);
  if (wholeGzip <= limit) return [[...items]];
  const ratio = wholeGzip / Buffer.byteLength(whole, "utf8");
  const aim = (limit * AIM) / ratio;
  const groups: T[][] = [];
  let group: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = rawBytes(item);
    if (group.length > 0 && size + bytes > aim) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(item);
    size += bytes;
  }
  if (group.length > 0) groups.push(group);
  return (await Promise.all(groups.map((g) => fit(g, frame, limit)))).flat();
}

/** `group` as it is when its file fits, else its halves, each fitted in turn. */
async function fit<T>(group: T[], frame: (group: readonly T[]) => string, limit: number): Promise<T[][]> {
  if ((await gzipBytes(frame(group))) <= limit) return [group];
  if (group.length === 1) throw new Error(`one record alone is over ${limit} bytes gzip-compressed`);
  const half = Math.ceil(group.length / 2);
  const [a, b] = await Promise.all([
    fit(group.slice(0, half), frame, limit),
    fit(group.slice(half), frame, limit),
  ]);
  return [...a, ...b];
}
