/**
 * docs/panduan-staf.md, the staff guide: its list of messages is what the code prints today (a new
 * or reworded message fails here until `npx tsx scripts/cms/error-catalog.ts` is run), and every
 * picture it shows is there.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BEGIN, catalogMarkdown, collectMessages, END, GUIDE } from "../scripts/cms/error-catalog.ts";
import { PROJECT_ROOT } from "./helpers/cli.ts";

const guide = readFileSync(join(PROJECT_ROOT, GUIDE), "utf8");

describe("the staff guide", () => {
  it("lists every kind of message check prints, as the code words it now", async () => {
    const section = guide.slice(guide.indexOf(BEGIN), guide.indexOf(END) + END.length);
    const entries = await collectMessages(PROJECT_ROOT);
    expect(entries.length).toBeGreaterThan(30);
    expect(section).toBe(catalogMarkdown(entries));
  });

  it("shows pictures that exist, each with a description", () => {
    const pictures = [...guide.matchAll(/!\[([^\]]*)\]\(([^)]+\.png)\)|<img src="([^"]+\.png)" alt="([^"]*)"/g)].map((m) => ({ file: m[2] ?? m[3]!, alt: m[1] ?? m[4]! }));
    expect(pictures.length).toBeGreaterThanOrEqual(10);
    expect(pictures.filter((p) => !existsSync(join(PROJECT_ROOT, "docs", p.file)))).toEqual([]);
    expect(pictures.filter((p) => p.alt.trim().length < 10)).toEqual([]);
  });
});
