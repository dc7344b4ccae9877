/**
 * Characters no content may hold, found once here and named by code point in messages:
 * broken ones (a lone half of a surrogate pair, a Unicode non-character) anywhere, and invisible
 * controls in a web address.
 */

/** `U+D800` */
export const codePoint = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The first character that cannot be text: a lone surrogate (YAML's `"\ud800"` makes one, and
 * the page renderer crashes on it) or a non-character (U+FDD0–U+FDEF, and U+FFFE/U+FFFF of every
 * plane), which Unicode reserves for programs' own use and never for text.
 */
export function brokenCharacter(value: string): string | undefined {
  // for…of walks code points: a paired surrogate comes as one character, a lone half alone.
  for (const character of value) {
    const point = character.codePointAt(0)!;
    if (
      (point >= 0xd800 && point <= 0xdfff) ||
      (point >= 0xfdd0 && point <= 0xfdef) ||
      (point & 0xfffe) === 0xfffe
    )
      return character;
  }
  return undefined;
}

/**
 * The first invisible control in an address: C0, DEL and C1 controls (a NUL ends up in the open
 * data), and the bidi marks and overrides that make an address read differently from where it goes.
 */
export function hiddenControl(value: string): string | undefined {
  return /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/.exec(
    value,
  )?.[0];
}
