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
import { forCloudflare, headersFor, parseHeadersFile } from "../scripts/site/headers-file.ts";
import { FIXTURES, PROJECT_ROOT, runBuild, tempDir } from "./helpers/cli.ts";

const SOURCE = readFileSync(join(PROJECT_ROOT, "templates/static/_headers"), "utf8");
const PATHS = ["/", "/batik-uji/pengrajin/batik-satu/", "/cari/", "/admin/", "/admin/config.yml", "/img/x-640.avif", "/assets/site.css", "/sitemap.xml"];
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
    for (const path of PATHS) expect(headersFor(cloudflare, path, "cloudflare"), path).toEqual(headersFor(netlify, path, "netlify"));
    expect(csp(headersFor(cloudflare, "/admin/", "cloudflare"))).toMatch(/^default-src 'none'; script-src 'self' 'unsafe-eval';/);
    expect(csp(headersFor(cloudflare, "/", "cloudflare"))).toMatch(/^default-src 'none'; style-src 'self';/);
  });
});

describe("the build writes _headers for the host it runs on", () => {
  let plain: string;
  let onCloudflare: string;
  beforeAll(() => {
    const content = join(FIXTURES, "valid-site/content");
    const [a, b] = [join(tempDir(), "_site"), join(tempDir(), "_site")];
    expect(runBuild(content, a, { CF_PAGES: "" }).code).toBe(0);
    expect(runBuild(content, b, { CF_PAGES: "1" }).code).toBe(0);
    plain = readFileSync(join(a, "_headers"), "utf8");
    onCloudflare = readFileSync(join(b, "_headers"), "utf8");
  });

  it("as written in templates/static/ elsewhere", () => {
    expect(plain).toBe(SOURCE);
  });

  it("with the site's policy detached under /admin/* on Cloudflare Pages", () => {
    expect(onCloudflare).toContain("/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'unsafe-eval';");
    expect(onCloudflare.match(/^\s+!/gm)).toHaveLength(1);
  });
});
