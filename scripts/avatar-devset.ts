/**
 * Deterministic development set for the avatar detector (rules/avatar/detector.ts). Renders
 * labelled synthetic avatars from the CC0 reference artwork in @nl-rvo/assets with sharp:
 * gradient "portraits", sky, office, plain and noise backgrounds; positives with the lint (centred,
 * offset, cropped, turned ±5°), the full logo with word mark and the large centred logo; and hard
 * negatives (blue band without emblem, other white shapes on blue, navy suits, deep sky, EU and
 * Dutch flags, the emblem in other colours, party-style logos, white crowns on the band). Every
 * scene is written at 400 and 200 px (some, and every crown, also at 96 px) as JPEG, WebP or PNG,
 * some as circular crops.
 *
 * Run: npx tsx scripts/avatar-devset.ts [--small]
 *   writes tests/fixtures/avatars/devset/ (gitignored) with labels.json;
 *   --small also rewrites the committed fixtures in tests/fixtures/avatars/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import sharp from "sharp";
import { prng } from "./prng";

export type DevsetLabel = "present" | "absent";
export type DevsetGroup = "positive" | "negative" | "hard-negative";
export interface DevsetEntry {
  file: string;
  label: DevsetLabel;
  group: DevsetGroup;
  size: number;
  /** What the scene shows, for reading bench failures. */
  kind: string;
}

export const FIXTURES_DIR = fileURLToPath(new URL("../tests/fixtures/avatars/", import.meta.url));
export const DEVSET_DIR = join(FIXTURES_DIR, "devset");

const CANVAS = 400;
const RIJKS_BLUE = "#154273";
const require = createRequire(import.meta.url);
const emblemSvg = readFileSync(require.resolve("@nl-rvo/assets/images/emblem.svg"), "utf8");
const logoSvg = readFileSync(require.resolve("@nl-rvo/assets/images/logo.svg"), "utf8");
/** The emblem's outline, drawn in the 44 × 88 band of emblem.svg (viewBox 0 -12 44 88). */
const EMBLEM_PATH = [...emblemSvg.matchAll(/\sd="([^"]+)"/g)][1][1];

export type Random = () => number;
const between = (random: Random, low: number, high: number) => low + (high - low) * random();
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function hsl(h: number, s: number, l: number): string {
  return `hsl(${h.toFixed(0)},${s.toFixed(0)}%,${l.toFixed(0)}%)`;
}

// ---------------------------------------------------------------------------------------------
// Backgrounds: SVG fragments for a 400 × 400 canvas.

const SKIN = ["#f1c7a5", "#e0ac89", "#c68863", "#a8714f", "#7d4f32", "#f4d5bf"];
const HAIR = ["#2b1d14", "#5a3b22", "#a07a4f", "#d8c39a", "#888888", "#1a1a1a"];
const SUITS = ["#2b2b2e", "#3c3f45", "#5d6168", "#1c2233", "#6b5a48", "#202020", "#7a7f88"];
const NAVY_SUITS = ["#1b2a47", "#16264a", "#22375a", "#154273", "#1a3560", "#0f2240"];
const TIES = ["#8b1a1a", "#1f3f7a", "#6a4c93", "#2e6b3a", "#c0392b", "#154273", "#d4a017"];

function backdrop(random: Random, tones: "office" | "studio"): string {
  const hue = tones === "studio" ? between(random, 0, 360) : between(random, 20, 60);
  const top = hsl(hue, between(random, 0, 25), between(random, 55, 90));
  const bottom = hsl(hue, between(random, 0, 25), between(random, 30, 70));
  let extra = "";
  if (tones === "office") {
    for (let i = 0; i < 4; i++) {
      extra += `<rect x="${between(random, -50, 350)}" y="${between(random, -50, 250)}" width="${between(random, 40, 160)}" height="${between(random, 60, 220)}" fill="${hsl(between(random, 0, 360), between(random, 0, 30), between(random, 35, 90))}" opacity="0.55"/>`;
    }
  }
  return `<defs><linearGradient id="bg" x1="0" y1="0" x2="${random().toFixed(2)}" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="400" height="400" fill="url(#bg)"/>${extra}`;
}

