/**
 * The published CMS saves to a real repository, named by a setting or by the host, and never to
 * an example one: with none known, the build leaves /admin/ out and says which setting to add.
 * Staff sign in through the proxy the settings name; on a host with no sign-in of its own and no
 * proxy set, /admin/ is published and one warning says staff cannot sign in yet.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { cmsRepository, githubRepositoryOf } from "../scripts/cms/repository.ts";
import { cmsSignIn, decapSignInOptions } from "../scripts/cms/sign-in.ts";
import { parseSettings } from "../scripts/site/settings.ts";
import { FIXTURES, runCli, tempDir, type RunResult } from "./helpers/cli.ts";

/** Every host variable cleared, so the machine running the tests decides nothing. */
const NO_HOST = {
  GITHUB_ACTIONS: "",
  GITHUB_REPOSITORY: "",
  GITHUB_REF_NAME: "",
  GITHUB_HEAD_REF: "",
  NETLIFY: "",
  REPOSITORY_URL: "",
  BRANCH: "",
  CF_PAGES: "",
  CF_PAGES_BRANCH: "",
  ETALASE_CMS_REPO: "",
  ETALASE_CMS_BRANCH: "",
  ETALASE_SETTINGS: "",
  ETALASE_HOST: "",
  ETALASE_CMS_AUTH_URL: "",
};

function build(env: Record<string, string>): { run: RunResult; site: string } {
  const site = join(tempDir(), "_site");
  const run = runCli(
    "build.ts",
    ["--content", join(FIXTURES, "valid-site/content"), "--out", site, "--admin"],
    { ...NO_HOST, ...env },
  );
  return { run, site };
}

const backendOf = (site: string) =>
  (
    parse(readFileSync(join(site, "admin/config.yml"), "utf8")) as {
      backend: Record<string, unknown>;
    }
  ).backend;

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? allFiles(join(dir, name)) : [join(dir, name)],
  );
}

describe("the CMS repository from each host's variables", () => {
  it("GitHub Actions: GITHUB_REPOSITORY and the branch built (a pull request's own branch)", () => {
    expect(
      cmsRepository({
        GITHUB_ACTIONS: "true",
        GITHUB_REPOSITORY: "dinas/etalase",
        GITHUB_REF_NAME: "utama",
      }),
    ).toEqual({ repo: "dinas/etalase", branch: "utama", source: "GITHUB_REPOSITORY" });
    expect(
      cmsRepository({
        GITHUB_ACTIONS: "true",
        GITHUB_REPOSITORY: "dinas/etalase",
        GITHUB_REF_NAME: "12/merge",
        GITHUB_HEAD_REF: "perbaikan",
      })?.branch,
    ).toBe("perbaikan");
  });

  it("Netlify: owner/name read from REPOSITORY_URL, and BRANCH", () => {
    expect(githubRepositoryOf("https://github.com/dinas/etalase")).toBe("dinas/etalase");
    expect(githubRepositoryOf("git@github.com:dinas/etalase.git")).toBe("dinas/etalase");
    expect(githubRepositoryOf("https://gitlab.com/dinas/etalase")).toBeUndefined();
    expect(
      cmsRepository({
        NETLIFY: "true",
        REPOSITORY_URL: "https://github.com/dinas/etalase",
        BRANCH: "main",
      }),
    ).toEqual({ repo: "dinas/etalase", branch: "main", source: "REPOSITORY_URL (Netlify)" });
  });

  it("Cloudflare Pages: the repository from the settings, the branch from CF_PAGES_BRANCH", () => {
    expect(cmsRepository({ CF_PAGES: "1", CF_PAGES_BRANCH: "produksi" })).toBeUndefined();
    expect(
      cmsRepository({ CF_PAGES: "1", CF_PAGES_BRANCH: "produksi" }, { repo: "dinas/etalase" }),
    ).toEqual({ repo: "dinas/etalase", branch: "produksi", source: "repo (etalase.config.json)" });
  });

  it("ETALASE_CMS_REPO first, and an example repository in it is refused", () => {
    expect(
      cmsRepository(
        {
          ETALASE_CMS_REPO: "dinas/lain",
          GITHUB_ACTIONS: "true",
          GITHUB_REPOSITORY: "dinas/etalase",
        },
        { repo: "dinas/berkas" },
      )?.repo,
    ).toBe("dinas/lain");
    expect(() => cmsRepository({ ETALASE_CMS_REPO: "pemilik/repositori" })).toThrow(
      /only an example/,
    );
  });
});

