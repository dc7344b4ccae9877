/**
 * A fashion show's running order (`susunan_acara`): mistakes in it end in one exact message at
 * the right line, and the built event page lists it, with links to the businesses, in both
 * languages and in its JSON-LD.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "../scripts/content/check.ts";
import { bilingual } from "../scripts/problems/problem.ts";
import { formatReport } from "../scripts/problems/report.ts";
import {
  copyFixture,
  PROJECT_ROOT,
  readPage,
  runBuild,
  tempDir,
  TEST_NOW,
  TEST_SITE_URL,
} from "./helpers/cli.ts";

const EVENT = "batik-uji/acara/peragaan-mendatang.md";

beforeAll(() => {
  process.env.ETALASE_NOW = TEST_NOW;
});

/** The fixture with each `[from, to]` replaced in `file`, checked as `npm run check` does. */
async function reportAfter(
  changes: [string, string][],
  file = EVENT,
): Promise<{ report: string; at: (line: number, field: string) => string }> {
  const content = copyFixture("running-order");
  const path = join(content, file);
  let text = readFileSync(path, "utf8");
  for (const [from, to] of changes) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(path, text);
  const { problems } = await checkContent(content, PROJECT_ROOT);
  const report = problems.length
    ? formatReport(problems, { headline: bilingual("Pemeriksaan selesai", "Check finished") })
    : "";
  return {
    report,
    at: (line, field) =>
      `✖ ${relative(PROJECT_ROOT, join(content, file))}:${line}  kolom/field: ${field}`,
  };
}

function problem(where: string, id: string, idFix: string, en: string, enFix: string): string {
  return [
    where,
    `  ${id}`,
    `  Cara memperbaiki: ${idFix}`,
    `  ${en}`,
    `  How to fix: ${enFix}`,
  ].join("\n");
}

describe("mistakes in a running order", () => {
  it("the fixture itself is valid", async () => {
    expect((await reportAfter([["segmen: Pembukaan", "segmen: Pembukaan"]])).report).toBe("");
  });

  it("a time that is not a clock time", async () => {
    const { report, at } = await reportAfter([['jam: "19:30"', 'jam: "19.30"']]);
    expect(report).toContain(
      problem(
        at(14, "susunan_acara.1.jam"),
        '"19.30" bukan jam yang sah.',
        'tulis jam 24 di antara tanda kutip, misalnya "08:00".',
        '"19.30" is not a valid time.',
        'write a 24-hour time in quotes, e.g. "08:00".',
      ),
    );
  });

  it("a business slug the centre does not have, with the slugs that exist", async () => {
    const { report, at } = await reportAfter([["usaha: [batik-dua]", "usaha: [batik-tiga]"]]);
    expect(report).toContain(
      problem(
        at(22, "susunan_acara.2.usaha.0"),
        'Pengrajin "batik-tiga" tidak ada di sentra batik-uji.',
        'mungkin maksudnya "batik-dua"? Slug yang ada: batik-dua, batik-satu.',
        'There is no artisan "batik-tiga" in the centre batik-uji.',
        'did you mean "batik-dua"? The existing slugs are: batik-dua, batik-satu.',
      ),
    );
  });

  it("a time before the event starts", async () => {
    const { report, at } = await reportAfter([['jam: "19:00"', 'jam: "18:30"']]);
    expect(report).toContain(
      problem(
        at(11, "susunan_acara.0.jam"),
        "Jam 18:30 di susunan acara lebih awal dari mulai acara (2027-01-10 19:00).",
        "periksa jamnya; susunan acara berlangsung di antara mulai dan selesai acara (19:00 sampai 2027-01-11 00:30).",
        "The time 18:30 in the running order is before the event starts (2027-01-10 19:00).",
        "check the time; the running order lies between the event's start and end (19:00 to 2027-01-11 00:30).",
      ),
    );
  });

  it("a time after the event ends", async () => {
    const { report, at } = await reportAfter([['jam: "00:15"', 'jam: "01:00"']]);
    expect(report).toContain(
      problem(
        at(23, "susunan_acara.3.jam"),
        "Jam 01:00 di susunan acara sesudah acara selesai (2027-01-11 00:30).",
        "periksa jamnya, atau jam selesai acara di kolom selesai.",
        "The time 01:00 in the running order is after the event ends (2027-01-11 00:30).",
        "check the time, or the event's end time in selesai.",
      ),
    );
  });

  it("on a one-day event, a time earlier than the one above it", async () => {
    const { report, at } = await reportAfter([
      ['selesai: "2027-01-11 00:30"', 'selesai: "2027-01-10 22:00"'],
      ['jam: "23:45"', 'jam: "21:00"'],
      ['jam: "00:15"', 'jam: "20:30"'],
    ]);
    expect(report).toContain(
      problem(
        at(23, "susunan_acara.3.jam"),
        "Jam 20:30 di susunan acara lebih awal dari jam di atasnya (21:00).",
        "tulis susunan acara urut dari yang paling awal, atau periksa jamnya.",
        "The time 20:30 in the running order is earlier than the one above it (21:00).",
        "list the running order from the earliest time on, or check the time.",
      ),
    );
    expect(report).toContain("1 masalah di 1 berkas");
  });

  it("an English running order with a different number of items", async () => {
    const { report } = await reportAfter(
      [["  - {}\n", ""]],
      "batik-uji/acara/peragaan-mendatang.en.md",
    );
    expect(report).toContain(
      'Daftar "susunan_acara" berisi 3 isi, padahal berkas bahasa Indonesia punya 4.',
    );
  });
});

