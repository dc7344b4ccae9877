/**
 * /admin/ in the live preview: the Decap bundle as Eleventy passthrough copies, and the page and
 * config.yml of scripts/cms/admin.ts, written again only when what the CMS lists changed (the
 * centres and their businesses' and events' files). Its config.yml names every business of every
 * centre: 7 MB at 100 centres, over a second to write, and most saves change nothing in it.
 */
import type { UserConfig } from "@11ty/eleventy";
import { relative } from "node:path";
import { ADMIN_FOLDER, decapBundle, writeAdminFiles } from "../cms/admin.ts";
import type { CmsOptions } from "../cms/config.ts";

export function previewAdmin(
  config: UserConfig,
  options: () => Promise<CmsOptions>,
  /** Changes whenever what the CMS lists may have changed. */
  listing: () => number,
): void {
  const bundle = decapBundle();
  const from = relative(process.cwd(), bundle.dir).split("\\").join("/");
  for (const name of bundle.files)
    config.addPassthroughCopy({ [`${from}/${name}`]: `${ADMIN_FOLDER}/${name}` });
  let written: number | undefined;
  config.on("eleventy.after", async ({ directories }) => {
    if (listing() === written) return;
    written = listing();
    await writeAdminFiles(directories.output, await options());
  });
}
