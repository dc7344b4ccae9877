/**
 * Markdown for staff-written bodies. Raw HTML is off (so `<script>` shows as text), Markdown
 * images are off (photos come from the schema, where they are checked), links are limited to
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

export function renderMarkdown(source: string): string {
  return md.render(source);
}
