/** The search index files: /search/data/core.bin, term shards t<k>.bin, n-gram shards g<k>.bin. */
import type { APIRoute, GetStaticPaths } from "astro";
import { binary, siteIndex } from "../_siteIndex.ts";

export const getStaticPaths = (async () =>
  [...(await siteIndex()).files.keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bytes = (await siteIndex()).files.get(params.file ?? "");
  return bytes ? binary(bytes) : new Response(null, { status: 404 });
};
