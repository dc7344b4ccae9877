/**
 * A small site with enough centres for the build to use worker processes: the synthetic dataset
 * (seeds/synthetic.ts) cut down to two businesses a centre, with no events and no photos, so a
 * build takes seconds.
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeSynthetic } from "../../seeds/synthetic.ts";
import { tempDir } from "./cli.ts";

const BUSINESSES = 2;

/** Writes the site into a temporary folder and returns its content folder and centre slugs. */
export async function smallSyntheticSite(
  centres: number,
): Promise<{ content: string; slugs: string[] }> {
  const content = join(tempDir("etalase-synthetic-"), "content");
  await writeSynthetic({ centres, outDir: content });
  // The generator's mark (.etalase-synthetic) stays: the build must accept it, as the benchmark's does.
  const slugs = readdirSync(content, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const slug of slugs) {
    // Events name businesses; with none, any business may go.
    rmSync(join(content, slug, "acara"), { recursive: true });
    const folder = join(content, slug, "pengrajin");
    const businesses = [
      ...new Set(readdirSync(folder).map((name) => name.replace(/(\.en)?\.md$/, ""))),
    ].sort();
    for (const business of businesses.slice(BUSINESSES))
      for (const name of [`${business}.md`, `${business}.en.md`])
        rmSync(join(folder, name), { force: true });
  }
  return { content, slugs };
}
