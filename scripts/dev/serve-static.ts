/**
 * A tiny static server on 127.0.0.1 for browser tests, screenshots and audits; serves 404.html for
 * misses. With `headersFile` it also sends the headers of a Netlify/Cloudflare `_headers` file, so
 * pages load under the same Content-Security-Policy as on the real host.
 */
import { createReadStream, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { headersFor, parseHeadersFile, type Host } from "../site/headers-file.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".xml": "application/xml",
  ".json": "application/json",
  ".ics": "text/calendar",
  ".txt": "text/plain; charset=utf-8",
};

export interface ServeOptions {
  /** A `_headers` file whose rules are sent with every response (e.g. `<site>/_headers`). */
  readonly headersFile?: string;
  /** Whose way of joining the rules of `headersFile` to follow; Netlify's unless said. */
  readonly host?: Host;
}

export async function serveStatic(
  dir: string,
  options: ServeOptions = {},
): Promise<{ origin: string; close: () => void }> {
  const root = resolve(dir);
  const rules = options.headersFile
    ? parseHeadersFile(readFileSync(options.headersFile, "utf8"))
    : [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = "/404.html";
    }
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) file = join(root, "404.html");
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, "index.html");
    const found = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    res.writeHead(found ? 200 : 404, {
      ...headersFor(rules, url.pathname, options.host),
      "content-type": TYPES[extname(found ? file : ".html")] ?? "application/octet-stream",
    });
    createReadStream(found ? file : join(root, "404.html"))
      .on("error", () => res.end())
      .pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.close();
      server.closeAllConnections();
    },
  };
}
