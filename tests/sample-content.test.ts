/**
 * The sample site in content/: every business and every product shows a picture of its own (no two
 * share a file, nor the same bytes under another name), and each is marked as a drawn illustration
 * with alt texts that say so, in both languages.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../scripts/content/load.ts";
import type { Photo } from "../scripts/schema/photo.ts";
import { PROJECT_ROOT } from "./helpers/cli.ts";

interface Shown {
  /** "tapis-siger-emas" or "tapis-siger-emas: Selendang Tapis" */
  readonly who: string;
  readonly centre: string;
  readonly photo: Photo | undefined;
}

let shown: Shown[] = [];

beforeAll(async () => {
  const loaded = await loadContent("content", PROJECT_ROOT);
  expect(loaded.problems).toEqual([]);
  const graph = loaded.graph!;
  shown = graph.centres.flatMap((centre) =>
    graph.businessesOf(centre).flatMap((business) => [
      { who: business.slug, centre: centre.slug, photo: business.data.foto[0] },
      ...business.data.produk.map((product) => ({
        who: `${business.slug}: ${product.nama}`,
        centre: centre.slug,
        photo: product.foto,
      })),
    ]),
  );
});

const file = (s: Shown) => join(PROJECT_ROOT, "content", s.centre, s.photo!.berkas);

describe("sample content pictures", () => {
  it("has businesses and products in both sample centres", () => {
    expect(new Set(shown.map((s) => s.centre))).toEqual(
      new Set(["tapis-bandarlampung", "tenun-ikat-sikka"]),
    );
    expect(shown.length).toBeGreaterThanOrEqual(20);
  });

  it("gives every business and product a photo file that exists", () => {
    expect(shown.filter((s) => !s.photo).map((s) => s.who)).toEqual([]);
    expect(
      shown.filter((s) => !existsSync(file(s))).map((s) => `${s.who}: ${s.photo!.berkas}`),
    ).toEqual([]);
  });

  it("never shows one file, or the same picture under two names, for two of them", () => {
    const byName = new Map<string, string[]>();
    const byBytes = new Map<string, string[]>();
    for (const s of shown) {
      const name = `${s.centre}/${s.photo!.berkas}`;
      const bytes = createHash("sha256")
        .update(readFileSync(file(s)))
        .digest("hex");
      byName.set(name, [...(byName.get(name) ?? []), s.who]);
      byBytes.set(bytes, [...(byBytes.get(bytes) ?? []), s.who]);
    }
    expect([...byName.values()].filter((who) => who.length > 1)).toEqual([]);
    expect([...byBytes.values()].filter((who) => who.length > 1)).toEqual([]);
  });

  it("marks each as an illustration, with alt texts that say so", () => {
    const wrong = shown.filter(
      ({ photo }) =>
        !photo!.ilustrasi ||
        !photo!.alt.startsWith("Ilustrasi") ||
        !photo!.alt_en.startsWith("Illustration"),
    );
    expect(wrong.map((s) => `${s.who}: ${s.photo!.alt} / ${s.photo!.alt_en}`)).toEqual([]);
  });

  it("describes each picture in its own words", () => {
    const alts = shown.map((s) => s.photo!.alt);
    expect(new Set(alts).size).toBe(alts.length);
  });
});
