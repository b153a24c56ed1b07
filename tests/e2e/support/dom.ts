/**
 * Parses built HTML and XML with Chromium's own parsers (DOMParser in a blank page: no script runs,
 * nothing loads), so that the gates read pages exactly as a browser does, without a parser dependency.
 */
import type { Browser, Page } from "playwright-core";

/** A URL-bearing attribute of an element. */
export interface Ref {
  readonly tag: string;
  readonly attr: string;
  readonly value: string;
  /** For <link>: its rel. */
  readonly rel?: string;
}

/** What the gates read from one HTML page. */
export interface HtmlSummary {
  readonly lang: string | null;
  /** The document's <title> elements in <head> (an SVG <title> names a graphic, not the page). */
  readonly titles: string[];
  /** name= or property= → every content value. */
  readonly meta: Record<string, string[]>;
  readonly canonical: string[];
  readonly csp: string[];
  readonly jsonLd: string[];
  /** Scripts without src that the browser would execute (JSON-LD and other data blocks excluded). */
  readonly inlineScripts: number;
  /** style="" attributes and <style> elements (a CSP without 'unsafe-inline' blocks them). */
  readonly inlineStyles: string[];
  /** "tag[onclick]" for every inline event-handler attribute. */
  readonly handlers: string[];
  /** "tag[attr]=javascript:…" URLs. */
  readonly jsUrls: string[];
  readonly refs: Ref[];
  readonly ids: string[];
  /** <a name> anchors, valid fragment targets too. */
  readonly names: string[];
  readonly h1: string[];
  /** datetime of the <time> in the article's header, if any. */
  /** The first date the article header shows: the source date, else the added date (what feeds carry). */
  readonly articleDate: string | null;
  /** The source date the article header shows, if the text states one. */
  readonly sourceDate: string | null;
  /** Hrefs of links to articles inside <main>. */
  readonly articleLinks: string[];
  /** Whitespace-normalised text of the first <header> inside <main> (a listing's heading and count). */
  readonly mainHeaderText: string | null;
  /** Hrefs of <link rel="alternate" type="application/rss+xml">. */
  readonly feedLinks: string[];
}

/** One RSS item. */
export interface FeedItem {
  readonly title: string | null;
  readonly link: string | null;
  readonly guid: string | null;
  readonly description: string | null;
  readonly pubDate: string | null;
}

/** A parsed RSS document (or its parse error). */
export interface Feed {
  readonly error: string | null;
  readonly root: string | null;
  readonly version: string | null;
  readonly channels: number;
  readonly title: string | null;
  readonly link: string | null;
  readonly description: string | null;
  readonly items: FeedItem[];
}

/** A blank Chromium page used only to parse documents. */
export class Parser {
  private constructor(private readonly page: Page) {}

  static async open(browser: Browser): Promise<Parser> {
    const page = await browser.newPage();
    await page.goto("about:blank");
    return new Parser(page);
  }

  close(): Promise<void> {
    return this.page.close();
  }

