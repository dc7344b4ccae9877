/**
 * Renders a content folder with Eleventy itself (scripts/build/render.ts), the way `npm start`
 * does, for tests/renderer.test.ts to compare with the sharded build of `npm run build`.
 * Usage: node --import tsx tests/helpers/eleventy-reference.ts CONTENT OUT
 */
import { resolve } from "node:path";
import { renderSite } from "../../scripts/build/render.ts";
import { imageCacheDir, loadSiteModel } from "../../scripts/build/site-model.ts";
import { indexSite } from "../../scripts/search/pagefind.ts";

const [content, out] = process.argv.slice(2) as [string, string];
const projectRoot = resolve(import.meta.dirname, "../..");
const site = await loadSiteModel({ contentDir: resolve(content), projectRoot });
await renderSite(site, resolve(out), projectRoot, imageCacheDir({ contentDir: content, projectRoot }));
await indexSite(resolve(out), site.urls);
