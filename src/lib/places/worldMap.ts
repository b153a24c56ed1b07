/**
 * The world map, drawn at build time into static SVG: no tiles, no client-side map code, no network.
 *
 * Outlines are Natural Earth's 1:110m countries (`world-atlas`), simplified with topojson-simplify,
 * projected with d3-geo's Equal Earth projection and rounded to whole units. The full map's
 * outlines ship once, as a sprite (`worldSprite()`, served as `/world-map.svg` and cached across
 * pages); a page that shows it inlines only one `<use>` per country with articles. The small map
 * (the home page) inlines its coarser outlines, so that the page fetches nothing more before it is
 * complete. A country too small for the outlines (Singapore, Malta, Mauritius …) is drawn as a dot
 * at the centre `world-countries` gives it, so every country with an article has a place on the
 * map. Pure: imports nothing from Astro.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-countries";
import atlas from "world-atlas/countries-110m.json" with { type: "json" };

/** The map's coordinate space (SVG user units). */
export const MAP_WIDTH = 960;

/** A dot's distance from the map's edges, so that all of it shows (its radius and stroke). */
export const DOT_MARGIN = 7;

/**
 * How much of each outline a map keeps (topojson-simplify's quantile: the share of points kept, the
 * most significant first). "full" (/countries/) keeps half, which no eye misses at this size and
 * which keeps every outline the 1:110m data has; "small" (the home page, inlined so that the page
 * fetches nothing more) keeps an eighth, and a few more small countries become dots.
 */
const KEEP = { full: 0.5, small: 0.125 } as const;

/** The level of detail of a map. */
export type MapDetail = keyof typeof KEEP;

/** Antarctica carries no customs news and would take a fifth of the height. */
const LEFT_OUT = new Set(["AQ"]);

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

interface Outline {
  /** ISO 3166-1 alpha-2 code, or "" for an outline with no ISO code (Somaliland, N. Cyprus). */
  readonly code: string;
  readonly d: string;
}

interface Projected {
  readonly height: number;
  readonly outlines: readonly Outline[];
  readonly projection: GeoProjection;
}

const projected = new Map<MapDetail, Projected>();

/** ISO alpha-2 of an atlas feature: by ISO numeric id, else by name (Kosovo has no numeric code). */
function codeOf(id: string | number | undefined, name: string): string {
  const numeric = id === undefined ? "" : String(id).padStart(3, "0");
  const hit =
    (numeric && countries.find((c) => c.ccn3 === numeric)) ||
    countries.find((c) => c.name.common === name || c.altSpellings.includes(name));
  return hit ? hit.cca2 : "";
}

function project(detail: MapDetail): Projected {
  const done = projected.get(detail);
  if (done) return done;
  // Visvalingam weights, then only the most significant KEEP share of the points.
  const weighted = presimplify(atlas as unknown as Atlas);
  const topology = simplify(weighted, quantile(weighted, KEEP[detail]));
  const all = feature(topology, topology.objects.countries).features.map((f) => ({
    code: codeOf(f.id, f.properties.name),
    f,
  }));
  const shown = all.filter(({ code }) => !LEFT_OUT.has(code));
  const collection = { type: "FeatureCollection" as const, features: shown.map(({ f }) => f) };
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, collection);
  const height = Math.ceil(geoPath(projection).bounds(collection)[1][1]);
  const outlines = shown
    .map(({ code, f }) => ({ code, d: compactPath(projection, f) }))
    .filter((o) => o.d !== "")
    .sort((a, b) => a.code.localeCompare(b.code));
  const result = { height, outlines, projection };
  projected.set(detail, result);
  return result;
}

/**
 * The SVG path of a feature, as small as whole units allow: points rounded to whole units, a point
 * equal to the one before dropped, rings that shrink below a triangle dropped, and every point after
 * a ring's first written relative to the one before ("M12 40l3-1 2 0z"). At 1:110m most points of a
 * small coast fall on the same whole unit, so this is about half the size of d3's absolute path.
 */
