/**
 * Bad content a tired editor or an attacker could write (docs/bad-inputs.md), one fixture
 * folder per scenario in tests/fixtures/bad/. A failing case must print the file, the field and
 * the fix, Bahasa Indonesia first, exit non-zero and leave the published site exactly as it was;
 * a safe case must render the content inert. Photos (cases 8 and 9) are in photos.test.ts.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import matter from "gray-matter";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import {
  copyFixture,
  FIXTURES,
  PROJECT_ROOT,
  readPage,
  runBuild,
  runCli,
  snapshot,
  tempDir,
} from "./helpers/cli.ts";

const CENTRE = "tenun-uji";
const contentOf = (scenario: string) => join(FIXTURES, "bad", scenario, "content");
/** A file as messages name it: relative to the project. */
const shown = (content: string, file: string) => relative(PROJECT_ROOT, join(content, file));

/** The site as published before any bad build, and its fingerprint. */
let site: string;
let published: Record<string, string>;

beforeAll(() => {
  site = join(tempDir(), "_site");
  expect(runBuild(join(FIXTURES, "valid-site/content"), site).code).toBe(0);
  published = snapshot(site);
});

/** The five lines one problem prints: where, then message and fix in Indonesian, then in English. */
function problem(where: string, id: string, idFix: string, en: string, enFix: string): string {
  return [
    `✖ ${where}`,
    `  ${id}`,
    `  Cara memperbaiki: ${idFix}`,
    `  ${en}`,
    `  How to fix: ${enFix}`,
  ].join("\n");
}

/** The closing lines; the count proves nothing else was reported beside the expected problems. */
function summary(problems: number, files: number): string {
  return [
    `Build dibatalkan: ${problems} masalah di ${files} berkas. ${site}/ tidak diubah.`,
    `Build stopped: ${problems} problem(s) in ${files} file(s). ${site}/ was not changed.`,
  ].join("\n");
}

/** Builds bad content over the published site: it must fail for people to read, and touch nothing. */
function failingBuild(content: string): string {
  const run = runBuild(content, site);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
  expect(snapshot(site)).toEqual(published); // no page changed, none added, none removed
  expect(readdirSync(dirname(site))).toEqual(["_site"]); // no staging or half-written folder beside it
  return run.stderr;
}

/** Builds content that must be accepted into a fresh folder (or over `into`) and returns it. */
function goodBuild(content: string, into = join(tempDir(), "_site")): string {
  const run = runBuild(content, into);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return into;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) =>
    name.endsWith(".html"),
  );
}

/** URL schemes that run code or carry a whole document; browsers ignore tabs, newlines and case in them. */
const DANGEROUS_URL = /^(javascript|vbscript|data):/i;
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "poster",
  "srcset",
]);
const MARKDOWN_TAGS = new Set([
  "p",
  "a",
  "em",
  "strong",
  "code",
  "pre",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "blockquote",
  "hr",
  "br",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "s",
]);

/** JSON-LD, which browsers never run, and the site's own scripts, which the build writes to /assets/. */
function isOwnScript(script: HTMLElement): boolean {
  return (
    script.getAttribute("type") === "application/ld+json" ||
    /^\/assets\/[\w.-]+\.js$/.test(script.getAttribute("src") ?? "")
  );
}

/** Everything in a page that a browser would run or let take over the page. */
function activeContent(html: string): string[] {
  const found: string[] = [];
  const root = parse(html);
  for (const element of root.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (tag === "script" && !isOwnScript(element))
      found.push(`<script ${element.rawAttrs}>${element.text.slice(0, 40)}`);
    if (["iframe", "frame", "object", "embed", "base"].includes(tag)) found.push(`<${tag}>`);
    if (tag === "meta" && element.getAttribute("http-equiv")) found.push("<meta http-equiv>");
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
      if (
        URL_ATTRIBUTES.has(name.toLowerCase()) &&
        DANGEROUS_URL.test(value.replace(/[\u0000-\u0020]/g, ""))
      )
        found.push(`<${tag} ${name}="${value}">`);
    }
  }
  // The site's own stylesheet is a file; a <style> in the body can only come from content.
  for (const style of root.querySelectorAll("body style"))
    found.push(`<style>${style.text.slice(0, 40)}`);
  // A rendered body holds only what Markdown itself makes.
  for (const element of root.querySelectorAll(".prose *"))
    if (!MARKDOWN_TAGS.has(element.tagName.toLowerCase()))
      found.push(`<${element.tagName.toLowerCase()}> in the body`);
  return found;
}

const prose = (root: HTMLElement) => root.querySelector(".prose")!;
const hrefs = (root: HTMLElement) => root.querySelectorAll("a").map((a) => a.getAttribute("href"));

