/**
 * Languages are data: the three-languages fixture adds Simplified Chinese with a `languages/`
 * folder beside its content (the list plus zh.json) and `.zh.md` translations, and no code. The
 * build must give every page in three languages, linked to each other.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, readPage, runBuild, runCli, tempDir, TEST_SITE_URL } from "./helpers/cli.ts";
import { modelPages } from "./helpers/outputs.ts";

const FIXTURE = join(FIXTURES, "three-languages");
let site: string;
let run: ReturnType<typeof runBuild>;

beforeAll(() => {
  site = join(tempDir(), "_site");
  run = runBuild(join(FIXTURE, "content"), site);
});

const page = (path: string): HTMLElement => parse(readPage(site, path));
const EVENT = {
  id: "batik-uji/acara/peragaan-mendatang/",
  en: "en/batik-uji/events/peragaan-mendatang/",
  zh: "zh/batik-uji/huodong/peragaan-mendatang/",
};

describe("a site with a third language in its own languages/ folder", () => {
  it("builds every page in each of the three languages", async () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // Every page of the model in each of the three languages, and the one 404 page.
    const pages = await modelPages(join(FIXTURE, "content"));
    expect(new Set(pages.map((p) => p.lang))).toEqual(new Set(["id", "en", "zh"]));
    expect(pages.filter((p) => p.lang === "zh").length).toBe(
      pages.filter((p) => p.lang === "en").length,
    );
    expect(run.stdout).toContain(`etalase: ${pages.length} halaman/pages, 2 sentra/centres`);
    for (const [lang, paths] of Object.entries({
      id: ["", "batik-uji/", "batik-uji/pengrajin/batik-satu/", EVENT.id, "cari/"],
      en: ["en/", "en/batik-uji/", "en/batik-uji/artisans/batik-satu/", EVENT.en, "en/search/"],
      zh: [
        "zh/",
        "zh/batik-uji/",
        "zh/batik-uji/shougongyiren/batik-satu/",
        EVENT.zh,
        "zh/sousuo/",
        "zh/batik-uji/canguan/",
      ],
    }))
      for (const path of paths)
        expect(page(path).querySelector("html")!.getAttribute("lang"), path).toBe(lang);
    expect(existsSync(join(site, "zh/batik-uji/rili.ics"))).toBe(true);
    expect(existsSync(join(site, "zh/batik-uji/feed.xml"))).toBe(true);
  });

  it("shows the Chinese translation, and marks an untranslated centre's words as Indonesian", () => {
    expect(page("zh/batik-uji/").querySelector("h1")!.text).toBe("蜡染测试中心");
    expect(page(EVENT.zh).querySelector("h1")!.text).toBe("蜡染时装秀");
    const untranslated = page("zh/gerabah-uji/");
    expect(untranslated.querySelector("p.notice:not(.notice--sample)")!.text).toBe(
      "此条目尚未翻译，以印度尼西亚语显示。",
    );
    expect(untranslated.querySelector("h1")!.getAttribute("lang")).toBe("id");
  });

  it("links every language's page to all three with hreflang, and the default as x-default", () => {
    for (const path of Object.values(EVENT)) {
      const alternates = page(path)
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]);
      expect(alternates, path).toEqual([
        ["id", `${TEST_SITE_URL}/${EVENT.id}`],
        ["en", `${TEST_SITE_URL}/${EVENT.en}`],
        ["zh", `${TEST_SITE_URL}/${EVENT.zh}`],
        ["x-default", `${TEST_SITE_URL}/${EVENT.id}`],
      ]);
    }
    const sitemap = readFileSync(join(site, "sitemap.xml"), "utf8");
    expect(sitemap).toContain(
      `<xhtml:link rel="alternate" hreflang="zh" href="${TEST_SITE_URL}/${EVENT.zh}"/>`,
    );
  });

  it("offers a switch to each other language, named in that language", () => {
    const switches = (path: string) =>
      page(path)
        .querySelectorAll(".lang-switch")
        .map((a) => [
          a.getAttribute("lang"),
          a.text,
          a.getAttribute("href"),
          a.getAttribute("title"),
        ]);
    expect(switches(EVENT.id)).toEqual([
      ["en", "English", `/${EVENT.en}`, "Baca dalam bahasa Inggris"],
      ["zh", "简体中文", `/${EVENT.zh}`, "Baca dalam bahasa 简体中文"],
    ]);
    expect(switches(EVENT.zh)).toEqual([
      ["id", "Bahasa Indonesia", `/${EVENT.id}`, "用印度尼西亚语阅读"],
      ["en", "English", `/${EVENT.en}`, "用英语阅读"],
    ]);
  });

  it("writes times as each language does: 19.00, 7:00 pm, 19:00", () => {
    const when = (path: string) => page(path).querySelector(".facts time")!.text;
    expect(when(EVENT.id)).toBe("Minggu, 10 Januari 2027, 19.00–21.00 WIB");
    expect(when(EVENT.en)).toBe("Sunday, 10 January 2027, 7:00 pm–9:00 pm WIB");
    expect(when(EVENT.zh)).toBe("2027年1月10日星期日, 19:00–21:00 WIB");
  });

  it("gives the open data a column per translation language", () => {
    const header = readFileSync(join(site, "data/centres.csv"), "utf8")
      .replace(/^\ufeff/, "")
      .split(/\r?\n/)[0]!
      .split(",");
    expect(header.slice(0, 7)).toEqual([
      "slug",
      "url",
      "url_en",
      "url_zh",
      "nama",
      "nama_en",
      "nama_zh",
    ]);
  });
});

describe("a language list with a mistake", () => {
  it("stops the build and npm run check, naming the dictionary and the missing words", () => {
    const project = tempDir();
    cpSync(FIXTURE, project, { recursive: true });
    const dictionary = JSON.parse(readFileSync(join(project, "languages/zh.json"), "utf8")) as {
      words: Record<string, string>;
    };
    delete dictionary.words.siteName;
    writeFileSync(join(project, "languages/zh.json"), JSON.stringify(dictionary));
    const failed = runBuild(join(project, "content"), join(project, "_site"));
    expect(failed.code).not.toBe(0);
    expect(failed.stdout + failed.stderr).toContain(
      "Kata berikut belum ada di kamus ini: words.siteName.",
    );
    expect(failed.stdout + failed.stderr).toContain(
      "These words are missing from this dictionary: words.siteName.",
    );
    expect(failed.stdout + failed.stderr).toMatch(/languages\/zh\.json/);
    const checked = runCli("check.ts", ["--content", join(project, "content")]);
    expect(checked.code).not.toBe(0);
    expect(checked.stdout + checked.stderr).toContain(
      "These words are missing from this dictionary: words.siteName.",
    );
  });
});

describe("the CMS of a site with three languages", () => {
  it("has a translation collection per language after the default, writing <slug>.<code>.md", async () => {
    const { cmsCentres } = await import("../scripts/cms/centres.ts");
    const { cmsConfig } = await import("../scripts/cms/config.ts");
    const config = cmsConfig({
      contentDir: "content",
      centres: await cmsCentres(join(FIXTURE, "content"), FIXTURE),
    }) as {
      collections: {
        name: string;
        label: string;
        files?: { file: string; fields: { label: string }[] }[];
      }[];
    };
    const batik = config.collections.filter((c) => c.name.startsWith("batik-uji-"));
    expect(batik.map((c) => c.name)).toEqual([
      "batik-uji-sentra",
      "batik-uji-pengrajin",
      "batik-uji-acara",
      "batik-uji-inggris",
      "batik-uji-zh",
    ]);
    const zh = batik.at(-1)!;
    expect(zh.label).toBe("Sentra Uji Batik: teks bahasa 简体中文");
    expect(zh.files!.map((f) => f.file)).toContain(
      "content/batik-uji/acara/peragaan-mendatang.zh.md",
    );
    expect(zh.files![0]!.fields.map((f) => f.label)).toContain("Nama sentra (简体中文)");
  });
});
