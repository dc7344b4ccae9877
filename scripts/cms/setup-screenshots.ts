/**
 * `npx tsx scripts/cms/setup-screenshots.ts [docs]`: the two pictures of the guide's "from zero to
 * a live site" chapter that can be taken offline, in Debian's Chromium: the published /admin/
 * sign-in screen (a built site with a repository and a sign-in address, under its `_headers`), and
 * the summary a failed build writes to GitHub's run page, rendered from its Markdown as GitHub
 * would. GitHub's and Cloudflare's own screens cannot be reached from here. content/ is not changed.
 */
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import MarkdownIt from "markdown-it";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../dev/chromium.ts";
import { serveStatic } from "../dev/serve-static.ts";

const out = resolve(process.argv[2] ?? "docs");
const project = process.cwd();
const root = await mkdtemp(join(tmpdir(), "etalase-setup-shots-"));
const build = (args: string[], env: Record<string, string>) =>
  spawnSync(
    process.execPath,
    ["--import", import.meta.resolve("tsx"), join(project, "scripts/cli/build.ts"), ...args],
    {
      cwd: project,
      encoding: "utf8",
      env: {
        ...process.env,
        GITHUB_ACTIONS: "",
        GITHUB_STEP_SUMMARY: "",
        ETALASE_SETTINGS: "",
        ...env,
      },
    },
  );

// A site as staff publish it, and the same content with two everyday mistakes, built "on Actions".
cpSync(join(project, "tests/fixtures/valid-site/content"), join(root, "content"), {
  recursive: true,
});
const site = build(["--content", join(root, "content"), "--out", join(root, "_site"), "--admin"], {
  ETALASE_HOST: "netlify",
  ETALASE_CMS_REPO: "dinas-koperasi/etalase",
  ETALASE_CMS_AUTH_URL: "https://sveltia-cms-auth.dinas-koperasi.workers.dev",
});
if (site.status !== 0) throw new Error(site.stderr);
const business = join(root, "content/batik-uji/pengrajin/batik-satu.md");
writeFileSync(
  business,
  readFileSync(business, "utf8")
    .replace(/^whatsapp: .*$/m, 'whatsapp: "0812 1111 333O"')
    .replace(/^pemilik:/m, "pemilk:"),
);
const summaryFile = join(root, "summary.md");
writeFileSync(summaryFile, "");
build(["--content", join(root, "content"), "--out", join(root, "_site-gagal")], {
  GITHUB_ACTIONS: "true",
  GITHUB_STEP_SUMMARY: summaryFile,
  ETALASE_HOST: "github-pages",
});

/** The files as a run in the site's repository names them: `content/…`, not this temporary copy. */
const asInRepository = (markdown: string) =>
  markdown.replaceAll(`${relative(project, root).split("\\").join("/")}/`, "");

/**
 * Roughly GitHub's own look for a job summary: its font stack, bordered table, grey header row.
 * This machine has no colour-emoji font, so the summary's ❌ is drawn as a red ✖.
 */
const GITHUB_LOOK = `body{font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328;margin:0;padding:16px 24px;background:#fff}
h3{font-size:16px;margin:0 0 12px}table{border-collapse:collapse}th,td{border:1px solid #d1d9e0;padding:6px 13px;vertical-align:top;text-align:left}
th{background:#f6f8fa;font-weight:600}td:first-child{white-space:nowrap}.cross{color:#d1242f}.frame{border:1px solid #d1d9e0;border-radius:6px;padding:16px}.title{font-weight:600;margin:0 0 12px;color:#59636e}`;
const summaryHtml = `<!doctype html><meta charset="utf-8"><style>${GITHUB_LOOK}</style><div class="frame"><p class="title">deploy summary</p>${new MarkdownIt().render(asInRepository(readFileSync(summaryFile, "utf8"))).replace("❌", '<span class="cross">✖</span>')}</div>`;

const server = await serveStatic(join(root, "_site"), {
  headersFile: join(root, "_site/_headers"),
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  const admin = await browser.newPage({ viewport: { width: 900, height: 560 }, locale: "id-ID" });
  await admin.goto(`${server.origin}/admin/`);
  await admin.getByRole("button", { name: "Masuk dengan GitHub" }).waitFor();
  await admin.waitForTimeout(300);
  await admin.screenshot({ path: join(out, "situs-baru-masuk.png") });

  const summary = await browser.newPage({ viewport: { width: 1200, height: 300 } });
  await summary.setContent(summaryHtml);
  await summary.screenshot({ path: join(out, "situs-baru-ringkasan-actions.png"), fullPage: true });
} finally {
  await browser.close();
  server.close();
}
process.stdout.write(
  `${join(out, "situs-baru-masuk.png")}\n${join(out, "situs-baru-ringkasan-actions.png")}\n`,
);