interface PortraitStyle {
  suit: string;
  tie?: string;
}

function portrait(random: Random, style: PortraitStyle): string {
  const cx = between(random, 170, 230);
  const headY = between(random, 175, 215);
  const skin = pick(random, SKIN);
  const shirt = pick(random, ["#ffffff", "#f4f6fb", "#dfe8f5", "#ffffff"]);
  const tie = style.tie
    ? `<path d="M${cx - 9} ${headY + 112} L${cx + 9} ${headY + 112} L${cx + 15} ${headY + 230} L${cx} ${headY + 250} L${cx - 15} ${headY + 230} Z" fill="${style.tie}"/>`
    : "";
  return `${backdrop(random, pick(random, ["office", "studio"] as const))}
<g filter="url(#soft)">
<path d="M${cx - 185} 400 C ${cx - 180} ${headY + 150}, ${cx - 90} ${headY + 105}, ${cx} ${headY + 105} C ${cx + 90} ${headY + 105}, ${cx + 180} ${headY + 150}, ${cx + 185} 400 Z" fill="${style.suit}"/>
<path d="M${cx - 38} ${headY + 100} L${cx + 38} ${headY + 100} L${cx} ${headY + 260} Z" fill="${shirt}"/>
${tie}
<rect x="${cx - 30}" y="${headY + 40}" width="60" height="70" fill="${skin}"/>
<ellipse cx="${cx}" cy="${headY}" rx="${between(random, 58, 70)}" ry="${between(random, 76, 88)}" fill="${skin}"/>
<ellipse cx="${cx}" cy="${headY - 55}" rx="${between(random, 55, 72)}" ry="${between(random, 30, 45)}" fill="${pick(random, HAIR)}"/>
<ellipse cx="${cx - 24}" cy="${headY - 5}" rx="7" ry="4" fill="#3b2a20"/><ellipse cx="${cx + 24}" cy="${headY - 5}" rx="7" ry="4" fill="#3b2a20"/>
<path d="M${cx - 20} ${headY + 40} Q ${cx} ${headY + 52} ${cx + 20} ${headY + 40}" stroke="#8a4a3a" stroke-width="4" fill="none"/>
</g>`;
}

function sky(random: Random, deep: boolean): string {
  const top = deep
    ? pick(random, ["#123a6b", "#1a4a85", "#0e3366", "#154273"])
    : hsl(between(random, 195, 215), between(random, 50, 80), between(random, 45, 65));
  const bottom = deep
    ? pick(random, ["#2d6aa8", "#3a78b8", "#1d5293"])
    : hsl(between(random, 190, 210), between(random, 40, 70), between(random, 75, 90));
  let clouds = "";
  const count = Math.floor(between(random, 2, 7));
  for (let i = 0; i < count; i++) {
    const x = between(random, 0, 400);
    const y = between(random, 30, 300);
    const r = between(random, 15, 50);
    clouds += `<g fill="#ffffff" opacity="${between(random, 0.8, 1).toFixed(2)}"><ellipse cx="${x}" cy="${y}" rx="${r * 1.6}" ry="${r}"/><ellipse cx="${x + r}" cy="${y - r * 0.5}" rx="${r}" ry="${r * 0.8}"/><ellipse cx="${x - r}" cy="${y + 0.2 * r}" rx="${r}" ry="${r * 0.7}"/></g>`;
  }
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="400" height="400" fill="url(#sky)"/><g filter="url(#soft)">${clouds}</g>`;
}

function noise(random: Random): string {
  return `<rect width="400" height="400" fill="${hsl(between(random, 0, 360), between(random, 0, 60), between(random, 30, 80))}"/><defs><filter id="noise"><feTurbulence type="fractalNoise" baseFrequency="${between(random, 0.01, 0.2).toFixed(3)}" numOctaves="3" seed="${Math.floor(random() * 1000)}"/><feColorMatrix type="saturate" values="${random().toFixed(2)}"/></filter></defs><rect width="400" height="400" filter="url(#noise)" opacity="0.7"/>`;
}

function plain(random: Random): string {
  return `<rect width="400" height="400" fill="${hsl(between(random, 0, 360), between(random, 0, 80), between(random, 20, 95))}"/>`;
}

function anyBackground(random: Random): string {
  const choice = random();
  if (choice < 0.5)
    return portrait(random, { suit: pick(random, SUITS), tie: random() < 0.6 ? pick(random, TIES) : undefined });
  if (choice < 0.62) return sky(random, false);
  if (choice < 0.77) return backdrop(random, "office");
  if (choice < 0.9) return plain(random);
  return noise(random);
}

// ---------------------------------------------------------------------------------------------
// The logo and look-alikes.

interface BandOptions {
  /** Band width in canvas pixels. */
  width: number;
  /** Left edge of the band. */
  x: number;
  /** Top of the emblem box (where emblem.svg's emblem starts, 1 band width below its top). */
  emblemTop: number;
  angle?: number;
  band?: string;
  emblem?: string;
  /** Replaces the emblem, drawn in the band's 44-unit coordinates. */
  content?: string;
}

/** The lint: emblem.svg's band, extended upwards to the canvas top so it hangs from the edge. */
function band(options: BandOptions): string {
  const { width, x, emblemTop, angle = 0 } = options;
  const unit = width / 44;
  const bandTop = emblemTop - 36 * unit;
  const y = Math.min(bandTop, -40);
  const content = options.content ?? `<path fill="${options.emblem ?? "#ffffff"}" d="${EMBLEM_PATH}"/>`;
  const cx = x + width / 2;
  const cy = emblemTop + 20 * unit;
  return `<g transform="rotate(${angle.toFixed(2)} ${cx.toFixed(1)} ${cy.toFixed(1)})">
<rect x="${x}" y="${y - 20}" width="${width}" height="${bandTop - y + 21}" fill="${options.band ?? RIJKS_BLUE}"/>
<svg x="${x}" y="${bandTop}" width="${width}" height="${width * 2}" viewBox="0 -12 44 88"><path fill="${options.band ?? RIJKS_BLUE}" d="M0-12h44v88H0z"/>${content}</svg></g>`;
}

