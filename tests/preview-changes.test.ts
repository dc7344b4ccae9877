/**
 * Which centre a saved file belongs to, as Eleventy names the file: relative to the project, with
 * the leading `../` of a content folder outside the project dropped. Wherever the project is.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { changesOf } from "../scripts/preview/changes.ts";

const PHOTOS = () => new Set<string>();

afterEach(() => vi.restoreAllMocks());

describe("a saved business file", () => {
  it.each([
    ["/tmp/ci-clone", "/tmp/etalase-test-Ab1/content", "./etalase-test-Ab1/content"],
    ["/work/main", "/tmp/etalase-test-Ab1/content", "./tmp/etalase-test-Ab1/content"],
    ["/work/main", "/work/main/content", "./content"],
    ["/work/main", "/work/main/content", "content"],
  ])("with the project in %s and the content in %s: only its centre", (cwd, content, reported) => {
    vi.spyOn(process, "cwd").mockReturnValue(cwd);
    const changes = changesOf([`${reported}/batik-uji/pengrajin/batik-satu.md`], content, PHOTOS);
    expect(changes).toEqual({ whole: false, centres: new Set(["batik-uji"]) });
  });

  it("outside the content folder changes everything", () => {
    vi.spyOn(process, "cwd").mockReturnValue("/work/main");
    expect(changesOf(["./templates/site.css"], "/work/main/content", PHOTOS).whole).toBe(true);
  });
});
