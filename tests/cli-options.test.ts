/**
 * Every command answers --help in both languages and refuses a mistyped option or a bad value with
 * exit code 2, a message saying what is wrong and the usage line: never a stack trace, and before
 * anything is written. Bench and seed:synthetic run for minutes, so only their refusals are run.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BENCH, BUILD, CHECK, EDIT, MERGE, SEED_SYNTHETIC } from "../scripts/cli/commands.ts";
import { NEW_COMMAND } from "../scripts/cli/new.ts";
import { flag, readCommandLine, text, wholeNumber } from "../scripts/cli/options.ts";
import { bilingual as b } from "../scripts/problems/problem.ts";
import { normalisePrefix, prefixProblem, siteUrlProblem } from "../scripts/site/site-address.ts";
import { copyFixture, FIXTURES, runCli, snapshot, tempDir, type RunResult } from "./helpers/cli.ts";

/** Each command as `npm run <name>` runs it: the script, relative to scripts/cli/ as runCli wants. */
const COMMANDS = {
  build: "build.ts",
  merge: "merge.ts",
  check: "check.ts",
  new: "new.ts",
  edit: "../cms/edit.ts",
  bench: "../bench/run.ts",
  "seed:synthetic": "../../seeds/synthetic.ts",
} as const;
type Command = keyof typeof COMMANDS;

const VALID_CONTENT = join(FIXTURES, "valid-site/content");
const run = (command: Command, ...args: string[]) => runCli(COMMANDS[command], args);

/** A refusal as the person sees it: exit 2, the problem in both languages, the usage line, no trace. */
function expectUsageError(result: RunResult, command: Command, ...words: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.split("\n");
  expect(lines[0]).toMatch(/^✖ /);
  expect(lines[1]).toMatch(/^✖ /);
  for (const word of words) expect(result.stderr).toContain(word);
  expect(result.stderr).toContain(`Pemakaian/Usage: npm run ${command} -- `);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toContain("node:internal");
}

describe("--help", () => {
  it.each(Object.keys(COMMANDS) as Command[])(
    "npm run %s -- --help prints the usage in Indonesian, then English, and exits 0",
    (command) => {
      const result = run(command, "--help");
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe("");
      const out = result.stdout;
      expect(out.startsWith(`Pemakaian/Usage: npm run ${command} -- `)).toBe(true);
      expect(out).toMatch(/--help, -h +tampilkan teks ini/);
      expect(out).toMatch(/--help, -h +show this text/);
      expect(out.indexOf("Bahasa Indonesia:")).toBeGreaterThan(0);
      expect(out.indexOf("English:")).toBeGreaterThan(out.indexOf("tampilkan teks ini"));
    },
  );

  it("-h is the same as --help, and wins over other mistakes on the line", () => {
    const long = run("build", "--help");
    const short = run("build", "--workers", "abc", "-h");
    expect(short.code).toBe(0);
    expect(short.stdout).toBe(long.stdout);
    expect(long.stdout).toContain("--workers N      jumlah proses pekerja");
    expect(long.stdout).toContain("--content DIR    content folder (default: content)");
  });
});

describe("an unknown option", () => {
  it.each(Object.keys(COMMANDS) as Command[])(
    "npm run %s -- --wrokers exits 2 with the usage line and no stack trace",
    (command) => {
      expectUsageError(
        run(command, "--wrokers", "2"),
        command,
        'Pilihan "--wrokers" tidak dikenal.',
        'Unknown option "--wrokers".',
      );
    },
  );

  it("suggests the option that was meant", () => {
    expectUsageError(
      run("build", "--site-ulr", "https://a.b"),
      "build",
      "Mungkin maksudnya --site-url?",
      "Did you mean --site-url?",
    );
  });
});

/** What a command line reads as, without starting a process: the refusal's first two lines. */
function refusal(spec: Parameters<typeof readCommandLine>[0], args: string[]): string {
  const line = readCommandLine(spec, args);
  expect(line.kind).toBe("usage-error");
  expect(line.kind === "usage-error" && line.text).toContain(`Pemakaian/Usage: ${spec.command} `);
  return line.kind === "usage-error" ? line.text.split("\n").slice(0, 2).join("\n") : "";
}