describe("1. front matter in any language but YAML is refused, and its code never runs", () => {
  // Eleventy registers jsLegacy as gray-matter's JavaScript engine; with that default the fixtures run.
  const engines = (matter as unknown as { engines: Record<string, (source: string) => object> })
    .engines;

  it.each([
    ["front-matter-js", "js"],
    ["front-matter-javascript", "javascript"],
    ["front-matter-jslegacy", "jsLegacy"],
  ])("%s", (scenario, language) => {
    const content = contentOf(scenario);
    const marker = `/tmp/etalase-pwned-${scenario}`;
    // The fixture is live: gray-matter with its defaults runs it and the marker appears.
    rmSync(marker, { force: true });
    matter(readFileSync(join(content, CENTRE, "pengrajin/tenun-satu.md"), "utf8"), {
      engines: { jsLegacy: engines.javascript! },
    });
    expect(existsSync(marker)).toBe(true);
    rmSync(marker, { force: true });

    const stderr = failingBuild(content);
    expect(existsSync(marker)).toBe(false);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/pengrajin/tenun-satu.md`)}:1`,
        `Bagian data memakai format "${language}"; hanya YAML yang diterima.`,
        "ubah baris pertama menjadi --- saja dan tulis data sebagai YAML (kolom: nilai).",
        `The front matter uses "${language}"; only YAML is accepted.`,
        "make the first line just --- and write the data as YAML (key: value).",
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });

  it("front-matter-toml", () => {
    const content = contentOf("front-matter-toml");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      `✖ ${shown(content, `${CENTRE}/pengrajin/tenun-satu.md`)}:1\n  Bagian data memakai format "toml"; hanya YAML yang diterima.`,
    );
    expect(stderr).toContain('  The front matter uses "toml"; only YAML is accepted.');
    expect(stderr).toContain(summary(1, 1));
  });
});

describe("2. HTML and template syntax in content are shown as text, never active", () => {
  let built: string;
  beforeAll(() => {
    built = goodBuild(contentOf("html-in-markdown"));
  });

  it("no page has a script, frame, style, event handler or dangerous link from content", () => {
    const pages = htmlFiles(built);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(activeContent(readPage(built, page)), page).toEqual([]);
  });

  it("the visitor reads the tags in the body as text", () => {
    const html = readPage(built, `${CENTRE}/`);
    const text = prose(parse(html)).text;
    expect(text).toContain('<script>alert("skrip")</script>');
    expect(text).toContain('<iframe src="https://contoh.com/bingkai"></iframe>');
    expect(text).toContain("<style>body { display: none }</style>");
    expect(text).toContain(
      `<svg onload="alert('svg')"></svg> dan <a href="javascript:alert('a')">klik</a>`,
    );
    expect(html).not.toMatch(/<iframe|<svg onload|<style>body/i);
  });

  it("runs no template language over content", () => {
    const text = prose(parse(readPage(built, `${CENTRE}/`))).text;
    expect(text).toContain('Hitung {{ 7 * 7 }} dan {% include "/etc/passwd" %}.');
    expect(text).not.toContain("49");
  });

  it("escapes HTML in fields everywhere they appear: heading, title, description, JSON-LD", () => {
    const html = readPage(built, `${CENTRE}/`);
    const root = parse(html);
    expect(root.querySelector("h1")!.text.trim()).toBe(
      "Sentra Uji Tenun </script><script>alert('nama')</script>",
    );
    expect(root.querySelector("title")!.text).toContain(
      "Sentra Uji Tenun </script><script>alert('nama')</script>",
    );
    expect(root.querySelector('meta[name="description"]')!.getAttribute("content")).toBe(
      "Tenun <img src=x onerror=alert('ringkasan')> dari Kupang.",
    );
    // Besides the site's own scripts only the JSON-LD script element exists, and the name inside it cannot close it.
    expect(html.match(/<script[^>]*>/gi)!.filter((tag) => !/src="\/assets\//.test(tag))).toEqual([
      '<script type="application/ld+json">',
    ]);
    expect(html).not.toMatch(/<\/script><script>alert/i);
  });

  it("a business body with event handlers is text as well", () => {
    const text = prose(parse(readPage(built, `${CENTRE}/pengrajin/tenun-satu/`))).text;
    expect(text).toContain('Usaha <b onmouseover="alert(1)">keluarga</b>.');
    expect(text).toContain('<details open ontoggle="alert(2)">x</details>');
  });
});

