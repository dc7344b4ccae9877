/**
 * After a save, `npm start` renders only the centre the saved file belongs to (and the site-wide
 * pages when what they show of it changed), keeps every other file, removes the pages the centre
 * no longer has, and its output is still what one whole render of the same content writes, byte
 * for byte. Runs the live preview over a copy of the valid fixture and edits, adds and deletes files.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFixture, snapshot, tempDir, TEST_SITE_URL } from "./helpers/cli.ts";
import { renderPreview } from "./helpers/eleventy-reference.ts";
import { modelPages } from "./helpers/outputs.ts";
import { startPreview, type RunningPreview } from "./helpers/preview.ts";

let preview: RunningPreview;
let content: string;
const UPDATED = /^etalase: (\d+) halaman\/pages diperbarui\/updated/gm;
const counts = () => [...preview.terminal().matchAll(UPDATED)].map((match) => Number(match[1]));

/** Waits for the rebuild after `change`, saving again now and then (a save while busy is missed). */
async function rebuiltAfter(change: () => void): Promise<number> {
  const before = counts().length;
  change();
  for (let tries = 0; tries < 600; tries++) {
    if (counts().length > before) return counts().at(-1)!;
    if (tries % 50 === 49) change();
    await sleep(100);
  }
  throw new Error(`no rebuild; terminal:\n${preview.terminal().slice(-2000)}`);
}

/** The site files, without the CMS (copied, not rendered) and the search index (written later). */
const siteFiles = (dir: string) =>
  Object.fromEntries(
    Object.entries(snapshot(dir)).filter(
      ([path]) => !path.startsWith("admin/") && !path.startsWith("pagefind/"),
    ),
  );

/** What one whole render of the content as it is now writes. */
function wholeRender(): Record<string, string> {
  const out = join(tempDir(), "whole");
  const run = renderPreview(content, out);
  expect(run.stderr).toBe("");
  return siteFiles(out);
}

const pagesOf = async (owner: string | undefined) =>
  (await modelPages(content)).filter((page) => page.owner === owner).length;

beforeAll(async () => {
  content = copyFixture("valid-site");
  preview = await startPreview(content, { NO_COLOR: "1", ETALASE_SITE_URL: TEST_SITE_URL });
  for (let tries = 0; tries < 600; tries++) {
    if (counts().length && preview.terminal().includes("Watching")) return;
    await sleep(100);
  }
  throw new Error(`the preview never started:\n${preview.terminal()}`);
}, 90_000);

afterAll(() => preview?.stop());

describe("npm start after a save", () => {
  const business = () => join(content, "batik-uji/pengrajin/batik-satu.md");
  const added = () => join(content, "batik-uji/pengrajin/batik-tiga.md");

  it("renders the whole site first", async () => {
    expect(counts()[0]).toBe((await modelPages(content)).length);
  });

  it("renders only the edited centre's pages for a change in a business's text", async () => {
    const text = readFileSync(business(), "utf8").replace(
      "Batik tulis motif pesisir.",
      "Batik tulis motif pesisir, dibuat sejak 2001.",
    );
    const pages = await rebuiltAfter(() => writeFileSync(business(), text));
    expect(pages).toBe(await pagesOf("batik-uji"));
    const page = readFileSync(join(preview.output, "batik-uji/pengrajin/batik-satu/index.html"));
    expect(page.toString()).toContain("dibuat sejak 2001");
    expect(existsSync(join(preview.output, "gerabah-uji/index.html"))).toBe(true);
    expect(siteFiles(preview.output)).toEqual(wholeRender());
  }, 120_000);

  it("renders the site-wide pages too when a business is added, and equals a whole render", async () => {
    const text = [
      "---",
      "nama_usaha: Batik Tiga",
      "pemilik: Bu Coba",
      "ringkasan: Batik tulis baru.",
      'whatsapp: "0857-2222-5555"',
      "---",
      "",
    ].join("\n");
    const pages = await rebuiltAfter(() => writeFileSync(added(), text));
    expect(pages).toBe((await pagesOf("batik-uji")) + (await pagesOf(undefined)));
    expect(existsSync(join(preview.output, "batik-uji/pengrajin/batik-tiga/index.html"))).toBe(
      true,
    );
    expect(siteFiles(preview.output)).toEqual(wholeRender());
    // The CMS offers it in the events' list of businesses.
    expect(readFileSync(join(preview.output, "admin/config.yml"), "utf8")).toContain("batik-tiga");
  }, 120_000);

  it("removes the pages of a deleted business, and equals a whole render", async () => {
    await rebuiltAfter(() => rmSync(added(), { force: true }));
    expect(existsSync(join(preview.output, "batik-uji/pengrajin/batik-tiga/index.html"))).toBe(
      false,
    );
    expect(siteFiles(preview.output)).toEqual(wholeRender());
    expect(readFileSync(join(preview.output, "admin/config.yml"), "utf8")).not.toContain(
      "batik-tiga",
    );
  }, 120_000);

  it("writes the search index after the pages", async () => {
    for (
      let tries = 0;
      tries < 300 && !existsSync(join(preview.output, "pagefind/pagefind.js"));
      tries++
    )
      await sleep(100);
    expect(existsSync(join(preview.output, "pagefind/pagefind.js"))).toBe(true);
  });
});
