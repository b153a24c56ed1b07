/** The world map's data: every country has a mark inside the map, outlines ship once, and the shading scale. */
import { describe, expect, it } from "vitest";
import { COUNTRIES } from "../../../src/lib/places/recognise.ts";
import {
  DOT_MARGIN,
  MAP_WIDTH,
  mapHeight,
  markOf,
  outlineId,
  shadeOf,
  shades,
  worldOutlines,
  worldSprite,
} from "../../../src/lib/places/worldMap.ts";

describe("world map marks", () => {
  const sprite = worldSprite();

  it.each(["full", "small"] as const)(
    "gives every country an outline or a dot inside the %s map",
    (detail) => {
      const outlines = worldOutlines(detail);
      for (const code of COUNTRIES.keys()) {
        const mark = markOf(code, detail);
        expect(mark, code).toBeDefined();
        if (mark?.kind === "outline") expect(outlines, code).toContain(`id="${mark.id}"`);
        if (mark?.kind === "dot") {
          expect(mark.cx, code).toBeGreaterThanOrEqual(DOT_MARGIN);
          expect(mark.cx, code).toBeLessThanOrEqual(MAP_WIDTH - DOT_MARGIN);
          expect(mark.cy, code).toBeGreaterThanOrEqual(DOT_MARGIN);
          expect(mark.cy, code).toBeLessThanOrEqual(mapHeight(detail) - DOT_MARGIN);
        }
      }
    },
  );

  it("ships the full map's outlines in the sprite, and keeps the larger countries outlined on the small map", () => {
    expect(sprite).toContain(worldOutlines("full"));
    for (const code of ["MW", "KE", "PE", "KH", "PH", "XK"])
      expect(markOf(code, "small")?.kind).toBe("outline");
  });

  it("draws large countries as outlines (Kosovo, which has no ISO numeric code, by name) and tiny ones as dots", () => {
    for (const code of ["MW", "KE", "PE", "KH", "PH", "RU", "US", "BR", "XK", "PG", "GQ", "GN"])
      expect(markOf(code)).toEqual({ kind: "outline", id: outlineId(code) });
    for (const code of ["SG", "MT", "MU", "BH", "VA"]) expect(markOf(code)?.kind).toBe("dot");
  });

  it("puts countries where they are: Peru west of Brazil, Malawi south of Kenya, Japan east of China", () => {
    const centre = (code: string): [number, number] => {
      const m = markOf(code);
      if (m?.kind !== "dot") {
        const d = new RegExp(`id="${outlineId(code)}" d="([^"]+)"`).exec(sprite)?.[1] ?? "";
        // Each ring: "M" and an absolute point, then "l" and steps relative to the point before.
        const xs: number[] = [];
        const ys: number[] = [];
        for (const ring of d.split("M").filter(Boolean)) {
          const nums = [...ring.matchAll(/-?\d+/g)].map((x) => Number(x[0]));
          let [x, y] = [nums[0] ?? 0, nums[1] ?? 0];
          xs.push(x);
          ys.push(y);
          for (let i = 2; i + 1 < nums.length; i += 2) {
            x += nums[i] ?? 0;
            y += nums[i + 1] ?? 0;
            xs.push(x);
            ys.push(y);
          }
        }
        return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
      }
      return [m.cx, m.cy];
    };
    expect(centre("PE")[0]).toBeLessThan(centre("BR")[0]);
    expect(centre("MW")[1]).toBeGreaterThan(centre("KE")[1]);
    expect(centre("JP")[0]).toBeGreaterThan(centre("CN")[0]);
    expect(centre("SG")[1]).toBeGreaterThan(centre("TH")[1]);
  });

  it("leaves Antarctica's outline out and gives outline paths no fill of their own", () => {
    expect(sprite).not.toContain(`id="${outlineId("AQ")}"`);
    expect(sprite).not.toMatch(/fill=|stroke=/);
    expect(sprite.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} `)).toBe(
      true,
    );
    expect(sprite).toContain('<g id="world">');
  });
});

describe("map shading scale", () => {
  it.each([
    [[], []],
    [[1], [[1, 1]]],
    [
      [3, 1, 2],
      [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    ],
    [
      [1, 100],
      [
        [1, 3],
        [4, 6],
        [7, 16],
        [17, 40],
        [41, 100],
      ],
    ],
    [
      [1, 1000],
      [
        [1, 4],
        [5, 16],
        [17, 63],
        [64, 251],
        [252, 1000],
      ],
    ],
  ])("counts %j give shades %j", (counts, expected) => {
    expect(shades(counts).map((s) => [s.min, s.max])).toEqual(expected);
  });

  it("covers 1 … max with ranges that never overlap or leave a gap, and places every count in its range", () => {
    for (const max of [1, 2, 5, 9, 37, 250, 9999]) {
      const scale = shades([1, max]);
      expect(scale[0]?.min).toBe(1);
      expect(scale.at(-1)?.max).toBe(max);
      for (let i = 1; i < scale.length; i++) expect(scale[i]?.min).toBe((scale[i - 1]?.max ?? 0) + 1);
      for (const s of scale) expect(s.min).toBeLessThanOrEqual(s.max);
      for (const n of [1, Math.ceil(max / 2), max]) {
        const s = scale[shadeOf(n, scale)];
        expect(n).toBeGreaterThanOrEqual(s?.min ?? Infinity);
        expect(n).toBeLessThanOrEqual(s?.max ?? -Infinity);
      }
    }
  });
});