/** A lint of random size hanging from the top edge, centred or offset. */
function randomLint(
  random: Random,
  placement: "centre" | "offset" | "cropped",
  extra: Partial<BandOptions> = {},
): string {
  const width = CANVAS * between(random, 0.08, 0.3);
  const x =
    placement === "centre"
      ? CANVAS / 2 - width / 2 + between(random, -0.04, 0.04) * CANVAS
      : placement === "offset"
        ? between(random, 0.05 * width, CANVAS - 1.05 * width)
        : random() < 0.5
          ? -between(random, 0.02, 0.06) * width
          : CANVAS - width + between(random, 0.02, 0.06) * width;
  const hang = placement === "cropped" ? between(random, 0.02, 0.2) : between(random, 0.15, 1.0);
  // Real lints come through colour management and re-encoding: the blue and white drift a little.
  const jitter = (value: number) => Math.max(0, Math.min(255, Math.round(value + between(random, -12, 12))));
  const blue = `rgb(${jitter(0x15)},${jitter(0x42)},${jitter(0x73)})`;
  const white = `rgb(${jitter(247)},${jitter(247)},${jitter(247)})`;
  return band({ width, x, emblemTop: hang * width, band: blue, emblem: white, ...extra });
}

/** The full logo: band plus the word mark, on a white plate. */
function wordmarkLogo(random: Random, centred: boolean): string {
  const plateWidth = centred ? between(random, 300, 380) : between(random, 150, 260);
  const unit = plateWidth / 250;
  const x = centred ? (CANVAS - plateWidth) / 2 : between(random, 0, CANVAS - plateWidth);
  const y = centred ? (CANVAS - 100 * unit) / 2 : between(random, -10, 40);
  if (random() < 0.5) {
    return `<svg x="${x}" y="${y}" width="${plateWidth}" height="${101 * unit}" viewBox="0 0 250 101"><rect width="250" height="101" fill="#ffffff"/>${logoSvg.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "")}</svg>`;
  }
  return `<svg x="${x}" y="${y}" width="${plateWidth}" height="${101 * unit}" viewBox="0 0 250 101"><rect width="250" height="101" fill="#ffffff"/>
<svg x="0" y="0" width="50.2" height="100.4" viewBox="0 -12 44 88"><path fill="${RIJKS_BLUE}" d="M0-12h44v88H0z"/><path fill="#ffffff" d="${EMBLEM_PATH}"/></svg>
<text x="60" y="72" font-family="DejaVu Serif" font-size="27" fill="#000000">Rijksoverheid</text></svg>`;
}