describe("the value rules, as each command reads its line", () => {
  const cases: [string, Parameters<typeof readCommandLine>[0], string[], string, string][] = [
    [
      "build",
      BUILD,
      ["--workers", "abc"],
      '✖ --workers "abc": harus bilangan bulat 0 atau lebih',
      '✖ --workers "abc": must be a whole number, 0 or more',
    ],
    [
      "build",
      BUILD,
      ["--workers", "-1"],
      '--workers "-1": harus bilangan bulat 0 atau lebih',
      "must be a whole number, 0 or more",
    ],
    [
      "build",
      BUILD,
      ["--workers", "1.5"],
      '--workers "1.5": harus bilangan bulat',
      "must be a whole number",
    ],
    [
      "build",
      BUILD,
      ["--batch", "abc"],
      '--batch "abc": harus bilangan bulat 1 atau lebih',
      '--batch "abc": must be a whole number, 1 or more',
    ],
    [
      "build",
      BUILD,
      ["--batch", "0"],
      '--batch "0": harus bilangan bulat 1 atau lebih',
      "must be a whole number, 1 or more",
    ],
    [
      "build",
      BUILD,
      ["--shard", "3/2"],
      '--shard "3/2": tulis bagian sebagai i/n dengan 1 ≤ i ≤ n',
      "write the share as i/n with 1 ≤ i ≤ n",
    ],
    ["build", BUILD, ["--shard", "0/2"], '--shard "0/2"', "write the share as i/n"],
    ["build", BUILD, ["--shard", "abc"], '--shard "abc"', "write the share as i/n"],
    [
      "build",
      BUILD,
      ["--site-url", "javascript:alert(1)"],
      '--site-url "javascript:alert(1)": alamat situs harus diawali https://',
      "the site address must start with https://",
    ],
    [
      "build",
      BUILD,
      ["--site-url", "https://a.b/x?y#z"],
      "tidak boleh berisi tanda ?",
      "must not contain ? and what follows it",
    ],
    [
      "build",
      BUILD,
      ["--site-url", "http://localhost:8080"],
      "localhost hanya bisa dibuka di komputer ini",
      "localhost only opens on this computer",
    ],
    [
      "build",
      BUILD,
      ["--site-url", "https://sentra.contoh.go.id/katalog"],
      "pakai --prefix /katalog/",
      "use --prefix /katalog/ for the path",
    ],
    [
      "build",
      BUILD,
      ["--prefix", "/a\nDisallow: /"],
      '--prefix "/a\\nDisallow: /": jalur awalan hanya boleh berisi',
      "the path prefix may only contain",
    ],
    [
      "build",
      BUILD,
      ["--prefix", "../x"],
      "tidak boleh berisi . atau ..",
      "must not contain . or ..",
    ],
    ["build", BUILD, ["--out"], "--out perlu nilai", "--out needs a value"],
    ["build", BUILD, ["--out", "--admin"], "--out perlu nilai", "--out needs a value"],
    ["build", BUILD, ["--admin=yes"], "--admin tidak memakai nilai", "--admin takes no value"],
    ["build", BUILD, ["situs"], '"situs" tidak dikenal', '"situs" is not understood'],
    [
      "build",
      BUILD,
      ["--standalone"],
      "--standalone hanya dipakai bersama --shard",
      "--standalone is only used together with --shard",
    ],
    [
      "merge",
      MERGE,
      ["--out", "_site"],
      "Sebutkan folder bagian (shard)",
      "Name the shard folders to join.",
    ],
    ["check", CHECK, ["lagi"], '"lagi" tidak dikenal', '"lagi" is not understood'],
    [
      "new",
      NEW_COMMAND,
      ["sentra", "Tenun", "--slug", "../../keluar"],
      '--slug "../../keluar": hanya huruf kecil a-z',
      "For example --slug keluar.",
    ],
    [
      "new",
      NEW_COMMAND,
      ["pengrajin", "batik-uji"],
      "✖ pakai: npm run new -- pengrajin",
      'usage: npm run new -- pengrajin <centre> "<Business name>"',
    ],
    [
      "edit",
      EDIT,
      ["--port", "0"],
      '--port "0": harus bilangan bulat dari 1 sampai 65535.',
      "must be a whole number from 1 to 65535.",
    ],
    [
      "edit",
      EDIT,
      ["--port", "65536"],
      '--port "65536"',
      "must be a whole number from 1 to 65535.",
    ],
    [
      "bench",
      BENCH,
      ["--runs", "0"],
      '--runs "0": harus bilangan bulat 1 atau lebih',
      "must be a whole number, 1 or more",
    ],
    [
      "bench",
      BENCH,
      ["--sizes", "10,,400"],
      "tulis bilangan bulat positif dipisah koma",
      "write positive whole numbers separated by commas",
    ],
    [
      "bench",
      BENCH,
      ["--photos", "ya"],
      '--photos "ya": harus salah satu dari: both, no, only.',
      "must be one of: both, no, only.",
    ],
    [
      "seed:synthetic",
      SEED_SYNTHETIC,
      ["--out", "/tmp/x", "--centres", "0"],
      '--centres "0": harus bilangan bulat 1 atau lebih',
      "must be a whole number, 1 or more",
    ],
    [
      "seed:synthetic",
      SEED_SYNTHETIC,
      ["--centres", "2"],
      "--out DIR wajib ditulis.",
      "--out DIR is required.",
    ],
  ];
  it.each(cases)("%s %j", (_, spec, args, id, en) => {
    const [first, second] = refusal(spec, args).split("\n");
    expect(first).toMatch(/^✖ /);
    expect(first).toContain(id);
    expect(second).toMatch(/^✖ /);
    expect(second).toContain(en);
  });

  it("reads good values as the commands use them", () => {
    const build = readCommandLine(BUILD, [
      "--workers",
      "0",
      "--batch",
      "4",
      "--shard",
      "2/8",
      "--standalone",
      "--prefix",
      "katalog",
      "--site-url",
      "https://Sentra.contoh.go.id/",
    ]);
    expect(build.kind === "run" && build.values).toMatchObject({
      workers: 0,
      batch: 4,
      shard: { index: 1, count: 8 },
      standalone: true,
      prefix: "/katalog/",
      "site-url": "https://Sentra.contoh.go.id/",
    });
    const edit = readCommandLine(EDIT, []);
    expect(edit.kind === "run" && edit.values).toEqual({
      content: "content",
      port: 8090,
      work: join(".cache", "edit"),
    });
    const bench = readCommandLine(BENCH, ["--sizes", "5,20"]);
    expect(bench.kind === "run" && bench.values).toMatchObject({
      sizes: [5, 20],
      runs: 3,
      photos: "both",
      workers: undefined,
    });
  });
});

