/**
 * `npm start` as staff use it beside their editor: the live preview over a copy of the valid
 * fixture. Break a file and the page still shows the last good version, with the report on top
 * (and in the terminal); fix it and the report goes away.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFixture } from "./helpers/cli.ts";
import { startPreview, type RunningPreview } from "./helpers/preview.ts";

let preview: RunningPreview;
let origin: string;
let content: string;

/**
 * Fetches a page until `until` holds (the preview rebuilds on its own after a file changes).
 * `nudge` runs every few seconds meanwhile: a file written while the watcher was still starting
 * up, or busy with a build, is written again so the change is seen.
 */
async function pageWhen(
  path: string,
  until: (html: string) => boolean,
  nudge?: () => void,
): Promise<string> {
  let html = "";
  for (let tries = 0; tries < 300; tries++) {
    html = await fetch(origin + path).then(
      (r) => (r.ok ? r.text() : ""),
      () => "",
    );
    if (until(html)) return html;
    if (nudge && tries % 25 === 24) nudge();
    await sleep(200);
  }
  throw new Error(
    `${path} never matched; last answer:\n${html.slice(0, 500)}\nterminal:\n${preview.terminal().slice(-2000)}`,
  );
}

beforeAll(async () => {
  content = copyFixture("valid-site");
  preview = await startPreview(content);
  origin = preview.origin;
  await pageWhen("/batik-uji/", (html) => html.includes("</html>"));
  // Eleventy serves the first build before its file watcher is ready; changes before that are lost.
  for (let tries = 0; tries < 300 && !preview.terminal().includes("Watching"); tries++)
    await sleep(100);
});

afterAll(() => preview?.stop());

describe("npm start with a content problem", () => {
  const file = () => join(content, "batik-uji/pengrajin/batik-satu.md");

  it("keeps the last good page and shows the problem on it, and in the terminal", async () => {
    const good = await pageWhen("/batik-uji/pengrajin/batik-satu/", (html) =>
      html.includes("</html>"),
    );
    expect(good).not.toContain("etalase-masalah");
    const original = readFileSync(file(), "utf8");
    const brokenText = original.replace(/^nama_usaha:/m, "nmae_usaha:");
    writeFileSync(file(), brokenText);
    const broken = await pageWhen(
      "/batik-uji/pengrajin/batik-satu/",
      (html) => html.includes("etalase-masalah"),
      () => writeFileSync(file(), brokenText),
    );
    expect(broken).toContain("Kolom &quot;nmae_usaha&quot; tidak dikenal.");
    expect(broken).toContain("mungkin maksudnya &quot;nama_usaha&quot;?");
    expect(broken).toContain("Yang tampil di bawah ini adalah halaman terakhir yang benar.");
    // The page itself is still there below the report.
    expect(broken.replace(/<section id="etalase-masalah"[\s\S]*?<\/section>/, "")).toBe(
      good.replace(/<section id="etalase-masalah"[\s\S]*?<\/section>/, ""),
    );
    expect(preview.terminal()).toContain("kolom/field: nmae_usaha");
    expect(preview.terminal()).toContain("Pratinjau belum diperbarui");

    writeFileSync(file(), original);
    const fixed = await pageWhen(
      "/batik-uji/pengrajin/batik-satu/",
      (html) => html.includes("</html>") && !html.includes("etalase-masalah"),
      () => writeFileSync(file(), original),
    );
    expect(fixed).toContain("Batik Satu");
  });
});
