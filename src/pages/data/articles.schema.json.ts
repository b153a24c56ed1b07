import { articlesSchema } from "../../lib/openData/schema";
import { absolute } from "../../utils/openData";

export function GET() {
  const schema = articlesSchema(absolute("data/articles.schema.json"));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
}