function compactPath(projection: GeoProjection, f: Parameters<ReturnType<typeof geoPath>>[0]): string {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  const point = (x: number, y: number): void => {
    const p: [number, number] = [Math.round(x), Math.round(y)];
    const last = ring.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
  };
  const end = (): void => {
    if (ring.length >= 3) rings.push(ring);
    ring = [];
  };
  geoPath(projection, {
    beginPath: () => undefined,
    moveTo: (x, y) => {
      end();
      point(x, y);
    },
    lineTo: point,
    closePath: end,
    arc: () => undefined,
  })(f);
  end();
  const join = (nums: number[]): string =>
    nums.reduce((out, n, i) => out + (i > 0 && n >= 0 ? " " : "") + String(n), "");
  return rings
    .map((r) => {
      const [first, ...rest] = r as [[number, number], ...[number, number][]];
      const steps: number[] = [];
      let [px, py] = first;
      for (const [x, y] of rest) {
        steps.push(x - px, y - py);
        [px, py] = [x, y];
      }
      return `M${join(first)}l${join(steps)}z`;
    })
    .join("");
}

/** The map's height in user units, for a viewBox of `0 0 MAP_WIDTH height`. */
export function mapHeight(detail: MapDetail = "full"): number {
  return project(detail).height;
}

/** The id of a country's outline in the sprite ("MW" → "c-MW"). */
export function outlineId(code: string): string {
  return `c-${code}`;
}

/**
 * Every outline as a path with an id, inside `<g id="world">` so that one `<use>` draws the whole
 * base map. Paths carry no fill or stroke of their own: a `<use>` passes its own (and the page's
 * dark-mode colours) down to them. The sprite file holds the full map's; a small map inlines its
 * own in a `<defs>`.
 */
export function worldOutlines(detail: MapDetail): string {
  const paths = project(detail)
    .outlines.map((o) => (o.code ? `<path id="${outlineId(o.code)}" d="${o.d}"/>` : `<path d="${o.d}"/>`))
    .join("");
  return `<g id="world">${paths}</g>`;
}

/** The sprite file (/world-map.svg): the full map's outlines. */
export function worldSprite(): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${mapHeight("full")}">` +
    `${worldOutlines("full")}</svg>\n`
  );
}

/** How one country with articles is drawn: its outline from the sprite, or a dot. */
export type MapMark =
  | { readonly kind: "outline"; readonly id: string }
  | { readonly kind: "dot"; readonly cx: number; readonly cy: number };

/** The mark of a country (ISO alpha-2) on a map, or undefined when it has neither outline nor centre. */
export function markOf(code: string, detail: MapDetail = "full"): MapMark | undefined {
  const { height, outlines, projection } = project(detail);
  if (outlines.some((o) => o.code === code)) return { kind: "outline", id: outlineId(code) };
  const country = countries.find((c) => c.cca2 === code);
  if (!country || country.latlng.length !== 2) return undefined;
  const [lat, lng] = country.latlng;
  const point = projection([lng, lat]);
  if (!point) return undefined;
  // Inside the map, whole: the far south (Antarctica, Bouvet Island) is below the outlines' edge.
  const inside = (v: number, max: number): number =>
    Math.min(max - DOT_MARGIN, Math.max(DOT_MARGIN, Math.round(v)));
  return { kind: "dot", cx: inside(point[0], MAP_WIDTH), cy: inside(point[1], height) };
}

/** A shade of the map's scale: counts from `min` to `max` inclusive. */
export interface Shade {
  readonly min: number;
  readonly max: number;
}

/**
 * Up to `classes` shades for article counts, on a logarithmic scale from 1 to the largest count,
 * so that a few heavily covered countries do not wash out the rest. Each shade is a range of whole
 * counts; no range is empty, and together they cover 1 … max.
 */
export function shades(counts: readonly number[], classes = 5): Shade[] {
  const max = Math.max(0, ...counts);
  if (max < 1) return [];
  const bounds: number[] = [];
  for (let i = 1; i <= classes; i++) {
    const upper = i === classes ? max : Math.round(Math.pow(max, i / classes));
    if (upper >= 1 && upper > (bounds.at(-1) ?? 0)) bounds.push(upper);
  }
  return bounds.map((upper, i) => ({ min: i === 0 ? 1 : bounds[i - 1]! + 1, max: upper }));
}

/** The index of the shade a count falls in (counts ≥ 1). */
export function shadeOf(count: number, scale: readonly Shade[]): number {
  const i = scale.findIndex((s) => count <= s.max);
  return i === -1 ? scale.length - 1 : i;
}