describe("3. links with a script or a whole document behind them are not links", () => {
  let built: string;
  beforeAll(() => {
    built = goodBuild(contentOf("dangerous-links"));
  });

  it("only the http(s), mailto and tel links in the body are live", () => {
    for (const page of [`${CENTRE}/`, `en/${CENTRE}/`]) {
      const body = prose(parse(readPage(built, page)));
      expect(hrefs(body), page).toEqual([
        "https://contoh.go.id/",
        "mailto:sentra@contoh.go.id",
        "tel:+6281277778888",
      ]);
    }
  });

  it("the refused links stay readable as text", () => {
    const text = prose(parse(readPage(built, `${CENTRE}/`))).text;
    for (const written of [
      "[satu](javascript:alert(1))",
      "[dua](JaVaScRiPt:alert(2))",
      "[tiga](vbscript:msgbox(3))",
      "[empat](data:text/html;base64,",
      "[sepuluh][jahat]",
      "[tiga belas](//contoh.com/jalan-pintas)",
    ])
      expect(text).toContain(written);
  });

  it("no page has a javascript:, vbscript: or data: address anywhere, however it is spelt", () => {
    for (const page of htmlFiles(built)) {
      const html = readPage(built, page);
      expect(activeContent(html), page).toEqual([]);
      expect(html, page).not.toMatch(
        /(href|src)\s*=\s*["']?\s*(javascript|vbscript|data)(:|&colon;|&#)/i,
      );
    }
  });
});

describe("4. two entries with one slug", () => {
  it("names both files", () => {
    // `.MD` and `.md` are the same slug; the twin is made here, because two names that differ only in
    // case cannot both be checked out on macOS or Windows.
    const content = copyFixture("bad/duplicate-slug");
    const first = join(content, CENTRE, "pengrajin/tenun-satu.md");
    copyFileSync(first, `${first.slice(0, -3)}.MD`);
    const [a, b] = [
      shown(content, `${CENTRE}/pengrajin/tenun-satu.md`),
      shown(content, `${CENTRE}/pengrajin/tenun-satu.MD`),
    ];
    const stderr = failingBuild(content);
    for (const where of [a, b])
      expect(stderr).toContain(
        problem(
          where,
          `Slug "tenun-satu" dipakai oleh lebih dari satu berkas: ${a}, ${b}.`,
          "ganti nama salah satu berkas, atau gabungkan isinya menjadi satu.",
          `The slug "tenun-satu" is used by more than one file: ${a}, ${b}.`,
          "rename one of the files, or merge them into one.",
        ),
      );
    expect(stderr).toContain(summary(2, 2));
  });
});

describe("5. a file or folder name that cannot be an address gets the slug to use", () => {
  const fileRule = (name: string) =>
    [
      `Nama berkas "${name}" tidak boleh dipakai sebagai alamat halaman: hanya huruf kecil a-z, angka 0-9 dan tanda hubung.`,
      `The file name "${name}" cannot be used in a page address: only lowercase a-z, digits 0-9 and hyphens.`,
    ] as const;

  it.each([
    ["bad-slug-spaces", "tenun ibu sari", "tenun-ibu-sari"],
    ["bad-slug-non-ascii", "songket-ibu-ratné", "songket-ibu-ratne"],
  ])("%s", (scenario, name, suggestion) => {
    const content = contentOf(scenario);
    const [id, en] = fileRule(name);
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        shown(content, `${CENTRE}/pengrajin/${name}.md`),
        id,
        `ganti namanya menjadi "${suggestion}".`,
        en,
        `rename it to "${suggestion}".`,
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });

  it("bad-slug-dotdot, also when the dots hide the file", () => {
    const content = contentOf("bad-slug-dotdot");
    const stderr = failingBuild(content);
    for (const [name, suggestion] of [
      ["tenun..satu", "tenun-satu"],
      ["..tenun-dua", "tenun-dua"],
    ] as const) {
      const [id, en] = fileRule(name);
      expect(stderr).toContain(
        problem(
          shown(content, `${CENTRE}/pengrajin/${name}.md`),
          id,
          `ganti namanya menjadi "${suggestion}".`,
          en,
          `rename it to "${suggestion}".`,
        ),
      );
    }
    expect(stderr).toContain(summary(2, 2));
  });

  it("bad-slug-capitals, on a centre folder", () => {
    const content = contentOf("bad-slug-capitals");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        shown(content, "Tenun-Uji"),
        'Nama folder sentra "Tenun-Uji" tidak boleh dipakai sebagai alamat halaman: hanya huruf kecil a-z, angka 0-9 dan tanda hubung.',
        'ganti namanya menjadi "tenun-uji".',
        'The centre folder name "Tenun-Uji" cannot be used in a page address: only lowercase a-z, digits 0-9 and hyphens.',
        'rename it to "tenun-uji".',
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });
});

describe("a centre folder named like one of the site's own folders", () => {
  it("reserved-centre-slug: cari, en and pagefind would overwrite the search page, the English site and the index", () => {
    const content = contentOf("reserved-centre-slug");
    const stderr = failingBuild(content);
    for (const name of ["cari", "en", "pagefind"])
      expect(stderr).toContain(
        problem(
          shown(content, name),
          `Nama folder sentra "${name}" sudah dipakai oleh situs sendiri (alamat /${name}/), sehingga halaman sentra ini akan menimpa atau tertutup olehnya.`,
          `ganti nama foldernya, misalnya menjadi "sentra-${name}".`,
          `The centre folder name "${name}" is already used by the site itself (the address /${name}/), so this centre's pages would overwrite it or be hidden by it.`,
          `rename the folder, e.g. to "sentra-${name}".`,
        ),
      );
    // The valid centre beside them is not reported.
    expect(stderr).toContain(summary(3, 3));
  });
});

describe("6. keys that would steer the build are unknown fields", () => {
  const buildKey = (key: string) =>
    [
      `Kolom "${key}" tidak dikenal: kolom ini mengatur proses build dan tidak boleh ada di konten.`,
      `hapus baris "${key}:"; alamat dan tata letak halaman dibuat otomatis.`,
      `Unknown field "${key}": it steers the build and is not allowed in content.`,
      `remove the "${key}:" line; page addresses and layouts are made automatically.`,
    ] as const;

  it("permalink-key, and nothing is written where it points", () => {
    const content = contentOf("permalink-key");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/index.md`)}:17  kolom/field: permalink`,
        ...buildKey("permalink"),
      ),
    );
    expect(stderr).toContain(summary(1, 1));
    expect(existsSync(join(site, "../../luar"))).toBe(false);
  });

  it("layout-key, with eleventyComputed beside it", () => {
    const content = contentOf("layout-key");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/index.md`)}:17  kolom/field: layout`,
        ...buildKey("layout"),
      ),
    );
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/index.md`)}:18  kolom/field: eleventyComputed`,
        ...buildKey("eleventyComputed"),
      ),
    );
    expect(stderr).toContain(summary(2, 1));
  });

  it("prototype-key: __proto__ is a field like any other, and unknown", () => {
    const content = contentOf("prototype-key");
    const stderr = failingBuild(content);
    const known =
      "nama_usaha, pemilik, sejak, ringkasan, produk, whatsapp, instagram, marketplace, sertifikasi, nomor_booth, foto, contoh";
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/pengrajin/tenun-satu.md`)}:7  kolom/field: __proto__`,
        'Kolom "__proto__" tidak dikenal.',
        `hapus kolom ini. Kolom yang dikenal di sini: ${known}.`,
        'Unknown field "__proto__".',
        `remove it. The fields known here are: ${known}.`,
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });
});

