/**
 * A tiny static file server for the built site, on 127.0.0.1 and a free port, as a CDN would
 * serve it: directory index.html, the site's 404.html for anything missing, an optional base path,
 * and text (HTML, CSS, scripts, feeds) gzip-compressed for a client that accepts it, as every CDN
 * and static host does. The search index files are gzip already and go as they are.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".bin": "application/octet-stream",
};

/** Types sent compressed when the client accepts gzip. */
const COMPRESSIBLE = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".xml",
  ".txt",
  ".svg",
  ".webmanifest",
]);

/** A running server: its origin (http://127.0.0.1:PORT), the site URL (origin + base), and close(). */
export interface StaticServer {
  readonly origin: string;
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `root` under `base` ("/" or "/digest/") until close() is called. */
export async function serveStatic(dir: string, base = "/"): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      const inside = pathname.startsWith(base) ? pathname.slice(base.length - 1) : undefined;
      const file = inside === undefined ? undefined : await resolveFile(root, inside);
      if (!file) {
        response.writeHead(404, { "Content-Type": TYPES[".html"] });
        createReadStream(path.join(root, "404.html"))
          .on("error", () => response.end("Not found"))
          .pipe(response);
        return;
      }
      const ext = path.extname(file);
      const type = TYPES[ext] ?? "application/octet-stream";
      const headers: Record<string, string> = { "Content-Type": type, "Cache-Control": "no-cache" };
      if (!COMPRESSIBLE.has(ext)) {
        response.writeHead(200, headers);
        if (request.method === "HEAD") response.end();
        else createReadStream(file).pipe(response);
        return;
      }
      headers["Vary"] = "Accept-Encoding";
      let body = await readFile(file);
      if (/\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
        body = gzipSync(body, { level: 6 });
        headers["Content-Encoding"] = "gzip";
      }
      headers["Content-Length"] = String(body.length);
      response.writeHead(200, headers);
      response.end(request.method === "HEAD" ? undefined : body);
    })().catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const candidate = path.join(root, path.normalize(pathname));
  if (!candidate.startsWith(path.resolve(root))) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    if (!pathname.endsWith("/")) return undefined; // the site uses trailing slashes everywhere
    const index = path.join(candidate, "index.html");
    return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
  }
  return undefined;
}
