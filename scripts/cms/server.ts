/**
 * Local editing without a Git host account: Decap's own proxy (decap-server) reads and writes the
 * files of a folder, and one address serves the CMS, that proxy (at /api/v1) and the preview
 * site, so the CMS talks only to its own origin and the /admin/ CSP stays `connect-src 'self'`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { serveStatic } from "../dev/serve-static.ts";
import { changeOf, newProblems, refusal, withTranslations } from "./guard.ts";

export interface Running {
  readonly origin: string;
  readonly close: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, "127.0.0.1", done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

async function answers(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/api/v1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ action: "info" }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts decap-server in "fs" mode over `repoRoot` (the folder that holds `content/`): it writes
 * files as they are, without committing. Resolves once it answers.
 */
export async function startDecapServer(repoRoot: string): Promise<Running> {
  const entry = createRequire(import.meta.url).resolve("decap-server");
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: "127.0.0.1",
      MODE: "fs",
      GIT_REPO_DIRECTORY: repoRoot,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  // Never outlive the process that started it (a test runner, `npm run edit`).
  const orphanGuard = () => child.kill();
  process.once("exit", orphanGuard);
  for (let tries = 0; !(await answers(origin)); tries++) {
    if (child.exitCode !== null || tries > 100) {
      child.kill();
      throw new Error(`decap-server did not start on ${origin}`);
    }
    await sleep(100);
  }
  return {
    origin,
    close: async () => {
      process.off("exit", orphanGuard);
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}

function forward(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
  html?: (page: string) => string,
  body?: Buffer,
): void {
  const target = new URL(req.url ?? "/", origin);
  const length = body ? { "content-length": String(body.length) } : {};
  const upstream = request(
    target,
    {
      method: req.method,
      headers: { ...req.headers, ...length, host: target.host, "accept-encoding": "identity" },
    },
    (answer) => {
      if (!html || !String(answer.headers["content-type"] ?? "").startsWith("text/html")) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => {
        const { "content-length": _length, ...headers } = answer.headers;
        res.writeHead(answer.statusCode ?? 502, headers);
        res.end(html(Buffer.concat(chunks).toString("utf8")));
      });
    },
  );
  upstream.on("error", (error) => {
    res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
    res.end(`Server lokal tidak menjawab / the local server did not answer: ${error.message}`);
  });
  if (body) upstream.end(body);
  else req.pipe(upstream);
}

export interface EditorServerOptions {
  /** The folder that holds `admin/` (the CMS). */
  readonly adminRoot: string;
  /** The built preview site, served for every other address; none while content has problems. */
  readonly siteDir?: () => string | undefined;
  /** decap-server's address. */
  readonly api: string;
  /** A `_headers` file to send with every page, as the real host would (the /admin/ CSP among them). */
  readonly headersFile?: string;
  /** Called after the CMS saved or deleted something, to rebuild the preview. */
  readonly onChange?: () => void;
  readonly port?: number;
  /** Changes every page of the preview site on its way out (the report of a failed rebuild on top). */
  readonly html?: (page: string) => string;
  /** config.yml for a given decap-server address: served in place of the built one, with the address the browser used. */
  readonly config?: (localBackend: string) => Promise<string>;
  /** Checks every save and delete before decap-server does it, and refuses one that `npm run check` would refuse. */
  readonly guard?: {
    readonly repoRoot: string;
    readonly contentDir: string;
    readonly stageRoot: string;
  };
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * One API request: a save or delete is checked first (one at a time, so two saves never check
 * against the same old files), refused with the check's report, or passed on to decap-server
 * (a deleted entry's English text with it).
 */
async function api(
  req: IncomingMessage,
  res: ServerResponse,
  options: EditorServerOptions,
  queue: { last: Promise<unknown> },
): Promise<void> {
  const raw = await bodyOf(req);
  let call: { action?: string; params?: Record<string, any> } = {};
  try {
    call = JSON.parse(raw.toString("utf8") || "{}");
  } catch {
    // Not ours to judge: decap-server answers a malformed request itself.
  }
  let change = changeOf(call);
  if (!change) return forward(req, res, options.api, undefined, raw);
  const turn = queue.last.then(async () => {
    let body = raw;
    if (options.guard) {
      const { repoRoot, contentDir, stageRoot } = options.guard;
      const asked = change!;
      change = withTranslations(asked, repoRoot);
      const problems = await newProblems(change, repoRoot, contentDir, stageRoot);
      if (problems.length) {
        res.writeHead(422, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify({ error: refusal(problems) }));
        return;
      }
      if (change.deletes.length > asked.deletes.length)
        body = Buffer.from(
          JSON.stringify({
            ...call,
            action: "deleteFiles",
            params: { ...call.params, paths: change.deletes },
          }),
        );
    }
    if (options.onChange) res.once("finish", () => options.onChange?.());
    await new Promise<void>((done) => {
      res.once("close", done);
      forward(req, res, options.api, undefined, body);
    });
  });
  queue.last = turn.catch(() => undefined);
  await turn;
}

export async function serveEditor(options: EditorServerOptions): Promise<Running> {
  const headers = options.headersFile ? { headersFile: options.headersFile } : {};
  const admin = await serveStatic(options.adminRoot, headers);
  const sites = new Map<string, { origin: string; close: () => void }>();
  const siteFor = async (dir: string) => {
    if (!sites.has(dir)) sites.set(dir, await serveStatic(dir, headers));
    return sites.get(dir)!;
  };
  const queue = { last: Promise.resolve() as Promise<unknown> };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === "/api/v1") {
      await api(req, res, options, queue).catch((error: unknown) => {
        if (!res.headersSent)
          res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        res.end(
          JSON.stringify({
            error: `Server lokal gagal / the local server failed: ${(error as Error).message}`,
          }),
        );
      });
      return;
    }
    if (path === "/admin/config.yml" && options.config) {
      res.writeHead(200, {
        "content-type": "text/yaml; charset=utf-8",
        "cache-control": "no-store",
      });
      res.end(await options.config(`http://${req.headers.host}/api/v1`));
      return;
    }
    if (path === "/admin" || path.startsWith("/admin/")) return forward(req, res, admin.origin);
    const dir = options.siteDir?.();
    if (!dir) {
      res.writeHead(302, { location: "/admin/" });
      res.end();
      return;
    }
    forward(req, res, (await siteFor(dir)).origin, options.html);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      admin.close();
      for (const site of sites.values()) site.close();
    },
  };
}
