/** Applies fuzzer edits to a fresh copy of a valid content folder. */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Edit } from "./arbitraries.ts";

/** The Markdown files below `dir`, sorted, as paths relative to it. */
export function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.split("\\").join("/"))
    .sort();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where the front matter ends: the index of the closing `---` line, or the last line. */
function closingLine(lines: readonly string[]): number {
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === "---");
  return close === -1 ? lines.length : close;
}

function setField(text: string, key: string, yaml: string): string {
  const lines = text.split("\n");
  const close = closingLine(lines);
  const pattern = new RegExp(`^(\\s*(?:- )?)${escapeRegExp(key)}:`);
  const at = lines.findIndex((line, i) => i > 0 && i < close && pattern.test(line));
  // A multi-line value (`|-\n  a`) is indented under its key.
  const indent = at === -1 ? "" : " ".repeat(pattern.exec(lines[at]!)![1]!.length);
  const value = yaml.replace(/\n/g, `\n${indent}`);
  if (at === -1) lines.splice(Math.max(1, close), 0, `${key}: ${value}`);
  else {
    // Drop the old value's indented continuation lines, so the new one replaces it whole.
    let end = at + 1;
    while (end < close && /^\s/.test(lines[end]!) && lines[end]!.search(/\S/) > indent.length)
      end++;
    lines.splice(
      at,
      end - at,
      `${indent}${lines[at]!.trim().startsWith("- ") ? "- " : ""}${key}: ${value}`,
    );
  }
  return lines.join("\n");
}

function atLine(text: string, at: number, change: (lines: string[], i: number) => void): string {
  const lines = text.split("\n");
  change(lines, Math.min(lines.length - 1, Math.floor(at * lines.length)));
  return lines.join("\n");
}

function applyText(text: string, edit: Exclude<Edit, { op: "bytes" | "newFile" }>): string {
  switch (edit.op) {
    case "set":
      return setField(text, edit.key, edit.yaml);
    case "insert": {
      const i = Math.floor(edit.at * text.length);
      return text.slice(0, i) + edit.text + text.slice(i);
    }
    case "deleteLine":
      return atLine(text, edit.at, (lines, i) => lines.splice(i, 1));
    case "duplicateLine":
      return atLine(text, edit.at, (lines, i) => lines.splice(i, 0, lines[i]!));
    case "truncate":
      return text.slice(0, Math.floor(edit.at * text.length));
    case "opener":
      return text.replace(/^[^\n]*/, edit.line);
    case "body": {
      const lines = text.split("\n");
      return [...lines.slice(0, closingLine(lines) + 1), edit.markdown].join("\n");
    }
    case "lineEndings":
      return (edit.bom ? "\uFEFF" : "") + text.replace(/\n/g, edit.eol);
  }
}

/** Copies `from` to `to` and applies the edits there; returns the files it changed or made. */
export function writeMutatedContent(from: string, to: string, edits: readonly Edit[]): string[] {
  cpSync(from, to, { recursive: true });
  const files = markdownFiles(to);
  const touched = new Set<string>();
  for (const edit of edits) {
    if (edit.op === "newFile") {
      const source = files[edit.copyOf % files.length]!;
      const centre = source.split("/")[0]!;
      const folder = {
        pengrajin: `${centre}/pengrajin`,
        acara: `${centre}/acara`,
        centre,
        root: "",
      }[edit.folder];
      const target = join(folder, edit.name.replace(/[/\\]/g, "_"));
      mkdirSync(dirname(join(to, target)), { recursive: true });
      try {
        writeFileSync(join(to, target), readFileSync(join(to, source)));
        touched.add(target);
      } catch {
        // A name the file system refuses (too long, a folder already there): nothing to fuzz.
      }
      continue;
    }
    const file = files[edit.file % files.length]!;
    const path = join(to, file);
    if (edit.op === "bytes") {
      const bytes = readFileSync(path);
      const i = Math.floor(edit.at * bytes.length);
      writeFileSync(
        path,
        Buffer.concat([
          bytes.subarray(0, i),
          Buffer.from(edit.bytes),
          bytes.subarray(i + edit.bytes.length),
        ]),
      );
    } else writeFileSync(path, applyText(readFileSync(path, "utf8"), edit));
    touched.add(file);
  }
  return [...touched];
}