/** The large centred logo of ministry-style avatars: a big band on white, maybe with the word mark. */
function largeLogo(random: Random): string {
  const width = CANVAS * between(random, 0.3, 0.5);
  const x = (CANVAS - width) / 2 + between(random, -10, 10);
  const top = between(random, 0.1, 0.6) * width;
  const name =
    random() < 0.5
      ? `<text x="200" y="${top + 1.35 * width}" text-anchor="middle" font-family="DejaVu Serif" font-size="${between(random, 22, 30)}" fill="#000">Rijksoverheid</text>`
      : "";
  return `<rect width="400" height="400" fill="#ffffff"/>${band({ width, x, emblemTop: top })}${name}`;
}

const OTHER_SHAPES = [
  `<circle cx="22" cy="30" r="13" fill="#fff"/>`,
  `<path d="M17 16h10v10h10v10H27v10H17V36H7V26h10z" fill="#fff"/>`,
  `<text x="22" y="42" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="20" fill="#fff">NL</text>`,
  `<text x="22" y="38" text-anchor="middle" font-family="DejaVu Serif" font-size="11" fill="#fff">MIN</text>`,
  `<path d="M22 12 L26 26 L40 26 L29 34 L33 48 L22 40 L11 48 L15 34 L4 26 L18 26 Z" fill="#fff"/>`,
  `<path d="M8 14h28v18c0 10-7 16-14 20c-7-4-14-10-14-20z" fill="#fff"/>`,
  `<path d="M8 14h28v18c0 10-7 16-14 20c-7-4-14-10-14-20z" fill="none" stroke="#fff" stroke-width="3"/><path d="M14 8l4 4 4-6 4 6 4-4v6H14z" fill="#fff"/>`,
  `<rect x="6" y="18" width="32" height="24" rx="3" fill="#fff"/>`,
  `<circle cx="22" cy="30" r="14" fill="none" stroke="#fff" stroke-width="3"/><circle cx="22" cy="30" r="5" fill="#fff"/>`,
  `<text x="22" y="30" text-anchor="middle" font-family="DejaVu Sans" font-size="7" fill="#fff">Ministerie</text><text x="22" y="40" text-anchor="middle" font-family="DejaVu Sans" font-size="7" fill="#fff">van Zaken</text>`,
];

function euFlag(random: Random, x: number, y: number, width: number): string {
  const height = width * (2 / 3);
  const r = height / 3;
  let stars = "";
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * 2 * Math.PI;
    const sx = x + width / 2 + r * Math.cos(a);
    const sy = y + height / 2 + r * Math.sin(a);
    const s = height / 18;
    const points = Array.from({ length: 10 }, (_, k) => {
      const rr = k % 2 === 0 ? s : s * 0.4;
      const aa = -Math.PI / 2 + (k * Math.PI) / 5;
      return `${(sx + rr * Math.cos(aa)).toFixed(1)},${(sy + rr * Math.sin(aa)).toFixed(1)}`;
    }).join(" ");
    stars += `<polygon points="${points}" fill="#ffcc00"/>`;
  }
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${pick(random, ["#003399", "#0a3a8a", "#154273"])}"/>${stars}`;
}

function dutchFlag(x: number, y: number, width: number): string {
  const h = width / 3 / 1.5;
  return `<rect x="${x}" y="${y}" width="${width}" height="${h}" fill="#ae1c28"/><rect x="${x}" y="${y + h}" width="${width}" height="${h}" fill="#ffffff"/><rect x="${x}" y="${y + 2 * h}" width="${width}" height="${h}" fill="#21468b"/>`;
}

