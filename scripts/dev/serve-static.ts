/** A tiny static server on 127.0.0.1 for browser tests and screenshots; serves 404.html for misses. */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml", ".png": "image/png", ".webp": "image/webp", ".avif": "image/avif", ".jpg": "image/jpeg", ".xml": "application/xml", ".json": "application/json", ".ics": "text/calendar" };

export async function serveStatic(dir: string): Promise<{ origin: string; close: () => void }> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) file = join(root, "404.html");
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, "index.html");
    const found = await stat(file).then((s) => s.isFile(), () => false);
    res.writeHead(found ? 200 : 404, { "content-type": TYPES[extname(found ? file : ".html")] ?? "application/octet-stream" });
    createReadStream(found ? file : join(root, "404.html")).on("error", () => res.end()).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