describe("7. a misspelt key", () => {
  it("suggests the right key, and does not also call that key missing", () => {
    const content = contentOf("misspelt-key");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/index.md`)}:2  kolom/field: nmae`,
        'Kolom "nmae" tidak dikenal.',
        'mungkin maksudnya "nama"? Ganti "nmae:" menjadi "nama:".',
        'Unknown field "nmae".',
        'did you mean "nama"? Rename "nmae:" to "nama:".',
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });
});

describe("7. a misspelt key in a business file, with its English file beside it", () => {
  it("suggests the required field it resembles, and says nothing about the translation", () => {
    const content = contentOf("misspelt-key-business");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/pengrajin/tenun-satu.md`)}:2  kolom/field: nmae`,
        'Kolom "nmae" tidak dikenal.',
        'mungkin maksudnya "nama_usaha"? Ganti "nmae:" menjadi "nama_usaha:".',
        'Unknown field "nmae".',
        'did you mean "nama_usaha"? Rename "nmae:" to "nama_usaha:".',
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });
});

describe("10. a reference to an artisan that does not exist", () => {
  it("lists the slugs that do exist", () => {
    const content = contentOf("missing-artisan");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/acara/pelatihan.md`)}:7  kolom/field: pengrajin.1`,
        'Pengrajin "tenun-tiga" tidak ada di sentra tenun-uji.',
        'mungkin maksudnya "tenun-dua"? Slug yang ada: tenun-dua, tenun-satu.',
        'There is no artisan "tenun-tiga" in the centre tenun-uji.',
        'did you mean "tenun-dua"? The existing slugs are: tenun-dua, tenun-satu.',
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });
});

describe("11. dates that do not exist never roll over", () => {
  it("impossible-date: 2024-02-30", () => {
    const content = contentOf("impossible-date");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/index.md`)}:20  kolom/field: angka.0.tanggal`,
        'Tanggal "2024-02-30" tidak ada di kalender.',
        "Februari 2024 hanya punya 29 hari; periksa tanggalnya.",
        'The date "2024-02-30" does not exist in the calendar.',
        "February 2024 has only 29 days; check the date.",
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });

  it("month-13: 2024-13-45, with a time", () => {
    const content = contentOf("month-13");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/acara/pelatihan.md`)}:5  kolom/field: mulai`,
        'Tanggal "2024-13-45 09:00" tidak ada di kalender.',
        "bulan ditulis 01 sampai 12, bukan 13; periksa juga harinya.",
        'The date "2024-13-45 09:00" does not exist in the calendar.',
        "months go from 01 to 12, not 13; check the day too.",
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });

  it("slash-date: 30/02/2024, day first and not a real date either", () => {
    const content = contentOf("slash-date");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/index.md`)}:20  kolom/field: angka.0.tanggal`,
        '"30/02/2024" bukan tanggal dengan format TTTT-BB-HH.',
        "tulis tahun dulu, lalu bulan, lalu hari (TTTT-BB-HH), dan periksa tanggalnya: 30 Februari 2024 tidak ada di kalender.",
        '"30/02/2024" is not a date in YYYY-MM-DD form.',
        "write the year first, then the month, then the day (YYYY-MM-DD), and check the date: 30 February 2024 does not exist.",
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });

  it("end-before-start", () => {
    const content = contentOf("end-before-start");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/acara/pelatihan.md`)}:6  kolom/field: selesai`,
        "Acara selesai (2027-02-09 15:00) sebelum mulai (2027-02-10 09:00).",
        "periksa tanggal dan jam di kolom mulai dan selesai.",
        "The event ends (2027-02-09 15:00) before it starts (2027-02-10 09:00).",
        "check the dates and times in mulai and selesai.",
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });
});

