/**
 * Search on a site of 100 centres, built with worker processes, whose index comes in parts (more
 * than 80 centres): a business of a centre in the last part is found from /cari/ like any other.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "../helpers/cli.ts";
import { launchChromium, PHONE, serveSite, type SiteServer } from "../helpers/browser.ts";
import { smallSyntheticSite } from "../helpers/small-synthetic.ts";

let browser: Browser;
let server: SiteServer;
let lastCentre: string;
let business: { slug: string; name: string };

beforeAll(async () => {
  const { content, slugs } = await smallSyntheticSite(100);
  lastCentre = slugs.at(-1)!;
  // The generator writes some landlines one digit short ("(086) 492 476"), which the build
  // rightly refuses; the field is optional, so it goes. Search is what is tested here.
  for (const slug of slugs) {
    const index = join(content, slug, "index.md");
    writeFileSync(index, readFileSync(index, "utf8").replace(/^telepon: .*\n/m, ""));
  }
  const folder = join(content, lastCentre, "pengrajin");
  const slug = readdirSync(folder)
    .filter((name) => !name.endsWith(".en.md"))
    .sort()[0]!
    .replace(/\.md$/, "");
  const file = readFileSync(join(folder, `${slug}.md`), "utf8");
  business = { slug, name: /^nama_usaha: "?([^"\n]+)"?$/m.exec(file)![1]! };
  const out = join(tempDir(), "_site");
  const build = runCli("build.ts", ["--content", content, "--out", out, "--workers", "2"]);
  if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveSite(out, { headers: true });
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("search on a site of 100 centres", () => {
  it("finds a business of a centre in the last index part", async () => {
    expect(await (await fetch(`${server.origin}/pagefind/etalase-parts.json`)).json()).toEqual([
      "/pagefind/bagian-2/",
    ]);
    const tab = await browser.newPage({ viewport: PHONE });
    const problems: string[] = [];
    tab.on("pageerror", (e) => problems.push(e.message));
    await tab.goto(`${server.origin}/cari/?q=${encodeURIComponent(business.name)}`);
    await tab.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
    const links = await tab.$$eval("#search-results h2 a", (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links).toContain(`/${lastCentre}/pengrajin/${business.slug}/`);
    expect(problems).toEqual([]);
  });
});
