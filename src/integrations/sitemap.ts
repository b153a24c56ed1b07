/**
 * Astro integration writing the sitemaps (src/lib/sitemap.ts) of every page the build
 * rendered, except the 404 page. It replaces @astrojs/sitemap, whose locale-aware sort of the
 * URLs took about a second at 10,000 articles (and ten at 100,000).
 */
import type { AstroIntegration } from "astro";
import { writeFile } from "node:fs/promises";
import { buildSitemaps } from "../lib/sitemap.ts";
import { baseFolder } from "../lib/paths.ts";

/** Status pages, which have no place in a sitemap. */
const STATUS_PAGES = new Set(["404", "500"]);

/** The integration. */
export function sitemap(): AstroIntegration {
  let root = "";
  return {
    name: "wco-sitemap",
    hooks: {
      "astro:config:done": ({ config, logger }) => {
        if (!config.site) logger.warn("no `site` in the Astro config: no sitemap");
        const base = baseFolder(config.base);
        root = config.site ? new URL(base, config.site).href : "";
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        if (root === "") return;
        const urls = pages
          .map((p) => p.pathname.replace(/^\//u, ""))
          .filter((p) => !STATUS_PAGES.has(p.replace(/\/$/u, "")))
          .map((p) => new URL(p, root).href);
        const files = buildSitemaps(urls, root);
        await Promise.all(files.map((f) => writeFile(new URL(f.name, dir), f.xml)));
        logger.info(
          `${files.length - 1} sitemap file(s) of ${urls.length} pages, and ${files.at(-1)?.name ?? ""}`,
        );
      },
    },
  };
}
