/**
 * What a visitor reads on the valid fixture's pages, built on a Saturday (TEST_NOW): today's hours
 * with the date they are for, the way there, past events told apart from coming ones, links in
 * plain words, sharing on WhatsApp, and one link per card.
 */
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, readPage, runBuild, tempDir, TEST_SITE_URL } from "./helpers/cli.ts";
import { weekdayAt } from "../templates/lib/today.ts";

let site: string;
beforeAll(() => {
  site = join(tempDir(), "_site");
  const run = runBuild(join(FIXTURES, "valid-site/content"), site);
  expect(run.stderr).toBe("");
});

const page = (path: string, dir = site): HTMLElement => parse(readPage(dir, path));
const text = (root: HTMLElement, selector: string) =>
  root.querySelector(selector)?.text.replace(/\s+/g, " ").trim();
const hrefs = (root: HTMLElement, selector: string) =>
  root.querySelectorAll(selector).map((a) => a.getAttribute("href"));
const headings = (root: HTMLElement) => root.querySelectorAll("main h2").map((h) => h.text.trim());

describe("today's opening hours on a centre's home page", () => {
  it("says the centre is closed today, which day that is, and when it opens again", () => {
    const root = page("batik-uji/");
    expect(text(root, ".glance__hours")).toBe(
      "Hari ini (Sabtu, 28 November 2026): tutup (buka lagi Senin, 08.00–16.00 WIB) Jam buka seminggu",
    );
    expect(hrefs(root, ".glance__hours a")).toEqual(["/batik-uji/kunjungi/#jam"]);
    expect(page("batik-uji/kunjungi/").querySelector("#jam")?.text).toBe("Jam buka");
  });
  it("in English, with English day names and times", () => {
    expect(text(page("en/batik-uji/"), ".glance__hours")).toBe(
      "Today (Saturday, 28 November 2026): closed (opens again Monday, 8:00 am–4:00 pm WIB) Weekly hours",
    );
  });
  it("gives the hours of a centre open today, in its own time zone", () => {
    expect(text(page("gerabah-uji/"), ".glance__hours")).toBe(
      "Hari ini (Sabtu, 28 November 2026): 09.00–15.00 WITA Jam buka seminggu",
    );
  });
  it("counts the day in the centre's zone: 23:30 WIB on Sunday is already Monday in WITA and WIT", () => {
    const instant = Date.parse("2026-11-29T23:30:00+07:00");
    expect([
      weekdayAt(instant, "WIB"),
      weekdayAt(instant, "WITA"),
      weekdayAt(instant, "WIT"),
    ]).toEqual(["minggu", "senin", "senin"]);
  });
});

describe("the way there", () => {
  it("gives the address, directions for the phone's maps app, a geo: link and OpenStreetMap", () => {
    const root = page("batik-uji/");
    expect(text(root, ".glance__address")).toBe("Jl. Uji Coba No. 1, Kota Pekalongan");
    expect(hrefs(root, ".glance a:not(.button--wa)").slice(1)).toEqual([
      "https://www.google.com/maps/dir/?api=1&destination=-6.89,109.67",
      "geo:-6.89,109.67",
      "https://www.openstreetmap.org/?mlat=-6.89&mlon=109.67#map=17/-6.89/109.67",
    ]);
    expect(text(root, ".glance__directions")).toBe("Petunjuk arah");
    expect(hrefs(root, ".glance .button--wa")[0]).toMatch(/^https:\/\/wa\.me\/62/);
    expect(hrefs(page("batik-uji/kunjungi/"), "#alamat ~ p a")).toEqual([
      "https://www.google.com/maps/dir/?api=1&destination=-6.89,109.67",
      "geo:-6.89,109.67",
      "https://www.openstreetmap.org/?mlat=-6.89&mlon=109.67#map=17/-6.89/109.67",
    ]);
  });
});