describe("the built event page", () => {
  let site: string;
  const page = (path: string) => parse(readPage(site, path));
  const ID = "batik-uji/acara/peragaan-mendatang/";
  const EN = "en/batik-uji/events/peragaan-mendatang/";

  beforeAll(() => {
    site = join(tempDir(), "_site");
    const run = runBuild(join(PROJECT_ROOT, "tests/fixtures/running-order/content"), site);
    expect(run.code, run.stderr).toBe(0);
  });

  const section = (root: HTMLElement) =>
    root.querySelector('section[aria-labelledby="susunan-acara"]')!;
  const rows = (root: HTMLElement) =>
    section(root)
      .querySelectorAll("ol > li")
      .map((li) =>
        li
          .querySelectorAll("time, p")
          .map((part) => part.textContent.trim())
          .join(" | "),
      );

  it("lists the running order in Indonesian, times as 19.30, the next day's date where it changes", () => {
    const root = page(ID);
    expect(section(root).querySelector("h2")!.textContent).toBe("Susunan acara");
    expect(rows(root)).toEqual([
      "19.00 | Pembukaan | Sambutan kepala dinas.",
      "19.30 | Koleksi Batik Pesisir | Perancang: Ayu Lestari, Bagus Pratama | Karya dari: Batik Satu, Batik Dua | Model: Siswa SMK Uji",
      "23.45 | Koleksi Tengah Malam | Perancang: Citra Dewi | Karya dari: Batik Dua",
      "00.15 11 Januari 2027 | Penutupan",
    ]);
    const times = section(root)
      .querySelectorAll("time")
      .map((time) => time.getAttribute("datetime"));
    expect(times).toEqual([
      "2027-01-10T19:00:00+07:00",
      "2027-01-10T19:30:00+07:00",
      "2027-01-10T23:45:00+07:00",
      "2027-01-11T00:15:00+07:00",
    ]);
  });

  it("links each business to its page, which exists", () => {
    const links = section(page(ID))
      .querySelectorAll("a")
      .map((a) => [a.textContent, a.getAttribute("href")!]);
    expect(links).toEqual([
      ["Batik Satu", "/batik-uji/pengrajin/batik-satu/"],
      ["Batik Dua", "/batik-uji/pengrajin/batik-dua/"],
      ["Batik Dua", "/batik-uji/pengrajin/batik-dua/"],
    ]);
    for (const [, href] of links) expect(readPage(site, href!.slice(1))).toContain("</html>");
  });

  it("shows the English words and English times on the English page, and marks what is still Indonesian", () => {
    const root = page(EN);
    expect(section(root).querySelector("h2")!.textContent).toBe("Running order");
    expect(rows(root)).toEqual([
      "7:00 pm | Opening | Welcome by the head of the office.",
      "7:30 pm | Coastal Batik Collection | Designers: Ayu Lestari, Bagus Pratama | Work by: Batik Satu, Batik Dua | Models: Siswa SMK Uji",
      "11:45 pm | Midnight Collection | Designer: Citra Dewi | Work by: Batik Dua",
      "12:15 am 11 January 2027 | Penutupan",
    ]);
    expect(
      section(root)
        .querySelectorAll('[lang="id"]')
        .map((e) => e.textContent),
    ).toEqual(["Siswa SMK Uji", "Penutupan"]);
    expect(section(root).querySelector("a")!.getAttribute("href")).toBe(
      "/en/batik-uji/artisans/batik-satu/",
    );
  });

  it("gives each segment as a subEvent in the JSON-LD, which still parses", () => {
    for (const [path, lang] of [
      [ID, "id"],
      [EN, "en"],
    ] as const) {
      const scripts = page(path).querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).toHaveLength(1);
      const event = (JSON.parse(scripts[0]!.innerHTML)["@graph"] as Record<string, any>[]).find(
        (node) => node["@type"] === "Event",
      )!;
      const subEvents = event.subEvent as Record<string, any>[];
      expect(subEvents.map((s) => [s["@type"], s.name, s.startDate, s.endDate])).toEqual([
        [
          "Event",
          lang === "id" ? "Pembukaan" : "Opening",
          "2027-01-10T19:00:00+07:00",
          "2027-01-10T19:30:00+07:00",
        ],
        [
          "Event",
          lang === "id" ? "Koleksi Batik Pesisir" : "Coastal Batik Collection",
          "2027-01-10T19:30:00+07:00",
          "2027-01-10T23:45:00+07:00",
        ],
        [
          "Event",
          lang === "id" ? "Koleksi Tengah Malam" : "Midnight Collection",
          "2027-01-10T23:45:00+07:00",
          "2027-01-11T00:15:00+07:00",
        ],
        ["Event", "Penutupan", "2027-01-11T00:15:00+07:00", "2027-01-11T00:30:00+07:00"],
      ]);
      const artisans = lang === "id" ? "pengrajin" : "artisans";
      expect(subEvents[1]!.performer).toEqual([
        {
          "@type": "Organization",
          name: "Batik Satu",
          url: `${TEST_SITE_URL}/${lang === "en" ? "en/" : ""}batik-uji/${artisans}/batik-satu/`,
        },
        {
          "@type": "Organization",
          name: "Batik Dua",
          url: `${TEST_SITE_URL}/${lang === "en" ? "en/" : ""}batik-uji/${artisans}/batik-dua/`,
        },
        { "@type": "Person", name: "Ayu Lestari" },
        { "@type": "Person", name: "Bagus Pratama" },
      ]);
      expect(subEvents[0]!.location).toEqual(event.location);
    }
  });
});
