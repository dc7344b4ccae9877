/**
 * A centre's own colours: `#rrggbb`, both or neither, and readable (WCAG AA) where the site uses
 * them, or the message names the ratio measured and a colour that passes.
 */
import { z } from "zod";
import { bilingual as b, quoted } from "../problems/problem.ts";
import { addIssue, withExample } from "./issue.ts";
import { customColourFailures, HEX_COLOUR, luminance, ratioText } from "../site/themes.ts";

export const hexColour = withExample(
  z
    .string()
    .superRefine((value, ctx) => {
      if (!HEX_COLOUR.test(value.trim()))
        addIssue(ctx, {
          message: b(
            `${quoted(value)} bukan kode warna.`,
            `${quoted(value)} is not a colour code.`,
          ),
          fix: b(
            'tulis kode warna berisi # dan enam angka/huruf 0-9 a-f di antara tanda kutip, misalnya "#1f2f4a".',
            'write a colour code of # and six digits or letters 0-9 a-f in quotes, e.g. "#1f2f4a".',
          ),
        });
    })
    .transform((value) => value.trim().toLowerCase()),
  b(
    'kode warna di antara tanda kutip, misalnya "#1f2f4a"',
    'a colour code in quotes, e.g. "#1f2f4a"',
  ),
);

interface ColourFields {
  readonly tema?: string | undefined;
  readonly warna_utama?: string | undefined;
  readonly warna_aksen?: string | undefined;
}

export function colourContrast(centre: ColourFields, ctx: z.RefinementCtx): void {
  const { tema, warna_utama: main, warna_aksen: accent } = centre;
  if (tema && (main || accent)) {
    addIssue(
      ctx,
      {
        message: b(
          "Sentra ini memilih tema dan juga warna sendiri.",
          "This centre chooses a theme and also its own colours.",
        ),
        fix: b(
          "pilih salah satu: hapus baris tema, atau hapus warna_utama dan warna_aksen.",
          "pick one: remove the tema line, or remove warna_utama and warna_aksen.",
        ),
      },
      [main ? "warna_utama" : "warna_aksen"],
    );
    return;
  }
  if (!main !== !accent) {
    const missing = main ? "warna_aksen" : "warna_utama";
    addIssue(
      ctx,
      {
        message: b(
          `Warna sendiri perlu dua warna; ${missing} belum diisi.`,
          `Own colours need two colours; ${missing} is missing.`,
        ),
        fix: b(
          `tambahkan baris ${missing}: "#rrggbb", atau hapus warna yang satunya.`,
          `add a line ${missing}: "#rrggbb", or remove the other colour.`,
        ),
      },
      [main ? "warna_utama" : "warna_aksen"],
    );
    return;
  }
  if (!main || !accent || !HEX_COLOUR.test(main.trim()) || !HEX_COLOUR.test(accent.trim())) return;
  for (const failure of customColourFailures(main.trim(), accent.trim())) {
    const given = failure.field === "warna_utama" ? main : accent;
    const lighter = luminance(failure.suggestion) > luminance(given.trim());
    addIssue(
      ctx,
      {
        message: b(
          `Warna ${quoted(given)} kurang kontras sebagai ${failure.use.id}: ${ratioText(failure.ratio)}, perlu paling sedikit ${failure.needed}:1.`,
          `The colour ${quoted(given)} has too little contrast as ${failure.use.en}: ${ratioText(failure.ratio)}, at least ${failure.needed}:1 is needed.`,
        ),
        fix: b(
          `pakai warna yang lebih ${lighter ? "terang" : "gelap"}, misalnya ${failure.field}: "${failure.suggestion}".`,
          `use a ${lighter ? "lighter" : "darker"} colour, e.g. ${failure.field}: "${failure.suggestion}".`,
        ),
      },
      [failure.field],
    );
  }
}