/** Party-style logos: shapes and colours in the manner of Dutch party logos, not the real ones. */
function partyLogo(random: Random): string {
  const size = between(random, 140, 400);
  const x = (CANVAS - size) / 2;
  const y = (CANVAS - size) / 2;
  const s = size / 100;
  const style = Math.floor(random() * 5);
  const inner = [
    `<rect width="100" height="100" fill="#0b3a7e"/><rect x="0" y="70" width="100" height="12" fill="#f18a00"/><text x="50" y="58" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="34" fill="#fff">VVD</text>`,
    `<rect width="100" height="100" fill="#00ae41"/><text x="50" y="62" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="34" fill="#fff">D66</text>`,
    `<rect width="100" height="100" fill="#007b5f"/><path d="M20 70 L50 20 L80 70 Z" fill="#e2001a"/><text x="50" y="90" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="18" fill="#fff">CDA</text>`,
    `<rect width="100" height="100" fill="#ffffff"/><path d="M10 40 Q 30 20 50 40 Q 70 20 90 40" stroke="#ae1c28" stroke-width="6" fill="none"/><text x="50" y="80" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="32" fill="#1a2f6e">PVV</text>`,
    `<rect width="100" height="100" fill="#1c3a70"/><circle cx="50" cy="42" r="24" fill="#fff"/><path d="M35 42 h30 M50 27 v30" stroke="#1c3a70" stroke-width="5"/><text x="50" y="88" text-anchor="middle" font-family="DejaVu Sans" font-size="14" fill="#fff">PARTIJ</text>`,
  ][style];
  return `<g transform="translate(${x} ${y}) scale(${s})">${inner}</g>`;
}

// ---------------------------------------------------------------------------------------------
// Scenes.

/** Scene kinds whose logo (if any) stays inside a circular crop. */
const CIRCLE_SAFE = new Set(["lint-centre", "lint-navy-suit", "large-logo"]);

export interface Scene {
  kind: string;
  label: DevsetLabel;
  group: DevsetGroup;
  svg: string;
}

