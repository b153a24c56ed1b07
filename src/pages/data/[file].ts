import type { APIContext, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { getOpenData, type OpenDataFile } from "../../utils/openData";

/** The media type of each kind of data file. */
const TYPES: Readonly<Record<string, string>> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
};

export const getStaticPaths = (async () =>
  (await getOpenData()).files.files.map((f) => ({
    params: { file: f.name },
    props: { file: f },
  }))) satisfies GetStaticPaths;

export function GET(context: APIContext) {
  const { file } = context.props as { file: OpenDataFile };
  const type = TYPES[context.params["file"]?.split(".").pop() ?? ""] ?? "application/octet-stream";
  // In `astro build` the build-data child wrote the file (UTF-8): it is read only now.
  const bytes = "text" in file ? Buffer.from(file.text, "utf8") : readFileSync(file.path);
  return new Response(bytes, { headers: { "Content-Type": type } });
}
