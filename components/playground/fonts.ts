/**
 * The full-width letters of the obfuscation scenario ("ＣＤＡ") have no glyph in the fonts a stock
 * Debian ships (DejaVu, Liberation), so a projector would show empty boxes. This face carries only
 * those glyphs: Noto Sans JP (SIL Open Font License 1.1, fonts/OFL.txt), cut with fontTools from
 * the @fontsource/noto-sans-jp 5.3.0 subsets 98, 100 and 104 to U+FF01–FF5E and merged (1.3 KB).
 * Inlined, so the playground still fetches nothing.
 */
import fullwidth from "./fonts/noto-sans-jp-fullwidth.woff2?inline";

export const FULLWIDTH_FAMILY = "Profielcheck Fullwidth";

/** Exactly the code points the face has: everything else keeps the page's own fonts. */
export const FULLWIDTH_FONT_CSS = `
@font-face {
  font-family: "${FULLWIDTH_FAMILY}";
  src: url(${fullwidth}) format("woff2");
  unicode-range: U+FF17, U+FF21, U+FF23-FF24, U+FF2E, U+FF30, U+FF57;
  font-display: block;
}
`;