function wrap(body: string, random: Random): string {
  const grain =
    random() < 0.7
      ? `<rect width="400" height="400" filter="url(#grain)" opacity="${between(random, 0.03, 0.08).toFixed(2)}"/>`
      : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
<defs><filter id="soft"><feGaussianBlur stdDeviation="${between(random, 0.5, 2.5).toFixed(2)}"/></filter>
<filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.9" seed="${Math.floor(random() * 1000)}"/></filter></defs>
${body}${grain}</svg>`;
}

function positiveScenes(random: Random, count: number): Scene[] {
  const scenes: Scene[] = [];
  for (let i = 0; i < count; i++) {
    const variant = i % 8;
    const background = anyBackground(random);
    let body: string;
    let kind: string;
    if (variant <= 1) {
      kind = "lint-centre";
      body = background + randomLint(random, "centre");
    } else if (variant === 2) {
      kind = "lint-offset";
      body = background + randomLint(random, "offset");
    } else if (variant === 3) {
      kind = "lint-cropped";
      body = background + randomLint(random, "cropped");
    } else if (variant === 4) {
      kind = "lint-rotated";
      body =
        background + randomLint(random, pick(random, ["centre", "offset"] as const), { angle: between(random, -5, 5) });
    } else if (variant === 5) {
      kind = "lint-navy-suit";
      body =
        portrait(random, { suit: pick(random, NAVY_SUITS), tie: pick(random, TIES) }) + randomLint(random, "centre");
    } else if (variant === 6) {
      kind = "wordmark";
      body = background + wordmarkLogo(random, random() < 0.5);
    } else {
      kind = "large-logo";
      body = largeLogo(random);
    }
    scenes.push({ kind, label: "present", group: "positive", svg: wrap(body, random) });
  }
  return scenes;
}

function negativeScenes(random: Random, count: number): Scene[] {
  return Array.from({ length: count }, () => ({
    kind: "plain-negative",
    label: "absent" as const,
    group: "negative" as const,
    svg: wrap(anyBackground(random), random),
  }));
}

function hardNegativeScenes(random: Random, count: number): Scene[] {
  const scenes: Scene[] = [];
  for (let i = 0; i < count; i++) {
    const variant = i % 13;
    let body: string;
    let kind: string;
    if (variant === 0) {
      kind = "band-no-emblem";
      body = anyBackground(random) + randomLint(random, pick(random, ["centre", "offset"] as const), { content: "" });
    } else if (variant === 1) {
      kind = "band-other-shape";
      body =
        anyBackground(random) +
        randomLint(random, pick(random, ["centre", "offset"] as const), { content: pick(random, OTHER_SHAPES) });
    } else if (variant === 2) {
      kind = "navy-suit";
      body = portrait(random, { suit: pick(random, NAVY_SUITS), tie: pick(random, TIES) });
    } else if (variant === 3) {
      kind = "deep-sky";
      body = sky(random, true);
    } else if (variant === 4) {
      kind = "eu-flag";
      const full = random() < 0.5;
      const width = full ? 600 : between(random, 90, 200);
      body =
        (full ? "" : anyBackground(random)) +
        euFlag(random, full ? -100 : between(random, 0, 400 - width), full ? -0 : between(random, 0, 200), width);
    } else if (variant === 5) {
      kind = "emblem-other-colour";
      const colour = pick(random, ["#000000", "#c9a227", "#b8860b", "#333333"]);
      const width = between(random, 120, 300);
      body = `<rect width="400" height="400" fill="#ffffff"/><svg x="${(400 - width) / 2}" y="${between(random, -width * 0.6, -width * 0.3)}" width="${width}" height="${width * 2}" viewBox="0 -12 44 88"><path fill="${colour}" d="${EMBLEM_PATH}"/></svg>`;
    } else if (variant === 6) {
      kind = "emblem-other-band";
      body =
        anyBackground(random) +
        randomLint(random, "centre", { band: pick(random, ["#39870c", "#d52b1e", "#111111", "#42145f", "#a90061"]) });
    } else if (variant === 7) {
      kind = "party-logo";
      body = `<rect width="400" height="400" fill="#ffffff"/>${partyLogo(random)}`;
    } else if (variant === 8) {
      kind = "dutch-flag";
      body =
        anyBackground(random) +
        dutchFlag(between(random, -50, 250), between(random, 0, 250), between(random, 120, 400));
    } else if (variant === 10) {
      kind = "compass-rose";
      const r = between(random, 40, 150);
      const points = Array.from({ length: 16 }, (_, k) => {
        const rr = k % 2 === 0 ? r : r * 0.22;
        const a = (k * Math.PI) / 8;
        return `${(200 + rr * Math.sin(a)).toFixed(1)},${(200 - rr * Math.cos(a)).toFixed(1)}`;
      }).join(" ");
      body = `<rect width="400" height="400" fill="${pick(random, ["#004990", "#0b2d5b", RIJKS_BLUE])}"/><circle cx="200" cy="200" r="${r * 0.6}" fill="none" stroke="#fff" stroke-width="${r / 20}"/><polygon points="${points}" fill="#fff"/>`;
    } else if (variant === 11) {
      kind = "checked-shirt";
      const cell = between(random, 6, 20);
      body = `<defs><pattern id="check" width="${cell * 2}" height="${cell * 2}" patternUnits="userSpaceOnUse"><rect width="${cell * 2}" height="${cell * 2}" fill="#ffffff"/><rect width="${cell * 2}" height="${cell}" fill="${RIJKS_BLUE}" opacity="0.85"/><rect width="${cell}" height="${cell * 2}" fill="${RIJKS_BLUE}" opacity="0.85"/></pattern></defs>${portrait(random, { suit: "url(#check)" })}`;
    } else if (variant === 12) {
      kind = "delft-tile";
      let ornaments = "";
      for (let k = 0; k < 14; k++) {
        ornaments += `<circle cx="${between(random, 0, 400)}" cy="${between(random, 0, 400)}" r="${between(random, 8, 40)}" fill="none" stroke="${RIJKS_BLUE}" stroke-width="${between(random, 2, 8)}"/>`;
      }
      body = `<rect width="400" height="400" fill="#f8f8f4"/><g filter="url(#soft)">${ornaments}</g>`;
    } else {
      kind = "blue-text-badge";
      const w = between(random, 80, 220);
      const x = between(random, 0, 400 - w);
      body = `${anyBackground(random)}<rect x="${x}" y="0" width="${w}" height="${w * 0.8}" fill="${RIJKS_BLUE}"/><text x="${x + w / 2}" y="${w * 0.45}" text-anchor="middle" font-family="DejaVu Serif" font-size="${w / 6}" fill="#fff">Ministerie</text>`;
    }
    scenes.push({ kind, label: "absent", group: "hard-negative", svg: wrap(body, random) });
  }
  return scenes;
}

