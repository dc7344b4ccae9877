/**
 * Values exactly as staff typed them. YAML reads `150.000` as 150 and cuts `Perajin tapis #1` at
 * the `#`; the reader keeps the typed text for the field's own check, or refuses the cut value.
 */
import { isPair, isScalar, type Scalar } from "yaml";
import { bilingual as b, quoted, type Problem } from "../problems/problem.ts";

/**
 * A plain number YAML would change (`150.000` → 150, `0812…` → 812…, `1e3` → 1000, `-10.170` →
 * -10.17) becomes the text typed: the number fields read it themselves and say what to write.
 */
export function keepAsTyped(node: Scalar): void {
  const token = node.srcToken;
  if (typeof node.value === "number" && token?.type === "scalar" && token.source !== String(node.value)) node.value = token.source;
}

/** Where YAML cut a value short: the value as typed starts at `at` and runs to the end of its line. */
export interface Cut {
  readonly at: number;
  /** What YAML kept: the text before the `#`, or nothing. */
  readonly kept: string | null;
  /** The line as it should be written, the value in quotes. */
  readonly fixed: string;
  readonly typed: string;
}

/**
 * A note after a value, as the starter files write them (`judul: Pameran  # WAJIB…`): two spaces
 * then `# `, or `# ` after an empty value. Anything else (`Perajin #1`, `nomor_booth: #7`) is text
 * that lost its end to YAML.
 */
function isNote(comment: string, spacesBefore: number, valueIsEmpty: boolean): boolean {
  return comment.startsWith("# ") && (valueIsEmpty || spacesBefore >= 2);
}

/** A plain text value cut at ` #`, or `key: #7` read as empty; undefined when nothing was lost. */
export function cutByComment(node: unknown, source: string): Cut | undefined {
  if (isScalar(node) && node.srcToken?.type === "scalar" && typeof node.value === "string" && node.range) {
    const end = node.srcToken.end ?? [];
    const comment = end.find((token) => token.type === "comment");
    const before = end[0]?.type === "space" ? end[0].source.length : 0;
    if (!comment || end.findIndex((t) => t.type === "newline") !== -1 && end.findIndex((t) => t.type === "newline") < end.indexOf(comment)) return undefined;
    if (source.slice(node.range[0], comment.offset).includes("\n") || isNote(comment.source, before, false)) return undefined;
    return cutAt(node.range[0], node.value, source);
  }
  if (isPair(node) && isScalar(node.key) && node.key.range && isScalar(node.value) && node.value.value === null && !node.value.srcToken && node.value.range) {
    const at = node.value.range[0];
    const between = source.slice(node.key.range[1], at);
    if (source[at] !== "#" || between.includes("\n")) return undefined;
    const comment = source.slice(at, lineEnd(source, at));
    return isNote(comment, 0, true) ? undefined : cutAt(at, null, source);
  }
  return undefined;
}

const lineEnd = (source: string, at: number) => (source.indexOf("\n", at) === -1 ? source.length : source.indexOf("\n", at));

function cutAt(at: number, kept: string | null, source: string): Cut {
  const lineStart = source.lastIndexOf("\n", at - 1) + 1;
  const typed = source.slice(at, lineEnd(source, at)).trimEnd();
  return { at, kept, typed, fixed: `${source.slice(lineStart, at)}${inQuotes(typed)}` };
}

/** Text in the quotes that keep it whole: double, or single when it holds a `"` or `\`. */
export function inQuotes(text: string): string {
  if (!/["\\]/.test(text)) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

export function cutText(cut: Cut): Pick<Problem, "message" | "fix"> {
  const message =
    cut.kept === null
      ? b(`${quoted(cut.typed)} tidak terbaca: tanda # di awalnya membuat isinya dianggap catatan, sehingga kolom ini kosong.`, `${quoted(cut.typed)} is not read: the # at its start makes it a note, so the field is empty.`)
      : b(`Teks ${quoted(cut.typed)} terpotong di tanda #: yang terbaca hanya ${quoted(cut.kept)}.`, `The text ${quoted(cut.typed)} is cut at the #: only ${quoted(cut.kept)} is read.`);
  return { message, fix: b(`tulis teksnya di antara tanda kutip: ${cut.fixed}`, `put the text in quotes: ${cut.fixed}`) };
}
