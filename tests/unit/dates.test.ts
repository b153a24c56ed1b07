import { describe, expect, it } from "vitest";
import { parseDateLine } from "../../src/lib/seed/dates.ts";

describe("parseDateLine", () => {
  it.each([
    ["17 mayo 2023", "2023-05-17"],
    ["17 de mayo de 2023", "2023-05-17"],
    ["1 septiembre 2022", "2022-09-01"],
    ["5 juin 2024", "2024-06-05"],
    ["1er juin 2024", "2024-06-01"],
    ["12 février 2021", "2021-02-12"],
    ["3 août 2020", "2020-08-03"],
    ["12 March 2024", "2024-03-12"],
    ["March 12, 2024", "2024-03-12"],
    ["Mar. 12, 2024", "2024-03-12"],
    ["2024-03-12", "2024-03-12"],
    ["Tuesday, 12 March 2024", "2024-03-12"],
    ["29 February 2024", "2024-02-29"],
  ])("reads %j as %s", (line, iso) => {
    expect(parseDateLine(line)).toEqual({ status: "date", iso });
  });

  it.each([
    "About the INAMA Project",
    "In 2009, the WCO and WHO met.",
    "12 angry men 2024",
    "May 2023",
    "2023",
    "17 mayo 2023 and more",
  ])("does not read %j as a date", (line) => {
    expect(parseDateLine(line)).toEqual({ status: "none" });
  });

  it.each(["31 February 2024", "2024-13-01", "30 février 2023", "29 February 2023"])(
    "flags %j as naming no real day",
    (line) => {
      expect(parseDateLine(line).status).toBe("invalid");
    },
  );
});
