/**
 * docs/quality.md: 0 errors from the W3C Nu HTML Checker (vnu-jar, the checker behind
 * validator.w3.org/nu) on every built page of every site, and on the stylesheet. One Java run
 * checks them all: starting the JVM costs more than checking a page.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { htmlFiles } from "../../scripts/dev/page-kinds.ts";
import { buildSites, qualitySites, type BuiltSite } from "../helpers/sites.ts";

const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
const JAVA = process.env.JAVA ?? "java";

interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly firstColumn?: number;
  readonly message: string;
  readonly extract?: string;
}

const SITES = qualitySites();
let built: BuiltSite[] = [];
let files: string[] = [];
let messages: VnuMessage[] = [];

beforeAll(async () => {
  built = await buildSites({}, SITES);
  files = built.flatMap((site) => [
    ...htmlFiles(site.dir),
    ...readdirSync(join(site.dir, "assets"))
      .filter((n) => n.endsWith(".css"))
      .map((n) => join(site.dir, "assets", n)),
  ]);
  const run = spawnSync(
    JAVA,
    ["-jar", VNU_JAR, "--errors-only", "--also-check-css", "--format", "json", ...files],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: 170_000,
    },
  );
  if (run.error) throw new Error(`could not run ${JAVA} -jar vnu.jar: ${run.error.message}`);
  // vnu writes its JSON report to stderr, and exits 1 when it found an error.
  try {
    messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(
      `vnu.jar gave no JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`,
    );
  }
});

describe.each(SITES)("$name", ({ name }) => {
  it("passes the Nu HTML Checker with no error on any page", () => {
    const site = built.find((s) => s.name === name)!;
    const checked = files.filter((f) => f.startsWith(`${site.dir}/`));
    expect(checked.filter((f) => f.endsWith(".html")).length).toBeGreaterThan(0);
    const errors = messages
      .filter((m) => m.type !== "info" && m.url && fileURLToPath(m.url).startsWith(`${site.dir}/`))
      .map(
        (m) =>
          `${relative(site.dir, fileURLToPath(m.url!))}:${m.lastLine ?? "?"}:${m.firstColumn ?? "?"} ${m.message}${m.extract ? `\n    …${m.extract.replace(/\n/g, " ")}…` : ""}`,
      );
    expect(errors, `vnu errors in ${name}`).toEqual([]);
  });
});

it("reports nothing about files outside the built sites (a checker that failed to read them)", () => {
  const stray = messages.filter(
    (m) => !m.url || !built.some((s) => fileURLToPath(m.url!).startsWith(`${s.dir}/`)),
  );
  expect(stray.map((m) => `${m.type}: ${m.message}`)).toEqual([]);
});
