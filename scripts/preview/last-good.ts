/**
 * The live preview (`npm start`) when content has a problem: the report goes to the terminal, and
 * the browser keeps showing the last good pages with the same report on top of each one, so the
 * person editing sees what to fix without leaving the page. Once the content is fixed the next
 * rebuild drops the report. Only the preview does this: `npm run build` stops and publishes nothing.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ContentProblemsError, bilingual, type Problem } from "../problems/problem.ts";
import { formatReport } from "../problems/report.ts";

declare module "@11ty/eleventy" {
  // https://www.11ty.dev/docs/transforms/ and the configured folders; scripts/types/eleventy.d.ts lists the rest.
  interface UserConfig {
    addTransform(
      name: string,
      transform: (this: { page: { outputPath: string | false } }, content: string) => string,
    ): void;
    readonly directories: { readonly output: string };
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const HEADLINE = bilingual("Pratinjau belum diperbarui", "Preview not updated");

/** The report as HTML: the same words as in the terminal. Inline styles: the preview server sends no CSP. */
export function problemsPanel(problems: readonly Problem[], lastGood: boolean): string {
  const after = lastGood
    ? bilingual(
        "Yang tampil di bawah ini adalah halaman terakhir yang benar.",
        "Below is the last good version of this page.",
      )
    : bilingual("Belum ada halaman yang bisa ditampilkan.", "There is no page to show yet.");
  return [
    `<section id="etalase-masalah" role="alert" lang="id" style="margin:0;padding:1rem;background:#fff4e5;color:#3b1d00;border-bottom:4px solid #b45309;font:16px/1.45 system-ui,sans-serif">`,
    `<h2 style="margin:0 0 .5rem;font-size:1.2rem">Ada ${problems.length} masalah di konten · ${problems.length} content problem(s)</h2>`,
    `<p style="margin:0 0 .5rem">${escapeHtml(after.id)} <span lang="en">${escapeHtml(after.en)}</span></p>`,
    `<pre style="margin:0;white-space:pre-wrap;font:14px/1.4 ui-monospace,monospace">${escapeHtml(formatReport(problems, { headline: HEADLINE }))}</pre>`,
    `</section>`,
  ].join("");
}

/** Puts the panel first in the page's body. */
export function withPanel(html: string, panel: string): string {
  const body = /<body[^>]*>/i.exec(html);
  return body
    ? html.slice(0, body.index + body[0].length) + panel + html.slice(body.index + body[0].length)
    : panel + html;
}

export class LastGood<T> {
  private good: T | undefined;
  private problems: readonly Problem[] = [];

  constructor(
    private readonly load: () => Promise<T>,
    private readonly output: () => string,
    /** What to render again from the last good value while there are problems; itself by default. */
    private readonly again: (good: T) => T = (good) => good,
  ) {}

  /** How many content problems the last load found (0 once the content is fixed). */
  get problemCount(): number {
    return this.problems.length;
  }

  /** The freshly loaded value, or the last good one while the content has problems. */
  async current(): Promise<T> {
    try {
      this.good = await this.load();
      this.problems = [];
      return this.good;
    } catch (error) {
      if (!(error instanceof ContentProblemsError)) throw error;
      this.problems = error.problems;
      process.stderr.write(
        formatReport(error.problems, {
          headline: HEADLINE,
          after: bilingual(
            "Halaman terakhir yang benar tetap tampil, dengan laporan ini di atasnya.",
            "The last good pages stay on screen, with this report on top.",
          ),
        }),
      );
      if (this.good !== undefined) return this.again(this.good);
      // Nothing good yet: a page that says so, so the browser shows the report instead of nothing.
      await mkdir(this.output(), { recursive: true });
      await writeFile(
        join(this.output(), "index.html"),
        `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Etalase: ada masalah di konten</title></head><body>${problemsPanel(error.problems, false)}</body></html>`,
      );
      throw error;
    }
  }

  /** For an Eleventy transform: the report on top of every page while there are problems. */
  transform(content: string, outputPath: string | false): string {
    if (!this.problems.length || typeof outputPath !== "string" || !outputPath.endsWith(".html"))
      return content;
    return withPanel(content, problemsPanel(this.problems, true));
  }
}