/**
 * A white crown where the emblem would be, in the band's 44-unit coordinates: a royal crown
 * (arches, orb and cross), a pointed crown with balls on its points, or an outlined one. At
 * 96 px its outline is about as wide as the emblem and blurs into a similar blob.
 */
export function crownShape(random: Random): string {
  const width = between(random, 24, 38);
  const height = width * between(random, 0.7, 0.95);
  const left = 22 - width / 2;
  const top = between(random, 2, 10);
  const base = top + height;
  const fill = `rgb(${Math.round(between(random, 235, 255))},${Math.round(between(random, 235, 255))},${Math.round(between(random, 235, 255))})`;
  const style = Math.floor(random() * 3);
  const x = (share: number) => (left + share * width).toFixed(2);
  const y = (share: number) => (top + share * height).toFixed(2);
  if (style === 0) {
    const orb = width * 0.09;
    return `<g fill="${fill}"><rect x="${x(0.02)}" y="${y(0.78)}" width="${(0.96 * width).toFixed(2)}" height="${(0.22 * height).toFixed(2)}"/><path d="M${x(0.05)} ${y(0.78)} Q${x(0.02)} ${y(0.3)} ${x(0.25)} ${y(0.32)} Q${x(0.42)} ${y(0.3)} ${x(0.5)} ${y(0.28)} Q${x(0.58)} ${y(0.3)} ${x(0.75)} ${y(0.32)} Q${x(0.98)} ${y(0.3)} ${x(0.95)} ${y(0.78)} Z"/><circle cx="22" cy="${y(0.2)}" r="${orb.toFixed(2)}"/><rect x="${(22 - orb / 3).toFixed(2)}" y="${y(0)}" width="${((2 * orb) / 3).toFixed(2)}" height="${(0.15 * height).toFixed(2)}"/></g>`;
  }
  const points = style === 1 ? 3 : 5;
  const outline: string[] = [`${x(0)},${base.toFixed(2)}`];
  let balls = "";
  for (let k = 0; k < points; k++) {
    const share = k / (points - 1);
    outline.push(`${x(share)},${y(0.12)}`);
    if (k < points - 1) outline.push(`${x(share + 0.5 / (points - 1))},${y(0.55)}`);
    balls += `<circle cx="${x(share)}" cy="${y(0.08)}" r="${(0.06 * width).toFixed(2)}"/>`;
  }
  outline.push(`${x(1)},${base.toFixed(2)}`);
  const stroke =
    style === 2 ? ` fill="none" stroke="${fill}" stroke-width="${(0.1 * width).toFixed(2)}"` : ` fill="${fill}"`;
  return `<g fill="${fill}"><polygon points="${outline.join(" ")}"${stroke}/>${balls}</g>`;
}

export const CROWN_SEED = 20261130;
export const CROWN_COUNT = 30;

/** Hard negatives added after the first set: a white crown on a Rijksoverheid-blue band. */
export function crownScenes(random: Random, count: number): Scene[] {
  return Array.from({ length: count }, () => {
    const body =
      anyBackground(random) +
      randomLint(random, pick(random, ["centre", "offset"] as const), { content: crownShape(random) });
    return { kind: "band-crown", label: "absent" as const, group: "hard-negative" as const, svg: wrap(body, random) };
  });
}

// ---------------------------------------------------------------------------------------------
// Encoding.

type Format = "jpg" | "webp" | "png";

export async function encode(
  svg: string,
  size: number,
  format: Format,
  quality: number,
  circle: boolean,
  blur = 0,
): Promise<Buffer> {
  let image = sharp(Buffer.from(svg));
  if (blur > 0) image = sharp(await image.blur(blur).png().toBuffer());
  image = image.resize(size, size);
  if (circle) {
    const mask = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${size / 2}" fill="#fff"/></svg>`,
    );
    image = sharp(
      await image
        .ensureAlpha()
        .composite([{ input: mask, blend: "dest-in" }])
        .png()
        .toBuffer(),
    );
  }
  if (format === "jpg") return image.flatten({ background: "#ffffff" }).jpeg({ quality }).toBuffer();
  if (format === "webp") return image.webp({ quality }).toBuffer();
  return image.png({ compressionLevel: 9, palette: size <= 256 }).toBuffer();
}

