/** /world-map.svg: the map's country outlines, drawn once at build time and shared by every page that shows the map. */
import { worldSprite } from "../lib/places/worldMap";

export function GET() {
  return new Response(worldSprite(), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
}
