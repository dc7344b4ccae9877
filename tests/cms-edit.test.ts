/**
 * `npm run edit` as staff start it, on a copy of the valid fixture: one address serves the CMS
 * (its config pointing decap-server at that same address), decap-server itself, and the preview;
 * a file saved with a problem keeps the last good preview with the report on top, and the fix
 * brings the plain page back. Stopping it stops decap-server too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../scripts/cms/server.ts";
import { copyFixture, PROJECT_ROOT, tempDir, TEST_NOW } from "./helpers/cli.ts";

let child: ChildProcess;
let origin: string;
let content: string;
let terminal = "";

async function until<T>(
  what: string,
  get: () => Promise<T>,
  ok: (value: T) => boolean,
): Promise<T> {
  let value: T | undefined;
  for (let tries = 0; tries < 300; tries++) {
    value = await get().catch(() => undefined as T);
    if (value !== undefined && ok(value)) return value;
    await sleep(200);
  }
  throw new Error(`${what} never happened; terminal:\n${terminal.slice(-2000)}`);
}

const text = (path: string) => fetch(origin + path).then((r) => r.text());
const api = (action: string, params: object = {}) =>
  fetch(`${origin}/api/v1`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ action, params: { branch: "main", ...params } }),
  });

beforeAll(async () => {
  content = copyFixture("valid-site");
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/cms/edit.ts",
      "--content",
      content,
      "--port",
      String(port),
      "--work",
      tempDir("etalase-edit-"),
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        ETALASE_NOW: TEST_NOW,
        ETALASE_IMAGE_CACHE: tempDir("etalase-images-"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout!.on("data", (chunk: Buffer) => (terminal += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (terminal += chunk.toString()));
  // "Buka …" is printed once the server answers and the content folder is watched.
  await until(
    "the editor ready",
    async () => terminal,
    (out) => out.includes("Buka http"),
  );
  await until(
    "the editor answering",
    () => text("/admin/"),
    (html) => html.includes("decap-cms.js"),
  );
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGINT");
    await exited;
  }
});

describe("npm run edit", () => {
  it("serves the CMS with a config that points decap-server at the same address", async () => {
    expect(terminal).toContain(`Buka ${origin}/admin/ untuk mengubah konten`);
    const config = await text("/admin/config.yml");
    expect(config).toContain(`local_backend:\n  url: ${origin}/api/v1`);
    expect(config).toContain("folder: content/batik-uji/pengrajin");
  });

  it("lets decap-server read the content folder through that address", async () => {
    const answer = await api("getEntry", { path: "content/batik-uji/pengrajin/batik-satu.md" });
    expect(answer.ok).toBe(true);
    expect(((await answer.json()) as { data: string }).data).toBe(
      readFileSync(join(content, "batik-uji/pengrajin/batik-satu.md"), "utf8"),
    );
  });

  it("rebuilds the preview after a save, keeping the last good page while the content has a problem", async () => {
    const page = "/batik-uji/pengrajin/batik-satu/";
    const good = await until(
      "the preview",
      () => text(page),
      (html) => html.includes("Batik Satu"),
    );
    expect(good).not.toContain("etalase-masalah");
    const file = "content/batik-uji/pengrajin/batik-satu.md";
    const original = readFileSync(join(content, "batik-uji/pengrajin/batik-satu.md"), "utf8");
    const persist = (raw: string) =>
      api("persistEntry", {
        entry: { slug: "batik-satu", path: file, raw },
        assets: [],
        options: {
          collectionName: "batik-uji-pengrajin",
          commitMessage: "uji",
          useWorkflow: false,
          status: "draft",
        },
      });
    // A text editor can still save a mistake (the CMS cannot: see below).
    writeFileSync(
      join(content, "batik-uji/pengrajin/batik-satu.md"),
      original.replace(/^pemilik:/m, "pemilk:"),
    );
    const broken = await until(
      "the report on the preview",
      () => text(page),
      (html) => html.includes("etalase-masalah"),
    );
    expect(broken).toContain("Kolom &quot;pemilk&quot; tidak dikenal.");
    expect(broken).toContain("Batik Satu");
    expect(terminal).toContain("Pratinjau belum diperbarui");

    // decap-server writes relative to the folder that holds content/ (the copy's parent here).
    // A save that fixes one problem is taken even while others remain.
    expect(
      (
        await persist(
          original.replace("Batik tulis motif pesisir.", "Batik tulis motif pesisir, diperbarui."),
        )
      ).ok,
    ).toBe(true);
    const fixed = await until(
      "the updated preview",
      () => text(page),
      (html) => html.includes("diperbarui") && !html.includes("etalase-masalah"),
    );
    expect(fixed).toContain("Batik Satu");
    writeFileSync(join(content, "batik-uji/pengrajin/batik-satu.md"), original);
  });

  it("refuses a save that npm run check would refuse, with the check's own lines, and writes nothing", async () => {
    const path = "batik-uji/acara/peragaan-mendatang.md";
    const original = readFileSync(join(content, path));
    const raw = original
      .toString("utf8")
      .replace("contoh: true", "foto:\n  ilustrasi: false\ncontoh: true");
    const answer = await api("persistEntry", {
      entry: { slug: "peragaan-mendatang", path: `content/${path}`, raw },
      assets: [],
      options: {
        collectionName: "batik-uji-acara",
        commitMessage: "uji",
        useWorkflow: false,
        status: "draft",
      },
    });
    expect(answer.status).toBe(422);
    const { error } = (await answer.json()) as { error: string };
    expect(error).toMatch(
      /^Tidak disimpan, karena npm run check akan menolaknya \/ Not saved, because npm run check would refuse it:\n✖ content\/batik-uji\/acara\/peragaan-mendatang\.md:\d+ {2}kolom\/field: foto\.berkas\n/,
    );
    expect(readFileSync(join(content, path))).toEqual(original);
  });

  it("refuses to delete a business an event lists, naming the event; deletes an event with its English text", async () => {
    const business = join(content, "batik-uji/pengrajin/batik-satu.md");
    const refused = await api("deleteFiles", {
      paths: ["content/batik-uji/pengrajin/batik-satu.md"],
      options: { commitMessage: "uji" },
    });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: string }).error).toContain(
      "✖ content/batik-uji/acara/peragaan-mendatang.md",
    );
    expect(existsSync(business)).toBe(true);
    expect(existsSync(join(content, "batik-uji/pengrajin/batik-satu.en.md"))).toBe(true);

    const deleted = await api("deleteFile", {
      path: "content/batik-uji/acara/peragaan-mendatang.md",
      options: { commitMessage: "uji" },
    });
    expect(deleted.ok).toBe(true);
    expect(existsSync(join(content, "batik-uji/acara/peragaan-mendatang.md"))).toBe(false);
    expect(existsSync(join(content, "batik-uji/acara/peragaan-mendatang.en.md"))).toBe(false);
  });
});