export async function generateDevset(directory = DEVSET_DIR): Promise<DevsetEntry[]> {
  const random = prng(20260101);
  const scenes = [
    ...positiveScenes(random, 160),
    ...negativeScenes(random, 100),
    ...hardNegativeScenes(random, 195),
    // Appended with a generator of their own, so the scenes and encodings above stay as they were.
    ...crownScenes(prng(CROWN_SEED), CROWN_COUNT),
  ];
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const entries: DevsetEntry[] = [];
  for (const [index, scene] of scenes.entries()) {
    const sizes = index % 3 === 0 || scene.kind === "band-crown" ? [400, 200, 96] : [400, 200];
    for (const size of sizes) {
      const format = pick(random, ["jpg", "jpg", "webp", "png"] as const);
      const circle = random() < 0.25 && (scene.label === "absent" || CIRCLE_SAFE.has(scene.kind));
      const quality = Math.round(between(random, 70, 90));
      const file = `${String(index).padStart(3, "0")}-${scene.kind}-${size}${circle ? "-circle" : ""}.${format}`;
      const blur = random() < 0.2 ? between(random, 0.5, 1.2) : 0;
      writeFileSync(join(directory, file), await encode(scene.svg, size, format, quality, circle, blur));
      entries.push({ file, label: scene.label, group: scene.group, size, kind: scene.kind });
    }
  }
  writeFileSync(join(directory, "labels.json"), `${JSON.stringify(entries, null, 1)}\n`);
  return entries;
}

/** The small committed set for unit and command tests (tests/fixtures/avatars/). */
export async function generateSmallSet(directory = FIXTURES_DIR): Promise<void> {
  const random = prng(7);
  const office = (r: Random) => portrait(r, { suit: SUITS[1], tie: TIES[0] });
  const lint = (x: number, width: number, angle = 0) => band({ width, x, emblemTop: 0.5 * width, angle });
  const files: [string, string, number, Format, boolean][] = [
    ["corporate-lint.jpg", office(random) + lint(170, 60), 400, "jpg", false],
    ["corporate-lint-offset.webp", sky(random, false) + lint(260, 56, 3), 300, "webp", false],
    ["corporate-lint-circle.png", office(random) + lint(175, 50), 200, "png", true],
    ["ministry-large-logo.png", largeLogo(prng(3)), 256, "png", false],
    ["hybrid-portrait.jpg", portrait(random, { suit: SUITS[0], tie: TIES[2] }), 400, "jpg", false],
    ["navy-suit.jpg", portrait(random, { suit: NAVY_SUITS[3], tie: TIES[1] }), 400, "jpg", false],
    [
      "blue-band-no-emblem.png",
      office(random) + band({ width: 60, x: 170, emblemTop: 30, content: "" }),
      300,
      "png",
      false,
    ],
    ["eu-flag.png", euFlag(random, 0, 67, 400), 256, "png", false],
  ];
  mkdirSync(directory, { recursive: true });
  for (const [file, body, size, format, circle] of files) {
    // Without film grain, so the PNGs compress to a few kilobytes.
    const svg = wrap(body, random).replace(/<rect [^>]*filter="url\(#grain\)"[^>]*\/>/, "");
    writeFileSync(join(directory, file), await encode(svg, size, format, 80, circle));
  }
  const jpeg = readFileSync(join(directory, "corporate-lint.jpg"));
  writeFileSync(join(directory, "truncated.jpg"), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  writeFileSync(
    join(directory, "corrupt.png"),
    Buffer.from(Array.from({ length: 2048 }, () => Math.floor(random() * 256))),
  );
  writeFileSync(join(directory, "empty.png"), Buffer.alloc(0));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const started = performance.now();
  const entries = await generateDevset();
  if (process.argv.includes("--small")) await generateSmallSet();
  console.log(
    `wrote ${entries.length} images to ${DEVSET_DIR} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