describe("a refused command line writes nothing", () => {
  it("build with --workers abc creates no output folder", () => {
    const out = join(tempDir(), "_site");
    expectUsageError(
      run("build", "--content", VALID_CONTENT, "--out", out, "--workers", "abc"),
      "build",
      '--workers "abc"',
    );
    expect(existsSync(out)).toBe(false);
  });

  it("build with a hostile --site-url or --prefix creates no output folder", () => {
    const out = join(tempDir(), "_site");
    expectUsageError(
      run("build", "--content", VALID_CONTENT, "--out", out, "--site-url", "javascript:alert(1)"),
      "build",
      "alamat situs harus diawali https://",
    );
    expectUsageError(
      run("build", "--content", VALID_CONTENT, "--out", out, "--prefix", "/a\nDisallow: /"),
      "build",
      "jalur awalan hanya boleh berisi",
    );
    expect(existsSync(out)).toBe(false);
  });

  it("accepts --workers 0 and a prefix without slashes, written as /etalase-uji/", () => {
    const out = join(tempDir(), "_site");
    const result = run(
      "build",
      "--content",
      VALID_CONTENT,
      "--out",
      out,
      "--workers",
      "0",
      "--prefix",
      "etalase-uji",
      "--site-url",
      "https://contoh.github.io/",
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, "robots.txt"), "utf8")).toContain(
      "Sitemap: https://contoh.github.io/etalase-uji/sitemap.xml\n",
    );
  });

  it("new with a --slug that would leave the content folder creates nothing", () => {
    const content = copyFixture("valid-site");
    const before = snapshot(join(content, ".."));
    expectUsageError(
      run("new", "sentra", "Tenun Baru", "--slug", "../../keluar", "--content", content),
      "new",
      '--slug "../../keluar"',
    );
    expect(snapshot(join(content, ".."))).toEqual(before);
  });

  it("edit with --port 70000 makes no working folder", () => {
    const work = join(tempDir(), "edit");
    expectUsageError(
      run("edit", "--content", VALID_CONTENT, "--port", "70000", "--work", work),
      "edit",
      '--port "70000"',
    );
    expect(existsSync(work)).toBe(false);
  });

  it("bench with --runs 0 makes no working folder", () => {
    const dir = join(tempDir(), "bench");
    expectUsageError(run("bench", "--runs", "0", "--dir", dir), "bench", '--runs "0"');
    expect(existsSync(dir)).toBe(false);
  });

  it("seed:synthetic with --centres abc writes nothing", () => {
    const out = join(tempDir(), "synthetic");
    expectUsageError(
      run("seed:synthetic", "--centres", "abc", "--out", out),
      "seed:synthetic",
      '--centres "abc"',
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("siteUrlProblem", () => {
  it.each([
    ["javascript:alert(1)", "must start with https://"],
    ["https://a.b/x?y#z", "must not contain ?"],
    ["https://a.b#z", "must not contain #"],
    ["https://a.b/x", "use --prefix /x/ for the path"],
    ["https://user:sandi@a.b", "must not contain a user name or password"],
    ["http://localhost:8080", "localhost only opens on this computer"],
    ["http://127.0.0.1", "127.0.0.1 only opens on this computer"],
    ["https://0.0.0.0", "0.0.0.0 only opens on this computer"],
    ["http://[::1]:8080/", "[::1] only opens on this computer"],
    ["https://null", "null only opens on this computer"],
    ["https://a.b\n", "contains a space, a line break or a backslash"],
    ["https:///a.b", "the host name after https:// is missing"],
    ["", "the site address is empty"],
  ])("refuses %j", (raw, en) => {
    const problem = siteUrlProblem(raw);
    expect(problem?.en).toContain(en);
    expect(problem?.id).toBeTruthy();
  });

  it.each([
    "https://sentra.contoh.go.id",
    "https://sentra.contoh.go.id/",
    "http://contoh.github.io",
    "https://a.b:8443/",
  ])("accepts %j", (raw) => {
    expect(siteUrlProblem(raw)).toBeUndefined();
  });
});

describe("prefixProblem and normalisePrefix", () => {
  it.each([
    ["/a\nDisallow: /", "may only contain letters"],
    ["/a b/", "may only contain letters"],
    ["/katalog?x", "may only contain letters"],
    ["/é/", "may only contain letters"],
    ["../x", "must not contain . or .."],
    ["/a/./b/", "must not contain . or .."],
    ["", "the path prefix is empty"],
  ])("refuses %j", (raw, en) => {
    expect(prefixProblem(raw)?.en).toContain(en);
  });

  it.each([
    ["/ok/path/", "/ok/path/"],
    ["ok/path", "/ok/path/"],
    ["//ok//path", "/ok/path/"],
    ["/", "/"],
    ["/v1.2_x-y/", "/v1.2_x-y/"],
  ])("accepts %j as %j", (raw, normal) => {
    expect(prefixProblem(raw)).toBeUndefined();
    expect(normalisePrefix(raw)).toBe(normal);
  });
});

describe("readCommandLine", () => {
  const spec = {
    command: "npm run uji --",
    summary: b("Uji.", "Test."),
    options: {
      out: text("DIR", b("keluaran", "output"), "_site"),
      admin: flag(b("admin", "admin")),
      workers: wholeNumber("N", b("pekerja", "workers"), { min: 0 }),
    },
  };

  it("gives defaults, takes --name=value, and reads words after -- as arguments", () => {
    expect(readCommandLine(spec, [])).toEqual({
      kind: "run",
      values: { out: "_site", admin: false, workers: undefined },
      positionals: [],
    });
    expect(
      readCommandLine(
        { ...spec, positionals: { usage: "X", help: b("x", "x"), check: () => undefined } },
        ["--workers=0", "--admin", "--", "--out"],
      ),
    ).toEqual({
      kind: "run",
      values: { out: "_site", admin: true, workers: 0 },
      positionals: ["--out"],
    });
  });

  it("treats --help after -- as an argument, not a request for help", () => {
    expect(readCommandLine(spec, ["--", "--help"]).kind).toBe("usage-error");
  });
});