describe("12. phone numbers", () => {
  it("are normalised when unquoted with a leading 0, with spaces, dashes or +62", () => {
    const built = goodBuild(contentOf("phone-formats"));
    const waLinks = (page: string) =>
      hrefs(parse(readPage(built, page)))
        .filter((h) => h?.startsWith("https://wa.me/"))
        .map((h) => h!.split("?")[0]);
    expect(waLinks(`${CENTRE}/`)).toContain("https://wa.me/6281277778888"); // 0812 7777 8888, unquoted
    expect(waLinks(`${CENTRE}/pengrajin/tenun-satu/`)).toContain("https://wa.me/6281344445555"); // 081344445555, unquoted
    expect(waLinks(`${CENTRE}/pengrajin/tenun-dua/`)).toContain("https://wa.me/6281366667777"); // +62 813-6666-7777
    expect(hrefs(parse(readPage(built, `${CENTRE}/kunjungi/`)))).toContain("tel:+62380821234"); // (0380) 821-234
  });

  it("phone-too-short", () => {
    const content = contentOf("phone-too-short");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/pengrajin/tenun-satu.md`)}:5  kolom/field: whatsapp`,
        'Nomor "0812-34" terlalu pendek.',
        "periksa lagi nomornya: nomor HP Indonesia punya 10 sampai 13 angka, misalnya 0812 3456 7890.",
        'The number "0812-34" is too short.',
        "check the number: Indonesian mobile numbers have 10 to 13 digits, e.g. 0812 3456 7890.",
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });

  it("phone-leading-zero-lost: an unquoted number without its 0 is ambiguous", () => {
    const content = contentOf("phone-leading-zero-lost");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/pengrajin/tenun-satu.md`)}:5  kolom/field: whatsapp`,
        "Nomor telepon ditulis tanpa tanda kutip, sehingga angka 0 di depannya bisa hilang.",
        'tulis nomor di antara tanda kutip, misalnya "0812 3456 7890".',
        "The phone number is not in quotes, so its leading 0 can be lost.",
        'put the number in quotes, e.g. "0812 3456 7890".',
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });
});

