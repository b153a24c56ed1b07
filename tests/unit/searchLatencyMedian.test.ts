/**
 * The bench reports each size's search figures as the medians of several measurements, with the
 * range of each timing (tests/bench/searchLatency.ts `medianLatency`).
 */
import { describe, expect, it } from "vitest";
import { medianLatency, type SearchLatency } from "../bench/searchLatency.ts";

function measurement(p95Ms: number, firstQueryMs: number, core: number): SearchLatency {
  return {
    medianMs: p95Ms / 3,
    p95Ms,
    coldMs: 300 + p95Ms,
    firstQueryMs,
    bytes: core + 19_000,
    bytesByKind: { code: 19_000, core },
    requestsBeforeUse: 0,
    keystrokes: 145,
    previews: 20,
    previewsDiffering: 10,
    previewsSuperseded: 5,
    completeMedianMs: 4,
    completeP95Ms: p95Ms * 2,
  };
}

describe("the bench's search figures over repeated measurements", () => {
  it("are each figure's median, with each timing's range", () => {
    const got = medianLatency([measurement(9, 40, 100), measurement(24, 35, 100), measurement(12, 70, 102)]);
    expect(got.p95Ms).toBe(12);
    expect(got.firstQueryMs).toBe(40);
    expect(got.completeP95Ms).toBe(24);
    expect(got.bytesByKind).toEqual({ code: 19_000, core: 100 });
    expect(got.keystrokes).toBe(145);
    expect(got.measurements).toBe(3);
    expect(got.ranges.p95Ms).toEqual([9, 24]);
    expect(got.ranges.firstQueryMs).toEqual([35, 70]);
  });

  it("are one measurement's own figures when there is one", () => {
    const one = measurement(9, 40, 100);
    expect(medianLatency([one])).toMatchObject({ ...one, measurements: 1, ranges: { p95Ms: [9, 9] } });
  });

  it("need a measurement", () => {
    expect(() => medianLatency([])).toThrow(/no measurement/u);
  });
});
