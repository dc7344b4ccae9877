/**
 * The security headers as each host sends them. Netlify lets the later of two matching rules set
 * a header; Cloudflare Pages joins both values, and two Content-Security-Policy values are two
 * policies, both enforced: the CMS under /admin/ would get the site's strict policy too. So a
 * build on Cloudflare Pages (CF_PAGES set) writes `! Content-Security-Policy` under /admin/*,
 * and every path gets the same headers on both hosts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { policyTag, scanHtml } from "../scripts/pipeline/scan.ts";
import {
  forCloudflare,
  headersFor,
  metaPolicy,
  parseHeadersFile,
} from "../scripts/site/headers-file.ts";
import { FIXTURES, PROJECT_ROOT, readPage, runBuild, runCli, tempDir } from "./helpers/cli.ts";

const SOURCE = readFileSync(join(PROJECT_ROOT, "templates/static/_headers"), "utf8");
const PATHS = [
  "/",
  "/batik-uji/pengrajin/batik-satu/",
  "/cari/",
  "/admin/",
  "/admin/config.yml",
  "/img/x-640.avif",
  "/assets/site.css",
  "/sitemap.xml",
];
const csp = (headers: Record<string, string>) => headers["Content-Security-Policy"] ?? "";

describe("the _headers file on Netlify and on Cloudflare Pages", () => {
  it("would hold the CMS to both policies on Cloudflare if written as for Netlify", () => {
    const admin = headersFor(parseHeadersFile(SOURCE), "/admin/", "cloudflare");
    expect(csp(admin)).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp(admin)).toContain("script-src 'self' 'unsafe-eval'");
  });

  it("sends the same headers for every path on both hosts once written for Cloudflare", () => {
    const netlify = parseHeadersFile(SOURCE);
    const cloudflare = parseHeadersFile(forCloudflare(SOURCE));
    for (const path of PATHS)
      expect(headersFor(cloudflare, path, "cloudflare"), path).toEqual(
        headersFor(netlify, path, "netlify"),
      );
    expect(csp(headersFor(cloudflare, "/admin/", "cloudflare"))).toMatch(
      /^default-src 'none'; script-src 'self' 'unsafe-eval';/,
    );
    expect(csp(headersFor(cloudflare, "/", "cloudflare"))).toMatch(
      /^default-src 'none'; style-src 'self';/,
    );
  });
});

describe("the build writes _headers for the host it runs on", () => {
  let plain: string;
  let onCloudflare: string;
  beforeAll(() => {
    const content = join(FIXTURES, "valid-site/content");
    const [a, b] = [join(tempDir(), "_site"), join(tempDir(), "_site")];
    expect(runBuild(content, a, { CF_PAGES: "", ETALASE_HOST: "netlify" }).code).toBe(0);
    expect(runBuild(content, b, { CF_PAGES: "1", ETALASE_HOST: "" }).code).toBe(0);
    plain = readFileSync(join(a, "_headers"), "utf8");
    onCloudflare = readFileSync(join(b, "_headers"), "utf8");
  });

  it("as written in templates/static/ elsewhere", () => {
    expect(plain).toBe(SOURCE);
  });

  it("with the site's policy detached under /admin/* on Cloudflare Pages", () => {
    expect(onCloudflare).toContain(
      "/admin/*\n  ! Content-Security-Policy\n  ! Cross-Origin-Opener-Policy\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'unsafe-eval';",
    );
    expect(onCloudflare.match(/^\s+!/gm)).toHaveLength(2);
  });
});

describe("the CMS's sign-in popup", () => {
  it("keeps its opener under /admin/ on both hosts, while pages stay same-origin", () => {
    const netlify = parseHeadersFile(SOURCE);
    const cloudflare = parseHeadersFile(forCloudflare(SOURCE));
    for (const [rules, host] of [
      [netlify, "netlify"],
      [cloudflare, "cloudflare"],
    ] as const) {
      expect(headersFor(rules, "/admin/", host)["Cross-Origin-Opener-Policy"]).toBe(
        "same-origin-allow-popups",
      );
      expect(headersFor(rules, "/", host)["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    }
  });
});

describe("a build with --prefix and for GitHub Pages", () => {
  let prefixed: string;
  let pages: string;
  beforeAll(() => {
    const content = join(FIXTURES, "valid-site/content");
    prefixed = join(tempDir(), "_site");
    pages = join(tempDir(), "_site");
    expect(
      runCli("build.ts", ["--content", content, "--out", prefixed, "--prefix", "/katalog/"], {
        CF_PAGES: "1",
        ETALASE_HOST: "",
      }).code,
    ).toBe(0);
    expect(
      runCli("build.ts", ["--content", content, "--out", pages], { ETALASE_HOST: "github-pages" })
        .code,
    ).toBe(0);
  });

  it("writes every rule under the prefix, read the same by both hosts", () => {
    const text = readFileSync(join(prefixed, "_headers"), "utf8");
    expect(text.match(/^\/\S*/gm)).toEqual([
      "/katalog/*",
      "/katalog/img/*",
      "/katalog/assets/*",
      "/katalog/admin/*",
    ]);
    const admin = headersFor(parseHeadersFile(text), "/katalog/admin/", "cloudflare");
    expect(csp(admin)).toMatch(/^default-src 'none'; script-src 'self' 'unsafe-eval';/);
    expect(admin["Cross-Origin-Opener-Policy"]).toBe("same-origin-allow-popups");
  });

  it("puts the page policy first in every page's <head>, without what a meta tag cannot carry", () => {
    const policy = metaPolicy(SOURCE);
    expect(policy).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(policy).toContain("default-src 'none'; style-src 'self'");
    const page = readPage(pages, "/");
    expect(page).toContain(
      `<head><meta http-equiv="Content-Security-Policy" content="${policy}"/>`,
    );
    expect(readPage(pages, "/batik-uji/")).toContain(
      `<head><meta http-equiv="Content-Security-Policy" content="${policy}"/>`,
    );
    expect(readPage(prefixed, "/")).not.toContain("http-equiv");
  });
});

describe("the output scan and the policy tag", () => {
  const owned = {
    scripts: new Set<string>(),
    formActions: new Set<string>(),
    policyTag: policyTag(metaPolicy(SOURCE)),
  };
  const page = (head: string, body = "") =>
    `<!doctype html><html><head>${head}<meta charset="utf-8"/></head><body>${body}</body></html>`;

  it("lets through exactly the layout's tag, first in <head>", () => {
    expect(scanHtml(page(owned.policyTag), owned)).toEqual([]);
  });

  it("still refuses an http-equiv that content made, or the tag anywhere else", () => {
    expect(
      scanHtml(
        page(owned.policyTag, '<meta http-equiv="refresh" content="0;url=https://evil.example/">'),
        owned,
      ),
    ).toEqual(['<meta http-equiv="refresh">']);
    expect(scanHtml(page("", owned.policyTag), owned)).toEqual([
      '<meta http-equiv="Content-Security-Policy">',
    ]);
    expect(scanHtml(page(owned.policyTag))).toEqual([
      '<meta http-equiv="Content-Security-Policy">',
    ]);
  });
});
