/**
 * Which centres the CMS offers, read straight from the content folder: every centre folder with
 * its businesses and events, even when some files have problems, so staff can open the CMS to
 * fix them.
 */
import { relative, resolve } from "node:path";
import { discoverContent } from "../content/discover.ts";
import { readContentFile } from "../content/read.ts";
import type { CmsCentre, CmsOptions } from "./config.ts";

export async function cmsCentres(
  contentDir: string,
  projectRoot = process.cwd(),
): Promise<CmsCentre[]> {
  const { files } = await discoverContent(resolve(projectRoot, contentDir), projectRoot);
  const slugs = [...new Set(files.map((f) => f.centreSlug))].sort();
  return Promise.all(
    slugs.map(async (slug) => {
      const mine = files.filter((f) => f.centreSlug === slug && f.role === "main");
      const index = mine.find((f) => f.kind === "centre");
      const read = index ? await readContentFile(index.path, index.file) : undefined;
      const data = read?.ok ? (read.value.data as { nama?: unknown } | null) : undefined;
      const name = typeof data?.nama === "string" && data.nama.trim() ? data.nama.trim() : slug;
      const of = (kind: "business" | "event") =>
        mine.filter((f) => f.kind === kind).map((f) => f.slug);
      return { slug, name, businesses: of("business"), events: of("event") };
    }),
  );
}

/** The CMS options for a content folder inside a repository (the project by default). */
export async function cmsOptionsFor(
  contentDir: string,
  repoRoot = process.cwd(),
): Promise<CmsOptions> {
  return {
    contentDir: relative(repoRoot, resolve(repoRoot, contentDir)).split("\\").join("/"),
    centres: await cmsCentres(contentDir, repoRoot),
  };
}
