/**
 * Warns before a deployment would be refused: Cloudflare Pages takes at most 20,000 files in
 * one deployment (https://developers.cloudflare.com/pages/platform/limits/), and says how to split
 * the site so that each part fits.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

export const CLOUDFLARE_PAGES_MAX_FILES = 20_000;

export async function countFiles(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }))
    count += entry.isDirectory() ? await countFiles(join(dir, entry.name)) : 1;
  return count;
}

/** The warning for a built site of `files` files and `centres` centres, or undefined when it fits. */
export function fileLimitWarning(
  files: number,
  centres: number,
  limit = CLOUDFLARE_PAGES_MAX_FILES,
): string | undefined {
  if (files <= limit) return undefined;
  // Each part repeats the site-wide files; keep a tenth of the limit for them.
  const perCentre = files / Math.max(1, centres);
  const parts = Math.max(
    2,
    Math.ceil(centres / Math.max(1, Math.floor((limit * 0.9) / perCentre))),
  );
  return [
    `⚠ Situs ini punya ${files} berkas; Cloudflare Pages menerima paling banyak ${limit} berkas dalam satu deployment.`,
    `  Cara membaginya: bangun ${parts} situs terpisah, masing-masing satu proyek Cloudflare Pages:`,
    `    npm run build -- --shard i/${parts} --standalone --out _site-i   (i = 1 … ${parts})`,
    `  atau satu situs per sentra (npm run build -- --centre <slug>), atau pakai GitHub Pages / Netlify untuk situs utuh.`,
    `⚠ This site has ${files} files; Cloudflare Pages accepts at most ${limit} files in one deployment.`,
    `  How to split it: build ${parts} separate sites, each its own Cloudflare Pages project:`,
    `    npm run build -- --shard i/${parts} --standalone --out _site-i   (i = 1 … ${parts})`,
    `  or one site per centre (npm run build -- --centre <slug>), or use GitHub Pages / Netlify for the whole site.`,
    "",
  ].join("\n");
}
