/**
 * Colour classification against the logo's palette: Rijksoverheid blue (#154273), white, and
 * the mixes of the two that resizing and JPEG produce along the emblem's thin lines. Each colour
 * is placed on the blue→white segment (its "whiteness") and gets its perceptual distance from
 * that segment in OKLab, so tolerances are about what people see, not about exact bytes.
 */

export type Oklab = readonly [l: number, a: number, b: number];

/** Rijksoverheid blue, the colour of the band ("lint") behind the emblem. */
export const RIJKS_BLUE: readonly [number, number, number] = [0x15, 0x42, 0x73];

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** sRGB (0..255) to OKLab (Björn Ottosson's published matrices). */
export function toOklab(red: number, green: number, blue: number): Oklab {
  const r = linear(red);
  const g = linear(green);
  const b = linear(blue);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

export function oklabDistance(p: Oklab, q: Oklab): number {
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** Where a colour sits relative to the blue→white segment. */
export interface PaletteFit {
  /** 0 = Rijksoverheid blue, 1 = white, in between = a mix of the two. */
  readonly whiteness: number;
  /** OKLab distance to the nearest blue/white mix. */
  readonly distance: number;
}

const MIX_STEPS = 32;

/** The blue/white mixes in OKLab; mixed in gamma sRGB, as resampling and JPEG mix them. */
const MIXES: readonly Oklab[] = Array.from({ length: MIX_STEPS + 1 }, (_, i) => {
  const t = i / MIX_STEPS;
  const [r, g, b] = RIJKS_BLUE.map((c) => c + (255 - c) * t);
  return toOklab(r, g, b);
});

export function fitPalette(red: number, green: number, blue: number): PaletteFit {
  const colour = toOklab(red, green, blue);
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i <= MIX_STEPS; i++) {
    const d = oklabDistance(colour, MIXES[i]);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return { whiteness: best / MIX_STEPS, distance: bestDistance };
}

/**
 * Largest distance from the segment still counted as the logo's palette. Blue gets less room
 * than the mixes: navy cloth sits just outside it, while JPEG ringing around thin white lines
 * pushes mixes further off the segment.
 */
export function paletteTolerance(whiteness: number): number {
  return whiteness < 0.25 ? 0.085 : 0.1;
}

/**
 * Pixel classes used by the region analysis. OTHER is everything that is neither band blue nor
 * emblem white, including the in-between mixes, which keep their whiteness in the tables.
 */
export const OTHER = 0;
export const BLUE = 1;
export const LIGHT = 2;

/** Whiteness at or above which an in-palette pixel counts as part of the white emblem. */
export const LIGHT_FROM = 0.3;
/** Whiteness below which an in-palette pixel counts as band blue. */
export const BLUE_BELOW = 0.22;

export interface PaletteTables {
  /** Pixel class per quantised colour (BLUE, LIGHT or OTHER). */
  readonly kind: Uint8Array;
  /** Whiteness × 255 per quantised colour; 0 for colours outside the palette. */
  readonly whiteness: Uint8Array;
}

let tables: PaletteTables | undefined;

/** Index into the palette tables: 5 bits per channel, which is finer than the tolerances. */
export function paletteIndex(red: number, green: number, blue: number): number {
  return ((red >> 3) << 10) | ((green >> 3) << 5) | (blue >> 3);
}

/** Lookup tables over all 32 768 quantised colours, built once (a few ms) on first use. */
export function paletteTables(): PaletteTables {
  if (tables) return tables;
  const kind = new Uint8Array(32768);
  const whiteness = new Uint8Array(32768);
  for (let index = 0; index < 32768; index++) {
    const fit = fitPalette(((index >> 10) << 3) + 4, (((index >> 5) & 31) << 3) + 4, ((index & 31) << 3) + 4);
    if (fit.distance > paletteTolerance(fit.whiteness)) continue;
    whiteness[index] = Math.round(fit.whiteness * 255);
    if (fit.whiteness < BLUE_BELOW) kind[index] = BLUE;
    else if (fit.whiteness >= LIGHT_FROM) kind[index] = LIGHT;
  }
  tables = { kind, whiteness };
  return tables;
}
