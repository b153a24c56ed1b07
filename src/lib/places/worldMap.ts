/**
 * The world map, drawn at build time into static SVG: no tiles, no client-side map code, no network.
 *
 * Outlines are Natural Earth's 1:110m countries (`world-atlas`), projected with d3-geo's Equal Earth
 * projection and rounded to whole units. They ship once, as a sprite (`worldSprite()`, served as
 * `/world-map.svg` and cached across pages); a page that shows the map inlines only one `<use>` per
 * country with articles. A country too small for the 1:110m outlines (Singapore, Malta, Mauritius …)
 * is drawn as a dot at the centre `world-countries` gives it, so every country with an article has
 * a place on the map. Pure: imports nothing from Astro.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-countries";
import atlas from "world-atlas/countries-110m.json" with { type: "json" };

/** The map's coordinate space (SVG user units). */
export const MAP_WIDTH = 960;

/** A dot's distance from the map's edges, so that all of it shows (its radius and stroke). */
export const DOT_MARGIN = 7;

/** Antarctica carries no customs news and would take a fifth of the height. */
const LEFT_OUT = new Set(["AQ"]);

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

let projected: Projected | undefined;

/** ISO alpha-2 of an atlas feature: by ISO numeric id, else by name (Kosovo has no numeric code). */
function codeOf(id: string | number | undefined, name: string): string {
  const numeric = id === undefined ? "" : String(id).padStart(3, "0");
  const hit =
    (numeric && countries.find((c) => c.ccn3 === numeric)) ||
    countries.find((c) => c.name.common === name || c.altSpellings.includes(name));
  return hit ? hit.cca2 : "";
}

function project(): Projected {
  if (projected) return projected;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries).features.map((f) => ({
    code: codeOf(f.id, f.properties.name),
    f,
  }));
  const shown = all.filter(({ code }) => !LEFT_OUT.has(code));
  const collection = { type: "FeatureCollection" as const, features: shown.map(({ f }) => f) };
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, collection);
  const path = geoPath(projection).digits(0);
  const height = Math.ceil(geoPath(projection).bounds(collection)[1][1]);
  const outlines = shown
    .map(({ code, f }) => ({ code, d: path(f) ?? "" }))
    .filter((o) => o.d !== "")
    .sort((a, b) => a.code.localeCompare(b.code));
  projected = { height, outlines, projection };
  return projected;
}

/** The map's height in user units, for a viewBox of `0 0 MAP_WIDTH height`. */
export function mapHeight(): number {
  return project().height;
}

/** The id of a country's outline in the sprite ("MW" → "c-MW"). */
export function outlineId(code: string): string {
  return `c-${code}`;
}

/**
 * The sprite: every outline as a path with an id, inside `<g id="world">` so that one `<use>`
 * draws the whole base map. Paths carry no fill or stroke of their own: a `<use>` passes its own
 * (and the page's dark-mode colours) down to them.
 */
export function worldSprite(): string {
  const { height, outlines } = project();
  const paths = outlines
    .map((o) => (o.code ? `<path id="${outlineId(o.code)}" d="${o.d}"/>` : `<path d="${o.d}"/>`))
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${height}">` +
    `<g id="world">${paths}</g></svg>\n`
  );
}

/** How one country with articles is drawn: its outline from the sprite, or a dot. */
export type MapMark =
  | { readonly kind: "outline"; readonly id: string }
  | { readonly kind: "dot"; readonly cx: number; readonly cy: number };

/** The mark of a country (ISO alpha-2), or undefined when it has neither outline nor centre. */
export function markOf(code: string): MapMark | undefined {
  const { height, outlines, projection } = project();
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