describe("the sign-in address", () => {
  const signInOf = (env: NodeJS.ProcessEnv, settings = {}) =>
    decapSignInOptions(cmsSignIn(env, settings));

  it("goes into Decap's backend as the bare origin, any path into auth_endpoint", () => {
    expect(
      signInOf({ ETALASE_CMS_AUTH_URL: "https://sveltia-cms-auth.dinas.workers.dev" }),
    ).toEqual({ base_url: "https://sveltia-cms-auth.dinas.workers.dev" });
    expect(
      signInOf({ ETALASE_CMS_AUTH_URL: "https://sveltia-cms-auth.dinas.workers.dev/auth" }),
    ).toEqual({ base_url: "https://sveltia-cms-auth.dinas.workers.dev" });
    expect(signInOf({}, { "cms-auth-url": "https://masuk.dinas.go.id/cms/" })).toEqual({
      base_url: "https://masuk.dinas.go.id",
      auth_endpoint: "cms/auth",
    });
    expect(signInOf({})).toEqual({});
  });

  it("comes from ETALASE_CMS_AUTH_URL first, and a bad one there is refused", () => {
    expect(
      cmsSignIn(
        { ETALASE_CMS_AUTH_URL: "https://a.workers.dev" },
        { "cms-auth-url": "https://b.workers.dev" },
      )?.origin,
    ).toBe("https://a.workers.dev");
    expect(() => cmsSignIn({ ETALASE_CMS_AUTH_URL: "http://a.workers.dev" })).toThrow(
      'ETALASE_CMS_AUTH_URL ("http://a.workers.dev") cannot be used: the sign-in address must start with https://',
    );
  });

  it("is held in the settings file to the address rules, on its line, with the fix", () => {
    const read = parseSettings(
      '{\n  "repo": "dinas/etalase",\n  "cms-auth-url": "https://localhost:8787"\n}\n',
    );
    expect(read.ok).toBe(false);
    const [problem] = read.ok ? [] : read.problems;
    expect(problem).toMatchObject({ line: 3, field: "cms-auth-url" });
    expect(problem?.message.id).toContain("localhost hanya bisa dibuka di komputer ini");
    expect(problem?.fix?.en).toContain('On Netlify the "cms-auth-url" field is not needed');
  });
});

describe("a build's /admin/", () => {
  let github: { run: RunResult; site: string };
  let pagesWithSignIn: { run: RunResult; site: string };
  let netlify: { run: RunResult; site: string };
  let fromSettings: { run: RunResult; site: string };
  let none: { run: RunResult; site: string };
  beforeAll(() => {
    github = build({
      GITHUB_ACTIONS: "true",
      GITHUB_REPOSITORY: "dinas-uji/etalase",
      GITHUB_REF_NAME: "main",
      ETALASE_HOST: "other",
    });
    netlify = build({
      NETLIFY: "true",
      REPOSITORY_URL: "https://github.com/dinas-uji/etalase-netlify",
      BRANCH: "produksi",
    });
    fromSettings = build({
      CF_PAGES: "1",
      CF_PAGES_BRANCH: "pratinjau",
      ETALASE_SETTINGS: join(FIXTURES, "settings/github-pages.json"),
      ETALASE_HOST: "cloudflare-pages",
    });
    pagesWithSignIn = build({ ETALASE_SETTINGS: join(FIXTURES, "settings/with-sign-in.json") });
    none = build({});
  });

  it("saves to the repository each host names", () => {
    expect(backendOf(github.site)).toMatchObject({
      name: "github",
      repo: "dinas-uji/etalase",
      branch: "main",
    });
    expect(backendOf(netlify.site)).toMatchObject({
      name: "github",
      repo: "dinas-uji/etalase-netlify",
      branch: "produksi",
    });
    // The settings' branch comes before the host's.
    expect(backendOf(fromSettings.site)).toMatchObject({
      name: "github",
      repo: "dinas-uji/etalase",
      branch: "utama",
    });
  });

  it("signs in through the settings' proxy; on Netlify through Netlify's own (no base_url)", () => {
    expect(backendOf(pagesWithSignIn.site)).toMatchObject({
      repo: "dinas-uji/etalase",
      base_url: "https://masuk.dinas-uji.go.id",
      auth_endpoint: "cms/auth",
    });
    expect(backendOf(netlify.site)).not.toHaveProperty("base_url");
    for (const { run } of [pagesWithSignIn, netlify, github])
      expect(run.stderr).not.toContain("belum bisa masuk");
  });

  it("is published on Cloudflare Pages or GitHub Pages with no sign-in address, with one warning naming the setting", () => {
    expect(readdirSync(fromSettings.site)).toContain("admin");
    expect(backendOf(fromSettings.site)).not.toHaveProperty("base_url");
    expect(fromSettings.run.stderr.match(/staf belum bisa masuk/g)).toHaveLength(1);
    expect(fromSettings.run.stderr).toContain(
      'write its address as "cms-auth-url" in etalase.config.json (npm run setup -- --cms-auth-url https://…) or in the ETALASE_CMS_AUTH_URL variable.',
    );
    expect(fromSettings.run.stderr).toContain("docs/deploy.md");
  });

  it("carries the /admin/* policy in a meta tag on GitHub Pages only, which sends no headers", () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(
      readFileSync(join(pagesWithSignIn.site, "admin/index.html"), "utf8"),
    )?.[1];
    expect(policy).toMatch(/^default-src 'none'; script-src 'self' 'unsafe-eval';/);
    expect(policy).not.toContain("frame-ancestors");
    expect(readFileSync(join(netlify.site, "admin/index.html"), "utf8")).not.toContain(
      "http-equiv",
    );
  });

  it("is left out, with one warning naming the setting, when no repository is known", () => {
    expect(none.run.code).toBe(0);
    expect(readdirSync(none.site)).not.toContain("admin");
    expect(none.run.stderr.match(/CMS \(\/admin\/\) tidak disertakan/g)).toHaveLength(1);
    expect(none.run.stderr).toContain(
      'Write "repo": "owner/name" (and "branch") in etalase.config.json with npm run setup, or set the ETALASE_CMS_REPO variable.',
    );
  });

  it("never names the example repository in any file of any build", () => {
    for (const { site } of [github, netlify, fromSettings, pagesWithSignIn, none]) {
      const files = allFiles(site);
      expect(files.length).toBeGreaterThan(20);
      for (const file of files)
        expect(readFileSync(file).includes("pemilik/repositori"), file).toBe(false);
    }
  });
});
