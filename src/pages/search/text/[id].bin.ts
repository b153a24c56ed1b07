/** The plain body texts of a group of articles (gzip JSON array), fetched for the excerpts of the results on screen. */
import type { APIRoute, GetStaticPaths } from "astro";
import { binary, siteIndex } from "../_siteIndex.ts";

export const getStaticPaths = (async () =>
  (await siteIndex()).texts.map((_, id) => ({ params: { id: String(id) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bytes = (await siteIndex()).texts[Number(params.id)];
  return bytes ? binary(bytes) : new Response(null, { status: 404 });
};
