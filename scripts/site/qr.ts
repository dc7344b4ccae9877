/**
 * QR codes as SVG path data, computed at build time with the `qrcode` library's encoder. We draw
 * the SVG ourselves (one path, no inline style, no script) so it passes the CSP and the output
 * scan and costs a few hundred bytes gzipped.
 */
import QRCode from "qrcode";

export interface QrDrawing {
  /** Modules per side, including the 4-module quiet zone the standard asks for. */
  readonly size: number;
  /** One path: a 1×1 square per dark module, joined horizontally where they touch. */
  readonly path: string;
}

const QUIET_ZONE = 4;

export function qrDrawing(text: string): QrDrawing {
  // Level M survives a scuffed or partly covered print (15% of the code can be lost). One byte
  // segment: our URLs are lowercase, which QR's compact modes cannot hold anyway, and skipping the
  // library's search for the best mix of segments halves the cost of a booth card (issue 7).
  // The library encodes with mask 0; `bestMasked` then makes its choice of mask, faster.
  const { modules } = QRCode.create([{ data: Buffer.from(text, "utf8"), mode: "byte" }], { errorCorrectionLevel: "M", maskPattern: 0 });
  const size = modules.size;
  const dark = bestMasked(size, modules.data, modules.reservedBit);
  const parts: string[] = [];
  // As the library's `modules.get(x, y)` reads them: module (x, y) is at x * size + y.
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!dark[x * size + y]) continue;
      let run = 1;
      while (x + run < size && dark[(x + run) * size + y]) run++;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
      x += run - 1;
    }
  }
  return { size: size + 2 * QUIET_ZONE, path: parts.join("") };
}

/** The eight data masks of the QR standard, as the library numbers them (row i, column j). */
const MASKS: readonly ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/** The 15 format bits for level M and a mask: the library's BCH(15,5) code (qrcode/lib/core/format-info.js). */
function formatBits(mask: number): number {
  const data = (0b00 << 3) | mask; // level M is 0b00
  const digits = (n: number) => 32 - Math.clz32(n);
  const G15 = 0b10100110111;
  let d = data << 10;
  while (digits(d) - digits(G15) >= 0) d ^= G15 << (digits(d) - digits(G15));
  return ((data << 10) | d) ^ 0b101010000010010;
}

/** The format bits' places, in the library's order (setupFormatInfo in qrcode/lib/core/qrcode.js). */
function formatPlaces(size: number): [vertical: number, horizontal: number][] {
  return Array.from({ length: 15 }, (_, i) => {
    const vertical = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    const horizontal = i < 8 ? size - i - 1 : i < 9 ? 15 - i : 15 - i - 1;
    return [vertical * size + 8, 8 * size + horizontal];
  });
}

/**
 * The library's own choice of mask (MaskPattern.getBestMask: the lowest total of the standard's
 * four penalties, the first mask on a tie), computed on flat arrays instead of through its
 * BitMatrix methods, with the masks made once per size: a booth card's code in about two thirds
 * of the time (the search was most of the library's cost, and QR codes a sixth of rendering a
 * centre; issue 7). `masked0` is the symbol with mask 0 applied; returns the modules with the
 * best mask applied. tests/qr.test.ts checks the choice against the library's own.
 */
function bestMasked(size: number, masked0: Uint8Array, reserved: Uint8Array): Uint8Array {
  const { patterns, places } = layoutOf(size, reserved);
  const count = size * size;
  const plain = new Uint8Array(count);
  for (let k = 0; k < count; k++) plain[k] = masked0[k]! ^ patterns[0]![k]!;
  const transposed = new Uint8Array(count);
  let best: Uint8Array | undefined;
  let lowest = Infinity;
  for (let mask = 0; mask < MASKS.length; mask++) {
    const candidate = new Uint8Array(count);
    const pattern = patterns[mask]!;
    for (let k = 0; k < count; k++) candidate[k] = plain[k]! ^ pattern[k]!;
    const bits = formatBits(mask);
    for (let k = 0; k < 15; k++) candidate[places[k]![0]] = candidate[places[k]![1]] = (bits >> k) & 1;
    const penalty = penaltyOf(size, candidate, transposed);
    if (penalty < lowest) {
      lowest = penalty;
      best = candidate;
    }
  }
  return best!;
}

interface Layout {
  /** Per mask: 1 where the mask flips a module (data modules only). */
  readonly patterns: readonly Uint8Array[];
  readonly places: readonly (readonly [number, number])[];
}
/** Which modules are data depends only on the symbol's size (its version), so the masks are made once per size. */
const layouts = new Map<number, Layout>();
function layoutOf(size: number, reserved: Uint8Array): Layout {
  let layout = layouts.get(size);
  if (!layout) {
    const patterns = MASKS.map((at) => {
      const pattern = new Uint8Array(size * size);
      for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) pattern[i * size + j] = !reserved[i * size + j] && at(i, j) ? 1 : 0;
      return pattern;
    });
    layout = { patterns, places: formatPlaces(size) };
    layouts.set(size, layout);
  }
  return layout;
}

/** The library's penalty (qrcode/lib/core/mask-pattern.js, N1 to N4), with its exact rules. */
function penaltyOf(size: number, m: Uint8Array, transposed: Uint8Array): number {
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) transposed[j * size + i] = m[i * size + j]!;
  let blocks = 0;
  for (let a = 0; a < size - 1; a++) {
    for (let k = a * size, end = k + size - 1; k < end; k++) blocks += ALL_SAME[m[k]! + m[k + 1]! + m[k + size]! + m[k + size + 1]!]!;
  }
  let dark = 0;
  for (let k = 0; k < size * size; k++) dark += m[k]!;
  const k = Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10);
  return linePenalties(size, m) + linePenalties(size, transposed) + blocks * 3 + k * 10;
}

/** Indexed by the number of dark modules in a 2×2 block: 1 when all four are alike (N2). */
const ALL_SAME = Uint8Array.of(1, 0, 0, 0, 1);

/**
 * N1 (a run of 5 or more alike: 3, plus 1 per module beyond 5) and N3 (40 per 1:1:3:1:1 finder-like
 * pattern with 4 light modules on one side) along every row of `m`. Without branches on the
 * modules themselves, which are as good as random: a mispredicted branch per module cost more
 * than the arithmetic.
 */
function linePenalties(size: number, m: Uint8Array): number {
  let points = 0;
  for (let a = 0; a < size; a++) {
    const row = a * size;
    let previous = m[row]!;
    let same = 1;
    let bits = previous;
    for (let b = 1; b < size; b++) {
      const module = m[row + b]!;
      same = same * (1 ^ module ^ previous) + 1;
      previous = module;
      if (same >= 5) points += same === 5 ? 3 : 1;
      bits = ((bits << 1) & 0x7ff) | module;
      if (b >= 10 && (bits === 0x5d0 || bits === 0x05d)) points += 40;
    }
  }
  return points;
}