  /** Summarises an HTML document. */
  html(source: string): Promise<HtmlSummary> {
    return this.page.evaluate((text: string): HtmlSummary => {
      const doc = new DOMParser().parseFromString(text, "text/html");
      const all = Array.from(doc.querySelectorAll("*"));
      const meta: Record<string, string[]> = {};
      for (const m of Array.from(doc.querySelectorAll("meta[name], meta[property]"))) {
        const key = (m.getAttribute("property") ?? m.getAttribute("name") ?? "").toLowerCase();
        (meta[key] ??= []).push(m.getAttribute("content") ?? "");
      }
      const urlAttrs = [
        "href",
        "src",
        "action",
        "formaction",
        "poster",
        "data",
        "cite",
        "xlink:href",
        "manifest",
        "ping",
      ];
      const refs: Ref[] = [];
      const handlers: string[] = [];
      const jsUrls: string[] = [];
      for (const el of all) {
        const tag = el.tagName.toLowerCase();
        for (const attr of Array.from(el.attributes)) {
          const name = attr.name.toLowerCase();
          if (name.startsWith("on")) handlers.push(`<${tag} ${name}>`);
          if (/^\s*javascript:/i.test(attr.value))
            jsUrls.push(`<${tag} ${name}="${attr.value.slice(0, 40)}">`);
          if (urlAttrs.includes(name)) {
            const rel = tag === "link" ? (el.getAttribute("rel") ?? "") : undefined;
            refs.push(
              rel === undefined
                ? { tag, attr: name, value: attr.value }
                : { tag, attr: name, value: attr.value, rel },
            );
          }
          if (name === "srcset" || name === "imagesrcset") {
            for (const candidate of attr.value.split(",")) {
              const url = candidate.trim().split(/\s+/)[0];
              if (url) refs.push({ tag, attr: name, value: url });
            }
          }
        }
      }
      const main = doc.querySelector("main");
      return {
        lang: doc.documentElement.getAttribute("lang"),
        titles: Array.from(doc.querySelectorAll("head > title")).map((t) => t.textContent ?? ""),
        meta,
        canonical: Array.from(doc.querySelectorAll('link[rel="canonical"]')).map(
          (l) => l.getAttribute("href") ?? "",
        ),
        csp: Array.from(doc.querySelectorAll("meta[http-equiv]"))
          .filter((m) => m.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy")
          .map((m) => m.getAttribute("content") ?? ""),
        jsonLd: Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).map(
          (s) => s.textContent ?? "",
        ),
        inlineScripts: Array.from(doc.querySelectorAll("script:not([src])")).filter((s) => {
          const type = (s.getAttribute("type") ?? "").trim().toLowerCase();
          return type === "" || type === "module" || /javascript|ecmascript/.test(type);
        }).length,
        inlineStyles: [
          ...Array.from(doc.querySelectorAll("[style]")).map((el) => `<${el.tagName.toLowerCase()} style>`),
          ...Array.from(doc.querySelectorAll("style")).map(() => "<style>"),
        ],
        handlers,
        jsUrls,
        refs,
        ids: Array.from(doc.querySelectorAll("[id]")).map((el) => el.id),
        names: Array.from(doc.querySelectorAll("a[name]")).map((el) => el.getAttribute("name") ?? ""),
        h1: Array.from(doc.querySelectorAll("h1")).map((h) => (h.textContent ?? "").trim()),
        articleDate: doc.querySelector("article header time[datetime]")?.getAttribute("datetime") ?? null,
        sourceDate: doc.querySelector("article header time.source-date")?.getAttribute("datetime") ?? null,
        articleLinks: main
          ? Array.from(main.querySelectorAll("a[href]"))
              .map((a) => a.getAttribute("href") ?? "")
              .filter((h) => /\/articles\/[^/]+\/$/.test(h))
          : [],
        mainHeaderText: main?.querySelector("header")?.textContent?.replace(/\s+/g, " ").trim() ?? null,
        feedLinks: Array.from(doc.querySelectorAll('link[rel~="alternate"][type="application/rss+xml"]')).map(
          (l) => l.getAttribute("href") ?? "",
        ),
      };
    }, source);
  }

  /** Parses an RSS document with the browser's XML parser (which rejects anything not well-formed). */
  feed(source: string): Promise<Feed> {
    return this.page.evaluate((text: string): Feed => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.querySelector("parsererror");
      const root = doc.documentElement;
      const child = (el: Element | null, name: string) =>
        el
          ? (Array.from(el.children).find((c) => c.localName === name && c.namespaceURI === null)
              ?.textContent ?? null)
          : null;
      const channels = Array.from(root.children).filter((c) => c.localName === "channel");
      const channel = channels[0] ?? null;
      return {
        error: error ? (error.textContent ?? "parse error") : null,
        root: root.localName,
        version: root.getAttribute("version"),
        channels: channels.length,
        title: child(channel, "title"),
        link: child(channel, "link"),
        description: child(channel, "description"),
        items: channel
          ? Array.from(channel.children)
              .filter((c) => c.localName === "item")
              .map((item) => ({
                title: child(item, "title"),
                link: child(item, "link"),
                guid: child(item, "guid"),
                description: child(item, "description"),
                pubDate: child(item, "pubDate"),
              }))
          : [],
      };
    }, source);
  }

  /** Every <loc> of a sitemap or sitemap index (or a parse error). */
  sitemapLocs(source: string): Promise<{ error: string | null; locs: string[] }> {
    return this.page.evaluate((text: string) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.querySelector("parsererror");
      return {
        error: error ? (error.textContent ?? "parse error") : null,
        locs: Array.from(doc.getElementsByTagNameNS("*", "loc")).map((l) => (l.textContent ?? "").trim()),
      };
    }, source);
  }
}
