import type { APIContext, GetStaticPaths } from "astro";
import { getOpenData } from "../../utils/openData";

export const getStaticPaths = (async () => {
  const { files } = await getOpenData();
  return files.files
    .filter((f) => f.name.endsWith(".csv"))
    .map((f) => ({ params: { name: f.name.replace(/\.csv$/u, "") }, props: { text: f.text } }));
}) satisfies GetStaticPaths;

export function GET(context: APIContext) {
  const { text } = context.props as { text: string };
  return new Response(text, { headers: { "Content-Type": "text/csv; charset=utf-8; header=present" } });
}
