/**
 * Search on a site of 100 centres, built with worker processes, whose index comes in parts of 13
 * centres: a business of a centre in the last part is found from /cari/ like any other, and after
 * it is renamed, a rebuild with the cache indexes only that part and finds the new name.
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
let firstCentre: string;
let firstBusiness: { slug: string; name: string };
let business: { slug: string; name: string };
let rebuild: ReturnType<typeof runCli>;
const NEW_NAME = "Anyaman Kenanga Sembilan Belas";

/** The first business of a centre, by file name, with its name. */
function firstBusinessOf(content: string, centre: string): { slug: string; name: string } {
  const folder = join(content, centre, "pengrajin");
  const slug = readdirSync(folder)
    .filter((name) => !name.endsWith(".en.md"))
    .sort()[0]!
    .replace(/\.md$/, "");
  const file = readFileSync(join(folder, `${slug}.md`), "utf8");
  return { slug, name: /^nama_usaha: "?([^"\n]+)"?$/m.exec(file)![1]! };
}

beforeAll(async () => {
  const { content, slugs } = await smallSyntheticSite(100);
  lastCentre = slugs.at(-1)!;
  firstCentre = slugs[0]!;
  firstBusiness = firstBusinessOf(content, firstCentre);
  // The generator writes some landlines one digit short ("(086) 492 476"), which the build
  // rightly refuses; the field is optional, so it goes. Search is what is tested here.
  for (const slug of slugs) {
    const index = join(content, slug, "index.md");
    writeFileSync(index, readFileSync(index, "utf8").replace(/^telepon: .*\n/m, ""));
  }
  const folder = join(content, lastCentre, "pengrajin");
  business = firstBusinessOf(content, lastCentre);
  const slug = business.slug;
  const file = readFileSync(join(folder, `${slug}.md`), "utf8");
  const dir = tempDir();
  const out = join(dir, "_site");
  const args = ["--content", content, "--out", out, "--workers", "2"];
  const cache = ["--cache-dir", join(dir, "cache")];
  const build = runCli("build.ts", [...args, ...cache]);
  if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  writeFileSync(
    join(folder, `${slug}.md`),
    file.replace(/^nama_usaha: .*$/m, `nama_usaha: ${NEW_NAME}`),
  );
  rebuild = runCli("build.ts", [...args, ...cache], { ETALASE_TIMINGS: "1" });
  if (rebuild.code !== 0) throw new Error(`rebuild failed:\n${rebuild.stderr}`);
  server = await serveSite(out, { headers: true });
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** The addresses of the results /cari/ shows for `query`, and of the index files it fetched. */
async function search(
  query: string,
): Promise<{ links: string[]; problems: string[]; fetched: string[] }> {
  const tab = await browser.newPage({ viewport: PHONE });
  const problems: string[] = [];
  const fetched: string[] = [];
  tab.on("pageerror", (e) => problems.push(e.message));
  tab.context().on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await tab.goto(`${server.origin}/cari/?q=${encodeURIComponent(query)}`);
  await tab.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
  const links = await tab.$$eval("#search-results h2 a", (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  await tab.close();
  return { links, problems, fetched };
}

describe("search on a site of 100 centres", () => {
  it("comes in eight parts, of which a rebuild after one edit indexes only the edited one", async () => {
    expect(await (await fetch(`${server.origin}/pagefind/etalase-parts.json`)).json()).toEqual(
      [2, 3, 4, 5, 6, 7, 8].map((part) => `/pagefind/bagian-${part}/`),
    );
    expect(rebuild.stderr).toContain("(1 parts indexed, 7 from the cache)");
  });

  it("finds the renamed business of a centre in the last index part", async () => {
    const found = await search(NEW_NAME);
    expect(found.links).toContain(`/${lastCentre}/pengrajin/${business.slug}/`);
    expect(found.problems).toEqual([]);
  });

  it("finds a business of the first part, whose index came from the cache", async () => {
    const found = await search(firstBusiness.name);
    expect(found.links).toContain(`/${firstCentre}/pengrajin/${firstBusiness.slug}/`);
    expect(found.problems).toEqual([]);
  });

  it("loads Pagefind's WebAssembly once for all eight parts, and each part's metadata", async () => {
    const { fetched } = await search(firstBusiness.name);
    expect(fetched.filter((path) => path.includes("/wasm."))).toEqual([
      "/pagefind/wasm.id.pagefind",
    ]);
    expect(fetched.filter((path) => path.endsWith(".pf_meta"))).toHaveLength(8);
  });
});