describe("13. empty and incomplete files name the fields they need", () => {
  const business = (content: string) => shown(content, `${CENTRE}/pengrajin/tenun-satu.md`);

  it("empty-file", () => {
    const content = contentOf("empty-file");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        business(content),
        "Berkas ini kosong.",
        "tulis bagian data di antara dua baris ---, dengan kolom wajib nama_usaha, pemilik, ringkasan, whatsapp; atau hapus berkasnya.",
        "This file is empty.",
        "write the front matter between two --- lines, with the required fields nama_usaha, pemilik, ringkasan, whatsapp; or delete the file.",
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });

  it("front-matter-only: two --- lines and nothing between", () => {
    const content = contentOf("front-matter-only");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${business(content)}:1`,
        "Bagian data (di antara dua baris ---) belum berisi kolom apa pun; kolom wajib: nama_usaha, pemilik, ringkasan, whatsapp.",
        'tambahkan satu baris untuk setiap kolom wajib, misalnya "nama_usaha: ...".',
        "The front matter (between the two --- lines) has no fields yet; required fields: nama_usaha, pemilik, ringkasan, whatsapp.",
        'add one line for each required field, e.g. "nama_usaha: ...".',
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });

  it("missing-required-field", () => {
    const content = contentOf("missing-required-field");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${business(content)}  kolom/field: whatsapp`,
        'Kolom wajib "whatsapp" belum diisi.',
        'tambahkan baris "whatsapp:" berisi nomor HP di antara tanda kutip, misalnya "0812 3456 7890".',
        'The required field "whatsapp" is missing.',
        'add a "whatsapp:" line with a mobile number in quotes, e.g. "0812 3456 7890".',
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });

  it("blank-field: a key with nothing after it", () => {
    const content = contentOf("blank-field");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${business(content)}:3  kolom/field: pemilik`,
        'Kolom "pemilik" kosong.',
        'setelah "pemilik:" tulis teks; kolom ini wajib.',
        'The field "pemilik" is empty.',
        'after "pemilik:" write text; this field is required.',
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });
});

describe("14. a byte-order mark and Windows line endings", () => {
  it("give the same site as the clean files, which also replaces a published site whole (no stale pages)", () => {
    // Over a copy of the published two-centre site: its pages must all go.
    const clean = join(tempDir(), "_site");
    cpSync(site, clean, { recursive: true });
    goodBuild(contentOf("bom-crlf"), clean);
    expect(existsSync(join(clean, "batik-uji"))).toBe(false);
    expect(existsSync(join(clean, "en/gerabah-uji"))).toBe(false);

    // The twin is made here: git could normalise the line endings of a checked-in copy.
    const windows = copyFixture("bad/bom-crlf");
    for (const name of readdirSync(windows, { recursive: true, encoding: "utf8" }).filter((n) =>
      n.endsWith(".md"),
    )) {
      const file = join(windows, name);
      writeFileSync(file, `\uFEFF${readFileSync(file, "utf8").replace(/\n/g, "\r\n")}`);
    }
    expect(readFileSync(join(windows, CENTRE, "index.md")).subarray(0, 7)).toEqual(
      Buffer.from("\uFEFF---\r", "utf8"),
    );
    expect(snapshot(goodBuild(windows))).toEqual(snapshot(clean));
  });
});

describe("15. oversized files are refused by their size, before parsing", () => {
  it("a 5 MB Markdown file and 100,000 * characters", () => {
    const content = copyFixture("bad/oversized");
    const header = readFileSync(join(content, CENTRE, "pengrajin/tenun-satu.md"), "utf8");
    const huge = join(content, CENTRE, "pengrajin/tenun-besar.md");
    const stars = join(content, CENTRE, "pengrajin/tenun-bintang.md");
    writeFileSync(
      huge,
      header.replace("Tenun Satu", "Tenun Besar") +
        "Kain tenun ikat dari Kupang. ".repeat((5 * 1024 * 1024) / 29),
    );
    writeFileSync(stars, header.replace("Tenun Satu", "Tenun Bintang") + "*".repeat(100_000));
    const stderr = failingBuild(content);
    for (const file of [huge, stars]) {
      const kb = Math.round(statSync(file).size / 1024);
      expect(stderr).toContain(
        problem(
          shown(content, relative(content, file)),
          `Berkas terlalu besar (${kb} KB, paling besar 64 KB).`,
          "tulis teks yang lebih pendek; foto disimpan di folder foto/, bukan di dalam teks.",
          `The file is too large (${kb} KB, at most 64 KB).`,
          "write shorter text; photos go in the foto/ folder, not inside the text.",
        ),
      );
    }
    expect(stderr).toContain(summary(2, 2));
  });
});

describe("16. YAML features that can blow up or change types", () => {
  const business = (content: string, line: number) =>
    `${shown(content, `${CENTRE}/pengrajin/tenun-satu.md`)}:${line}`;

  it("yaml-alias-bomb", () => {
    const content = contentOf("yaml-alias-bomb");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        business(content, 3),
        "Alias YAML (*nama) tidak diizinkan.",
        "tulis nilainya langsung, tanpa & dan *.",
        "YAML aliases (*name) are not allowed.",
        "write the value out in full, without & and *.",
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });

  it("yaml-tags: !!js/function is refused, not read as text", () => {
    const content = contentOf("yaml-tags");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        business(content, 3),
        'Tanda tipe YAML "!!js/function" tidak diizinkan.',
        "hapus tanda yang diawali ! dan tulis nilainya biasa; teks yang diawali angka 0 ditulis di antara tanda kutip.",
        'The YAML type tag "!!js/function" is not allowed.',
        "remove the tag starting with ! and write the value plainly; text starting with 0 goes in quotes.",
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });

  it("yaml-deep-nesting: 3,000 nested lists", () => {
    const content = contentOf("yaml-deep-nesting");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        business(content, 6),
        "Data bertingkat terlalu dalam untuk dibaca.",
        "tulis data dengan sederhana: kolom: nilai, dan daftar yang diawali tanda -.",
        "The data is nested too deeply to be read.",
        "write the data plainly: key: value, and lists starting with -.",
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });
});

describe("text that displays differently from what it says", () => {
  it("bidi-override: a right-to-left override in a name is refused", () => {
    const content = contentOf("bidi-override");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/pengrajin/tenun-satu.md`)}:2  kolom/field: nama_usaha`,
        "Teks berisi karakter kendali yang tidak terlihat.",
        "ketik ulang teks ini tanpa menyalin dari aplikasi lain.",
        "Text contains invisible control characters.",
        "retype the text instead of pasting it.",
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });
});

describe("symbolic links could pull any file of the build machine into the site", () => {
  it("are refused wherever they are, files and folders", () => {
    const content = copyFixture("bad/symlinks");
    const outside = tempDir();
    mkdirSync(join(outside, "pengrajin"));
    copyFileSync(join(content, CENTRE, "index.md"), join(outside, "index.md"));
    symlinkSync("/etc/passwd", join(content, CENTRE, "pengrajin/tenun-dua.md"));
    symlinkSync(outside, join(content, "sentra-lain"));
    const stderr = failingBuild(content);
    for (const link of [`${CENTRE}/pengrajin/tenun-dua.md`, "sentra-lain"])
      expect(stderr).toContain(
        problem(
          shown(content, link),
          "Ini tautan (symlink) ke tempat lain; Etalase hanya membaca berkas yang benar-benar ada di folder konten.",
          "ganti tautan ini dengan salinan berkas atau folder aslinya.",
          "This is a link (symlink) to somewhere else; Etalase only reads files that are really inside the content folder.",
          "replace the link with a copy of the real file or folder.",
        ),
      );
    expect(stderr).not.toContain("root:");
    expect(stderr).toContain(summary(2, 2));
  });
});

describe("a tired editor's several mistakes come in one report", () => {
  // An event with a date in the wrong form, an artisan who does not exist and a missing photo, and
  // a business with a year in words and a missing photo. The artisan and the photos used to show
  // only after the other mistakes were fixed: one more round of fixes each.
  const content = contentOf("several-mistakes");
  const event = shown(content, `${CENTRE}/acara/pelatihan.md`);
  const business = shown(content, `${CENTRE}/pengrajin/tenun-satu.md`);
  const missingPhoto = (where: string, photo: string) =>
    problem(
      where,
      `Foto "foto/${photo}": berkasnya tidak ditemukan.`,
      `simpan fotonya di ${shown(content, `${CENTRE}/foto/${photo}`)} atau perbaiki nama berkasnya (huruf besar-kecil berpengaruh).`,
      `Photo "foto/${photo}": the file was not found.`,
      `save the photo as ${shown(content, `${CENTRE}/foto/${photo}`)} or correct the file name (capitals matter).`,
    );
  const expected = [
    problem(
      `${event}:6  kolom/field: selesai`,
      '"10-02-2027 15.00" bukan tanggal dan jam dengan format TTTT-BB-HH JJ:MM.',
      'tulis misalnya "2026-12-12 09:00" (jam 24, waktu setempat).',
      '"10-02-2027 15.00" is not a date and time in YYYY-MM-DD HH:MM form.',
      'write e.g. "2026-12-12 09:00" (24-hour clock, local time).',
    ),
    problem(
      `${event}:7  kolom/field: pengrajin.1`,
      'Pengrajin "tenun-tiga" tidak ada di sentra tenun-uji.',
      'mungkin maksudnya "tenun-dua"? Slug yang ada: tenun-dua, tenun-satu.',
      'There is no artisan "tenun-tiga" in the centre tenun-uji.',
      'did you mean "tenun-dua"? The existing slugs are: tenun-dua, tenun-satu.',
    ),
    missingPhoto(`${event}:8  kolom/field: foto`, "pelatihan.jpg"),
    problem(
      `${business}:4  kolom/field: sejak`,
      '"dua ribu sepuluh" bukan angka.',
      "tulis angka bulat dengan digit saja, tanpa titik dan tanpa kata.",
      '"dua ribu sepuluh" is not a number.',
      "write a whole number in digits only, without dots or words.",
    ),
    missingPhoto(`${business}:8  kolom/field: foto.0`, "tenun-satu.jpg"),
  ];

  it("the build reports all five at once", () => {
    const stderr = failingBuild(content);
    // In file and line order: what a person reads top to bottom while fixing.
    expect(stderr).toContain(expected.join("\n\n"));
    expect(stderr).toContain(summary(5, 2));
  });

  it("npm run check reports the same five", () => {
    const run = runCli("check.ts", ["--content", content]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(expected.join("\n\n"));
    expect(run.stderr).toContain("Check finished: 5 problem(s) in 2 file(s).");
  });
});

describe("characters that cannot be text, whatever the field", () => {
  const broken = (where: string, code: string) =>
    problem(
      where,
      `Teks ini berisi karakter rusak (${code}) yang tidak bisa ditampilkan.`,
      "ketik ulang teks ini tanpa menyalin dari aplikasi lain; jangan menulis kode seperti \\ud800 di antara tanda kutip.",
      `This text contains a broken character (${code}) that cannot be shown.`,
      "retype this text instead of pasting it; do not write codes like \\ud800 inside quotes.",
    );
  // "\ud800" in double-quoted YAML is half of a character; it used to pass check and crash the renderer.
  const content = contentOf("lone-surrogate");
  const expected = [
    broken(`${shown(content, `${CENTRE}/acara/pameran.md`)}:2  kolom/field: judul`, "U+DFFF"),
    broken(`${shown(content, `${CENTRE}/index.md`)}:2  kolom/field: nama`, "U+D800"),
    broken(
      `${shown(content, `${CENTRE}/pengrajin/tenun-satu.md`)}:2  kolom/field: nama_usaha`,
      "U+D800",
    ),
  ];

  it("lone-surrogate: npm run check names the event title, the centre name and the business name", () => {
    const run = runCli("check.ts", ["--content", content]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(expected.join("\n\n"));
    expect(run.stderr).toContain("Check finished: 3 problem(s) in 3 file(s).");
  });

  it("lone-surrogate: the build stops with the same three and publishes nothing", () => {
    const stderr = failingBuild(content);
    expect(stderr).toContain(expected.join("\n\n"));
    expect(stderr).toContain(summary(3, 3));
  });
});

describe("links that hide where they go", () => {
  it("url-control-characters: a NUL in a shop address, a right-to-left override in the office's", () => {
    const content = contentOf("url-control-characters");
    const stderr = failingBuild(content);
    const control = (where: string, code: string) =>
      problem(
        where,
        `Alamat web ini berisi karakter kendali yang tidak terlihat (${code}).`,
        "ketik ulang alamatnya, atau salin dari kolom alamat di browser.",
        `This web address contains an invisible control character (${code}).`,
        "retype the address, or copy it from the browser's address bar.",
      );
    expect(stderr).toContain(
      control(`${shown(content, `${CENTRE}/index.md`)}:16  kolom/field: pengelola_url`, "U+202E"),
    );
    expect(stderr).toContain(
      control(
        `${shown(content, `${CENTRE}/pengrajin/tenun-satu.md`)}:8  kolom/field: marketplace.0.url`,
        "U+0000",
      ),
    );
    expect(stderr).toContain(summary(2, 2));
  });

  it("social-other-domain: Instagram on another site, a Shopee link that goes to Tokopedia", () => {
    const content = contentOf("social-other-domain");
    const stderr = failingBuild(content);
    const instagram = (where: string, url: string, host: string) =>
      problem(
        where,
        `"${url}" bukan alamat Instagram: alamatnya menuju ${host}, bukan instagram.com.`,
        "tulis alamat halaman di Instagram, misalnya https://www.instagram.com/tapis.sigermas",
        `"${url}" is not an address on Instagram: it goes to ${host}, not instagram.com.`,
        "write the address of the page on Instagram, e.g. https://www.instagram.com/tapis.sigermas",
      );
    const business = shown(content, `${CENTRE}/pengrajin/tenun-satu.md`);
    expect(stderr).toContain(
      instagram(
        `${shown(content, `${CENTRE}/index.md`)}:17  kolom/field: media_sosial.instagram`,
        "https://instagram.evil.example/tenun.uji",
        "instagram.evil.example",
      ),
    );
    expect(stderr).toContain(
      instagram(
        `${business}:6  kolom/field: instagram`,
        "https://evil.example/tenun.satu",
        "evil.example",
      ),
    );
    expect(stderr).toContain(
      problem(
        `${business}:9  kolom/field: marketplace.0.url`,
        '"https://www.tokopedia.com/tenun-satu" bukan alamat Shopee: alamatnya menuju www.tokopedia.com, bukan shopee.co.id atau shope.ee.',
        "tulis alamat halaman di Shopee, misalnya https://shopee.co.id/batiksatu",
        '"https://www.tokopedia.com/tenun-satu" is not an address on Shopee: it goes to www.tokopedia.com, not shopee.co.id or shope.ee.',
        "write the address of the page on Shopee, e.g. https://shopee.co.id/batiksatu",
      ),
    );
    expect(stderr).toContain(summary(3, 2));
  });

  it("email-bcc: an e-mail with ?bcc= and a subject would send copies from every visitor's mail program", () => {
    const content = contentOf("email-bcc");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        `${shown(content, `${CENTRE}/index.md`)}:15  kolom/field: email`,
        '"dinas@contoh.go.id?bcc=semua@contoh.go.id&subject=Promo" bukan satu alamat e-mail.',
        "tulis satu alamat saja, misalnya nama@contoh.go.id, tanpa mailto:, spasi, koma, atau tanda ? & =.",
        '"dinas@contoh.go.id?bcc=semua@contoh.go.id&subject=Promo" is not one e-mail address.',
        "write one address only, e.g. name@example.go.id, without mailto:, spaces, commas, or ? & =.",
      ),
    );
    expect(stderr).toContain(summary(1, 1));
  });
});

describe("names starting with a dot are hidden, so they are reported instead of skipped", () => {
  const hidden = (where: string, name: string) =>
    problem(
      where,
      `Nama "${name}" diawali titik: berkas dan folder yang namanya diawali titik tersembunyi dan tidak diterbitkan.`,
      `ganti namanya tanpa titik di depan, misalnya "${name.slice(1)}"; kalau ini draf, pindahkan ke luar folder content/.`,
      `The name "${name}" starts with a dot: files and folders whose names start with a dot are hidden and are not published.`,
      `rename it without the leading dot, e.g. "${name.slice(1)}"; if it is a draft, move it out of the content/ folder.`,
    );

  it("dot-folder-centre: a whole centre in .tenun-baru/ no longer vanishes in silence", () => {
    const content = contentOf("dot-folder-centre");
    const stderr = failingBuild(content);
    expect(stderr).toContain(hidden(shown(content, ".tenun-baru"), ".tenun-baru"));
    expect(stderr).toContain(summary(1, 1));
  });

  it("dot-file: .catatan and a hidden folder of photos are reported; .DS_Store and Thumbs.db are not content and pass", () => {
    const content = copyFixture("bad/dot-file");
    writeFileSync(join(content, ".DS_Store"), "\x00\x00\x00\x01Bud1");
    writeFileSync(join(content, CENTRE, ".DS_Store"), "\x00\x00\x00\x01Bud1");
    writeFileSync(join(content, CENTRE, "pengrajin/Thumbs.db"), "\x00");
    mkdirSync(join(content, ".unggahan"));
    writeFileSync(join(content, ".unggahan/kain.jpg"), "\xff\xd8");
    const stderr = failingBuild(content);
    expect(stderr).toContain(hidden(shown(content, `${CENTRE}/.catatan`), ".catatan"));
    expect(stderr).toContain(hidden(shown(content, ".unggahan"), ".unggahan"));
    expect(stderr).toContain(summary(2, 2));
  });

  it("a file saved as tenun-dua.md.txt, or any other file where none belongs, is reported with its right name", () => {
    const content = copyFixture("bad/dot-file");
    rmSync(join(content, CENTRE, ".catatan"));
    writeFileSync(
      join(content, CENTRE, "pengrajin/tenun-dua.md.txt"),
      "---\nnama_usaha: Tenun Dua\n---\n",
    );
    writeFileSync(join(content, "daftar-sentra.xlsx"), "x");
    const stderr = failingBuild(content);
    expect(stderr).toContain(
      problem(
        shown(content, `${CENTRE}/pengrajin/tenun-dua.md.txt`),
        "Hanya berkas .md yang boleh ada di folder ini.",
        'ganti namanya menjadi "tenun-dua.md".',
        "Only .md files belong in this folder.",
        'rename it to "tenun-dua.md".',
      ),
    );
    expect(stderr).toContain(
      problem(
        shown(content, "daftar-sentra.xlsx"),
        "Berkas ini tidak dipakai: di folder content/ hanya ada satu folder untuk setiap sentra.",
        "foto disimpan di folder foto/ milik sentra; berkas lain pindahkan ke luar folder content/.",
        "This file is not used: content/ holds only one folder for each centre.",
        "photos go in the centre's foto/ folder; move other files out of the content/ folder.",
      ),
    );
    expect(stderr).toContain(summary(2, 2));
  });
});

describe("17. after every failure above", () => {
  it("the published site is still the valid one, byte for byte", () => {
    expect(snapshot(site)).toEqual(published);
    expect(readPage(site, "batik-uji/")).toContain("Sentra Uji Batik");
  });
});
