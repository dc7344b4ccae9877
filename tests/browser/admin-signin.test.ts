/**
 * The published /admin/ of a site with a repository and a sign-in address, under its own policy
 * (the `_headers` rule, or GitHub Pages' meta tag): Decap shows the Indonesian sign-in button with
 * no violation, the button opens the sign-in Worker in a popup, and the key the Worker hands back
 * reaches the CMS. The Worker and GitHub's API are answered here, so no network is used.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, serveSite, type SiteServer } from "../helpers/browser.ts";
import { FIXTURES, runCli, tempDir } from "../helpers/cli.ts";

const AUTH_URL = "https://etalase-cms-auth.dinas-uji.workers.dev";
const TOKEN = "gho_kunci-uji";

/**
 * The page the Worker ends on after GitHub says yes (as sveltia-cms-auth's does): it tells the
 * opener it is ready, and on the answer hands over the key. Without the opener link it does nothing.
 */
const WORKER_PAGE = `<!doctype html><title>Worker</title><p>Worker masuk</p><script>
addEventListener("message", (e) => { if (e.data === "authorizing:github") opener.postMessage('authorization:github:success:{"token":"${TOKEN}","provider":"github"}', e.origin); });
opener && opener.postMessage("authorizing:github", "*");
</script>`;

/** Two published sites: one under its `_headers` (Netlify's reading), one on GitHub Pages, which sends none. */
const HOSTS = [
  { host: "netlify", headers: true },
  { host: "github-pages", headers: false },
] as const;

let browser: Browser;
const problems: string[] = [];
/** The Authorization header of each call to GitHub's API: the key reached the CMS if it is there. */
const githubCalls: string[] = [];
/** Addresses the popup asked the Worker for. */
const workerCalls: URL[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(HOSTS)("the published /admin/ with a sign-in address, $host", ({ host, headers }) => {
  let server: SiteServer;
  let tab: Page;

  beforeAll(async () => {
    const site = join(tempDir(), "_site");
    const env = {
      ETALASE_HOST: host,
      CF_PAGES: "",
      NETLIFY: "",
      ETALASE_SETTINGS: "",
      ETALASE_CMS_REPO: "dinas-uji/etalase",
      ETALASE_CMS_AUTH_URL: AUTH_URL,
    };
    const build = runCli(
      "build.ts",
      ["--content", join(FIXTURES, "valid-site/content"), "--out", site, "--admin"],
      env,
    );
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).not.toContain("belum bisa masuk");
    server = await serveSite(site, { headers });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: "id-ID",
    });
    // Nothing leaves this machine: the Worker and GitHub's API are answered here, anything else is a problem.
    await context.route(/^https?:\/\//, (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin)) return route.continue();
      if (url.startsWith(`${AUTH_URL}/`)) workerCalls.push(new URL(url));
      if (url.startsWith(`${AUTH_URL}/`))
        return route.fulfill({ contentType: "text/html", body: WORKER_PAGE });
      if (url.startsWith("https://api.github.com/")) {
        githubCalls.push(
          `${new URL(url).pathname} ${route.request().headers().authorization ?? "(no key)"}`,
        );
        return route.fulfill({
          status: 401,
          contentType: "application/json",
          body: '{"message":"Bad credentials"}',
        });
      }
      problems.push(`request to another origin: ${url}`);
      return route.abort();
    });
    tab = await context.newPage();
    await tab.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || "(inline)"}`),
      );
    });
    tab.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    tab.on("pageerror", (e) => problems.push(e.message));
    problems.length = 0;
    githubCalls.length = 0;
    workerCalls.length = 0;
  });

  afterAll(async () => {
    await tab?.context().close();
    server?.close();
  });

  it("shows the Indonesian sign-in button under the /admin/ policy, with no violation", async () => {
    const response = await tab.goto(`${server.origin}/admin/`);
    const policy = headers
      ? response?.headers()["content-security-policy"]
      : await tab.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("script-src 'self' 'unsafe-eval'");
    await tab.getByRole("button", { name: "Masuk dengan GitHub" }).waitFor();
    expect(problems).toEqual([]);
  });

  it("opens the sign-in Worker in a popup, and takes the key it hands back", async () => {
    const [popup] = await Promise.all([
      tab.waitForEvent("popup"),
      tab.getByRole("button", { name: "Masuk dengan GitHub" }).click(),
    ]);
    // Decap asks GitHub who the key belongs to: the key came back through the popup's opener link.
    await expect.poll(() => githubCalls[0]).toBe(`/user token ${TOKEN}`);
    // The popup was the Worker's sign-in page, which Decap closes once it has the key.
    expect(
      workerCalls.map(
        (url) => `${url.origin}${url.pathname}?provider=${url.searchParams.get("provider")}`,
      ),
    ).toEqual([`${AUTH_URL}/auth?provider=github`]);
    await expect.poll(() => popup.isClosed()).toBe(true);
    // GitHub (answered here) refuses the made-up key and Decap says so; nothing was blocked on the way.
    await tab.getByText('Repo "dinas-uji/etalase" not found.').waitFor();
    expect(problems.filter((p) => /^CSP:|another origin/.test(p))).toEqual([]);
  });
});
