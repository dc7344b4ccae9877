/**
 * Markdown for staff-written bodies. Raw HTML is off (so `<script>` shows as text), Markdown
 * images are off and a body that tries one is refused at check time (`imagesIn`; photos come
 * from the schema, where they are checked), links are limited to
 * http(s), mailto, tel and in-page anchors, and a `#` heading becomes an `<h2>` because the
 * page already has its `<h1>`. No template language ever runs over this text.
 */
import MarkdownIt from "markdown-it";

const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/(?!\/))/i;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.disable(["image"]);
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

md.core.ruler.push("demote_headings", (state) => {
  for (const token of state.tokens) {
    if ((token.type === "heading_open" || token.type === "heading_close") && token.tag < "h6") {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 1)}`;
    }
  }
});

// A table's `|:-|-:|` alignment comes out as `style="text-align:…"`, which the strict CSP would
// ignore and the output scan refuses (a fuzzed body stopped the build with "unsafe HTML"); the
// alignment is dropped, the table kept.
md.core.ruler.push("drop_inline_styles", (state) => {
  for (const token of state.tokens) {
    if (token.type !== "inline" && token.attrGet("style") !== null) token.attrs = token.attrs?.filter(([name]) => name !== "style") ?? null;
  }
});

export function renderMarkdown(source: string): string {
  return md.render(source);
}

/**
 * Finds pictures without rendering: every link target is accepted and kept as written, so
 * `![x](foto/a.jpg)` is an image token here although the renderer above would refuse its address.
 */
const finder = new MarkdownIt({ html: false, linkify: false, typographer: false });
finder.validateLink = () => true;
finder.normalizeLink = (url: string) => url;

/** A picture a body tries to show, as written, with its line in the body (1-based). */
export interface BodyImage {
  readonly line: number;
  readonly written: string;
}

/** `![…](…)` or `![…][…]` that Markdown could not read as an image (a space in the address, an unknown reference). */
const IMAGE_ATTEMPT = /!\[[^\]\n]*\](?:\([^)\n]*\)?|\[[^\]\n]*\]?)/g;
/** An HTML image tag; raw HTML is off, so it would show as text, never as a picture. */
const IMG_TAG = /<img(?:[\s/][^>\n]*>?|>|$)/gi;

/**
 * Markdown images and `<img>` tags in a body, outside code. Staff who write one expect a photo,
 * and the page would show the syntax as text instead, so the check refuses them and points to the
 * photo fields of the front matter.
 */
export function imagesIn(source: string): BodyImage[] {
  const found: BodyImage[] = [];
  let blockLine = 0;
  for (const token of finder.parse(source, {})) {
    if (token.map) blockLine = token.map[0];
    if (token.type !== "inline") continue;
    let line = blockLine + 1;
    for (const child of token.children ?? []) {
      if (child.type === "softbreak" || child.type === "hardbreak") line++;
      else if (child.type === "image") found.push({ line, written: `![${child.content}](${child.attrGet("src") ?? ""})` });
      else if (child.type === "text")
        for (const match of child.content.matchAll(new RegExp(`${IMAGE_ATTEMPT.source}|${IMG_TAG.source}`, "gi"))) found.push({ line, written: match[0] });
    }
  }
  return found;
}
