import type { APIContext, GetStaticPaths } from "astro";
import { getOpenData } from "../../utils/openData";

/** The media type of each kind of data file. */
const TYPES: Readonly<Record<string, string>> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
};

export const getStaticPaths = (async () =>
  (await getOpenData()).files.files.map((f) => ({
    params: { file: f.name },
    props: { text: f.text },
  }))) satisfies GetStaticPaths;

export function GET(context: APIContext) {
  const { text } = context.props as { text: string };
  const type = TYPES[context.params["file"]?.split(".").pop() ?? ""] ?? "application/octet-stream";
  return new Response(Buffer.from(text, "utf8"), { headers: { "Content-Type": type } });
}