describe("past is past", () => {
  it("a past event says so first, with its dates, and offers no calendar entry or registration", () => {
    const root = page("batik-uji/acara/pameran-lalu/");
    const notice = root.querySelector("main .notice--past");
    expect(notice?.text.replace(/\s+/g, " ").trim()).toMatch(
      /^Acara ini sudah lewat\. Berlangsung Minggu, 1 Maret 2026, 09\.00 – Selasa, 3 Maret 2026, 17\.00 WIB\.$/,
    );
    const html = readPage(site, "batik-uji/acara/pameran-lalu/");
    expect(html.indexOf("notice--past")).toBeLessThan(html.indexOf("<h1"));
    expect(root.querySelectorAll("a[type='text/calendar'], a[href$='.ics']")).toEqual([]);
    expect(root.querySelectorAll(".button--wa")).toEqual([]);
    expect(text(page("en/batik-uji/events/pameran-lalu/"), ".notice--past")).toMatch(
      /^This event has ended\. It took place Sunday, 1 March 2026/,
    );
  });
  it("an upcoming event offers 'Simpan ke kalender' and has no past notice", () => {
    const root = page("batik-uji/acara/peragaan-mendatang/");
    expect(root.querySelector(".notice--past")).toBeNull();
    expect(root.querySelectorAll("a[type='text/calendar']").map((a) => a.text.trim())).toEqual([
      "Simpan ke kalender",
    ]);
    expect(
      page("en/batik-uji/events/peragaan-mendatang/")
        .querySelector("a[type='text/calendar']")
        ?.text.trim(),
    ).toBe("Save to calendar");
  });
  it("the centre's home page lists coming and past events apart, under their own headings", () => {
    const root = page("batik-uji/");
    expect(headings(root)).toEqual(
      expect.arrayContaining(["Acara akan datang", "Acara yang sudah lewat"]),
    );
    expect(hrefs(root, "#acara + ul .card__title a")).toEqual([
      "/batik-uji/acara/peragaan-mendatang/",
    ]);
    expect(hrefs(root, "#acara-lalu + ul .card__title a")).toEqual([
      "/batik-uji/acara/pameran-lalu/",
    ]);
    expect(text(root, "#acara-lalu + ul .status--past")).toBe("Sudah lewat");
  });
  it("a business page does the same with the events it takes part in", () => {
    const root = page("batik-uji/pengrajin/batik-dua/");
    expect(hrefs(root, "#acara + ul .card__title a")).toEqual([
      "/batik-uji/acara/peragaan-mendatang/",
    ]);
    expect(hrefs(root, "#acara-lalu + ul .card__title a")).toEqual([
      "/batik-uji/acara/pameran-lalu/",
    ]);
    expect(headings(page("en/batik-uji/artisans/batik-dua/"))).toEqual(
      expect.arrayContaining(["Upcoming events", "Past events"]),
    );
  });
});

describe("words visitors use", () => {
  it("names the calendar and the feed in plain words, with no file format in sight", () => {
    const list = page("batik-uji/acara/");
    expect(list.querySelectorAll(".links-inline a").map((a) => a.text.trim())).toEqual([
      "Simpan semua acara ke kalender",
      "Ikuti kabar acara",
    ]);
    expect(
      page("en/batik-uji/events/")
        .querySelectorAll(".links-inline a")
        .map((a) => a.text.trim()),
    ).toEqual(["Save all events to calendar", "Follow events"]);
    for (const path of [
      "batik-uji/acara/",
      "batik-uji/acara/peragaan-mendatang/",
      "en/batik-uji/events/",
    ])
      expect(page(path).querySelector("body")!.text, path).not.toMatch(/\.ics|Atom/);
  });
});

describe("share on WhatsApp", () => {
  it.each([
    { path: "batik-uji/", title: "Sentra Uji Batik" },
    { path: "batik-uji/pengrajin/batik-satu/", title: "Batik Satu" },
    { path: "batik-uji/acara/peragaan-mendatang/", title: "Peragaan Busana Batik" },
    { path: "en/batik-uji/events/peragaan-mendatang/", title: "Batik Fashion Show" },
  ])("$path shares its title and full address", ({ path, title }) => {
    const share = page(path).querySelector("a.share__wa");
    expect(share?.getAttribute("href")).toBe(
      `https://wa.me/?text=${encodeURIComponent(`${title} ${TEST_SITE_URL}/${path}`)}`,
    );
    expect(share?.text.trim()).toBe(
      path.startsWith("en/") ? "Share on WhatsApp" : "Bagikan ke WhatsApp",
    );
  });
  it("is left out of a site built without its address, which has no full address to share", () => {
    const bare = join(tempDir(), "_site");
    expect(
      runBuild(join(FIXTURES, "valid-site/content"), bare, { ETALASE_SITE_URL: "" }).code,
    ).toBe(0);
    for (const path of [
      "batik-uji/",
      "batik-uji/pengrajin/batik-satu/",
      "batik-uji/acara/peragaan-mendatang/",
    ]) {
      expect(page(path, bare).querySelector(".glance, .intro")).not.toBeNull();
      expect(page(path, bare).querySelectorAll("a[href^='https://wa.me/?']"), path).toEqual([]);
    }
  });
});

describe("cards", () => {
  it("hold exactly one link each, to their page, on every list", () => {
    for (const path of [
      "",
      "batik-uji/",
      "batik-uji/pengrajin/",
      "batik-uji/acara/",
      "batik-uji/pengrajin/batik-dua/",
      "en/",
    ]) {
      const cards = page(path).querySelectorAll(".card");
      expect(cards.length, path).toBeGreaterThan(0);
      expect(
        cards
          .filter((card) => card.querySelectorAll("a").length !== 1)
          .map((card) => card.text.trim().slice(0, 40)),
        path,
      ).toEqual([]);
    }
  });
});
