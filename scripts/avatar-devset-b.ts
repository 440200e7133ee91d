/**
 * Second, independent development set for the avatar detector ("set B"). It shares nothing with
 * scripts/avatar-devset.ts but the public artwork: scenes are painted into an RGBA buffer in
 * TypeScript (no SVG scene graph), backgrounds include real CC0 photographs (Poly Haven HDRIs,
 * shipped by @pmndrs/assets, decoded with three's EXRLoader and tone-mapped), the logo is
 * rasterised on its own by sharp, optionally at a fraction of its size and upscaled (soft edges),
 * turned with sharp's rotate and alpha-blended into the buffer. Each scene then goes through a
 * platform pipeline: an upload JPEG at q92, a resize to 400 px (lanczos3), re-encoding at the
 * qualities the platforms serve (JPEG q75–90, WebP q75–80), and the smaller sizes the platforms
 * serve (200, 96, 48 px) derived from the 400 px copy with another kernel, some circularly cropped.
 *
 * Hard negatives: Rijksoverheid-blue bands carrying a star, text or other crests, blue bands of
 * other bodies, blue suits and ties, flags (EU, NL, saltire, star canton, stripes).
 *
 * Run: npx tsx scripts/avatar-devset-b.ts   (writes tests/fixtures/avatars/devset-b/, gitignored)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import sharp from "sharp";
import { FloatType } from "three";
import { EXRLoader } from "three/examples/jsm/loaders/EXRLoader.js";
import { type DevsetEntry, FIXTURES_DIR } from "./avatar-devset";
import { prng } from "./prng";

export const DEVSET_B_DIR = join(FIXTURES_DIR, "devset-b");

/** Painting size: not a multiple of the served sizes, so every resize mixes pixels. */
const SIDE = 480;
const require = createRequire(import.meta.url);
const emblemSvg = readFileSync(require.resolve("@nl-rvo/assets/images/emblem.svg"), "utf8");
const logoSvg = readFileSync(require.resolve("@nl-rvo/assets/images/logo.svg"), "utf8");
const EMBLEM_D = [...emblemSvg.matchAll(/\sd="([^"]+)"/g)][1][1];

type Random = () => number;
type Rgb = [number, number, number];
const range = (r: Random, low: number, high: number) => low + (high - low) * r();
const choose = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const clamp = (v: number) => Math.max(0, Math.min(255, v));

// ---------------------------------------------------------------------------------------------
// A small RGBA painter with anti-aliasing by 4×4 coverage sampling.

class Canvas {
  readonly data = new Float32Array(SIDE * SIDE * 3);
  /** Boxes of the emblems drawn [x0, y0, x1, y1], for keeping them inside a circular crop. */
  readonly emblems: [number, number, number, number][] = [];

  /** Blends `colour` with coverage `inside(x, y)` sampled 4×4 per pixel within a box. */
  fill(colour: Rgb, box: [number, number, number, number], inside: (x: number, y: number) => boolean, opacity = 1) {
    const x0 = Math.max(0, Math.floor(box[0]));
    const y0 = Math.max(0, Math.floor(box[1]));
    const x1 = Math.min(SIDE - 1, Math.ceil(box[2]));
    const y1 = Math.min(SIDE - 1, Math.ceil(box[3]));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        let hits = 0;
        for (let s = 0; s < 16; s++) if (inside(x + ((s & 3) + 0.5) / 4, y + ((s >> 2) + 0.5) / 4)) hits++;
        if (hits === 0) continue;
        const a = (hits / 16) * opacity;
        const p = (y * SIDE + x) * 3;
        for (let c = 0; c < 3; c++) this.data[p + c] += (colour[c] - this.data[p + c]) * a;
      }
    }
  }

  ellipse(colour: Rgb, cx: number, cy: number, rx: number, ry: number, opacity = 1) {
    this.fill(
      colour,
      [cx - rx, cy - ry, cx + rx, cy + ry],
      (x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1,
      opacity,
    );
  }

  polygon(colour: Rgb, points: [number, number][], opacity = 1) {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    this.fill(
      colour,
      [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      (x, y) => {
        let inside = false;
        for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
          const [xi, yi] = points[i];
          const [xj, yj] = points[j];
          if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
      },
      opacity,
    );
  }

  rect(colour: Rgb, x: number, y: number, w: number, h: number, opacity = 1) {
    this.polygon(
      colour,
      [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
      ],
      opacity,
    );
  }

  /** Alpha-blends an RGBA tile (from sharp) with its top-left corner at (left, top). */
  blend(tile: { data: Buffer; width: number; height: number }, left: number, top: number) {
    for (let ty = 0; ty < tile.height; ty++) {
      const y = ty + top;
      if (y < 0 || y >= SIDE) continue;
      for (let tx = 0; tx < tile.width; tx++) {
        const x = tx + left;
        if (x < 0 || x >= SIDE) continue;
        const t = (ty * tile.width + tx) * 4;
        const a = tile.data[t + 3] / 255;
        if (a === 0) continue;
        const p = (y * SIDE + x) * 3;
        for (let c = 0; c < 3; c++) this.data[p + c] += (tile.data[t + c] - this.data[p + c]) * a;
      }
    }
  }

  toRgb(): Buffer {
    return Buffer.from(Uint8Array.from(this.data, (v) => Math.round(clamp(v))));
  }
}

// ---------------------------------------------------------------------------------------------
// Backgrounds.

interface Photo {
  width: number;
  height: number;
  data: Float32Array;
}

let photos: Photo[] | undefined;

/** The CC0 Poly Haven HDRIs of @pmndrs/assets, decoded once (linear light, RGBA float). */
function loadPhotos(): Photo[] {
  if (photos) return photos;
  const folder = join(dirname(require.resolve("@pmndrs/assets/package.json")), "hdri");
  const loader = new EXRLoader();
  loader.setDataType(FloatType);
  photos = readdirSync(folder)
    .filter((file) => file.endsWith(".exr.js"))
    .sort()
    .map((file) => {
      const source = readFileSync(join(folder, file), "utf8");
      const bytes = Buffer.from((source.match(/base64,([^"']+)/) as RegExpMatchArray)[1], "base64");
      const parsed = loader.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
      return { width: parsed.width, height: parsed.height, data: parsed.data as Float32Array };
    });
  return photos;
}

/** A crop near the horizon of a CC0 panorama, tone-mapped (Reinhard) and upscaled bilinearly. */
function photoBackground(r: Random, canvas: Canvas) {
  const photo = choose(r, loadPhotos());
  const cropSide = range(r, 90, 200);
  const cx0 = range(r, 0, photo.width - cropSide);
  const cy0 = range(r, photo.height * 0.25, photo.height * 0.75 - cropSide / 2);
  const exposure = range(r, 0.6, 2.2);
  const flip = r() < 0.5;
  const scale = cropSide / SIDE;
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      const sx = Math.min(photo.width - 1.001, cx0 + (flip ? SIDE - 1 - x : x) * scale);
      const sy = Math.min(photo.height - 1.001, Math.max(0, cy0 + y * scale));
      const ix = Math.floor(sx);
      const iy = Math.floor(sy);
      const fx = sx - ix;
      const fy = sy - iy;
      const p = (y * SIDE + x) * 3;
      for (let c = 0; c < 3; c++) {
        const at = (px: number, py: number) => photo.data[(py * photo.width + px) * 4 + c];
        // EXR rows run bottom to top in three's decoder.
        const row = photo.height - 1 - iy;
        const rowBelow = Math.max(0, row - 1);
        const v =
          (at(ix, row) * (1 - fx) + at(ix + 1, row) * fx) * (1 - fy) +
          (at(ix, rowBelow) * (1 - fx) + at(ix + 1, rowBelow) * fx) * fy;
        const mapped = (v * exposure) / (1 + v * exposure);
        canvas.data[p + c] = 255 * mapped ** (1 / 2.2);
      }
    }
  }
}

/** Smooth value noise in a hue family: walls, foliage, fabric. */
function textureBackground(r: Random, canvas: Canvas) {
  const cells = Math.floor(range(r, 3, 12));
  const grid = Array.from({ length: (cells + 2) ** 2 }, () => r());
  const base: Rgb = [range(r, 20, 230), range(r, 20, 230), range(r, 20, 230)];
  const accent: Rgb = [range(r, 20, 230), range(r, 20, 230), range(r, 20, 230)];
  const smooth = (t: number) => t * t * (3 - 2 * t);
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      const gx = (x / SIDE) * cells;
      const gy = (y / SIDE) * cells;
      const ix = Math.floor(gx);
      const iy = Math.floor(gy);
      const tx = smooth(gx - ix);
      const ty = smooth(gy - iy);
      const g = (i: number, j: number) => grid[j * (cells + 2) + i];
      const v =
        (g(ix, iy) * (1 - tx) + g(ix + 1, iy) * tx) * (1 - ty) +
        (g(ix, iy + 1) * (1 - tx) + g(ix + 1, iy + 1) * tx) * ty;
      const p = (y * SIDE + x) * 3;
      for (let c = 0; c < 3; c++) canvas.data[p + c] = base[c] + (accent[c] - base[c]) * v;
    }
  }
}

/** Out-of-focus lights: soft discs of mixed colours on a dark or light ground. */
function bokehBackground(r: Random, canvas: Canvas) {
  const dark = r() < 0.5;
  const ground: Rgb = dark ? [range(r, 5, 50), range(r, 5, 50), range(r, 10, 70)] : [range(r, 170, 240), 200, 210];
  canvas.rect(ground, 0, 0, SIDE, SIDE);
  for (let i = 0; i < 25; i++) {
    const radius = range(r, 10, 60);
    canvas.ellipse(
      [range(r, 40, 255), range(r, 40, 255), range(r, 40, 255)],
      range(r, 0, SIDE),
      range(r, 0, SIDE),
      radius,
      radius,
      range(r, 0.15, 0.5),
    );
  }
}

function background(r: Random, canvas: Canvas): string {
  const choice = r();
  if (choice < 0.55) {
    photoBackground(r, canvas);
    return "photo";
  }
  if (choice < 0.8) {
    textureBackground(r, canvas);
    return "texture";
  }
  bokehBackground(r, canvas);
  return "bokeh";
}

// ---------------------------------------------------------------------------------------------
// People and objects.

const SKINS: Rgb[] = [
  [236, 194, 164],
  [214, 164, 128],
  [181, 128, 92],
  [140, 94, 64],
  [98, 64, 44],
];
const CLOTH: Rgb[] = [
  [40, 40, 44],
  [70, 72, 80],
  [120, 110, 96],
  [150, 40, 50],
  [230, 230, 225],
  [90, 110, 70],
];
const BLUE_CLOTH: Rgb[] = [
  [21, 66, 115],
  [24, 52, 96],
  [30, 60, 110],
  [16, 40, 80],
  [35, 75, 130],
];

/** A person from the chest up, shaded from one side; `suit` and `tie` colours as given. */
function person(r: Random, canvas: Canvas, suit: Rgb, tie?: Rgb, tiePattern = false) {
  const cx = range(r, 150, 330);
  const headY = range(r, 170, 260);
  const headR = range(r, 65, 95);
  const skin = choose(r, SKINS);
  const shoulderY = headY + headR * 1.25;
  canvas.polygon(suit, [
    [cx - headR * 2.6, SIDE + 5],
    [cx - headR * 2.3, shoulderY + 40],
    [cx - headR * 0.9, shoulderY],
    [cx + headR * 0.9, shoulderY],
    [cx + headR * 2.3, shoulderY + 40],
    [cx + headR * 2.6, SIDE + 5],
  ]);
  // Light from one side: the far half of the body is darker.
  const side = r() < 0.5 ? -1 : 1;
  canvas.polygon(
    [0, 0, 0],
    [
      [cx, shoulderY],
      [cx + side * headR * 2.6, shoulderY + 40],
      [cx + side * headR * 2.6, SIDE + 5],
      [cx, SIDE + 5],
    ],
    0.18,
  );
  canvas.polygon(
    [245, 245, 242],
    [
      [cx - headR * 0.5, shoulderY - 2],
      [cx + headR * 0.5, shoulderY - 2],
      [cx, shoulderY + headR * 1.6],
    ],
  );
  if (tie) {
    const tiePoints: [number, number][] = [
      [cx - 9, shoulderY + 4],
      [cx + 9, shoulderY + 4],
      [cx + 16, shoulderY + headR * 1.5],
      [cx, shoulderY + headR * 1.75],
      [cx - 16, shoulderY + headR * 1.5],
    ];
    canvas.polygon(tie, tiePoints);
    if (tiePattern) {
      for (let k = 0; k < 6; k++)
        canvas.ellipse([250, 250, 250], cx + range(r, -6, 6), shoulderY + 20 + k * 16, 2.5, 2.5);
    }
  }
  canvas.rect(skin, cx - headR * 0.42, headY + headR * 0.6, headR * 0.84, headR * 0.7);
  canvas.ellipse(skin, cx, headY, headR * 0.82, headR);
  canvas.ellipse(
    choose(r, [[30, 22, 16] as Rgb, [90, 60, 35], [170, 140, 100], [120, 120, 120]]),
    cx,
    headY - headR * 0.72,
    headR * 0.85,
    headR * 0.45,
  );
  canvas.ellipse([50, 35, 30], cx - headR * 0.32, headY - headR * 0.05, headR * 0.09, headR * 0.05);
  canvas.ellipse([50, 35, 30], cx + headR * 0.32, headY - headR * 0.05, headR * 0.09, headR * 0.05);
  canvas.ellipse([150, 80, 70], cx, headY + headR * 0.5, headR * 0.22, headR * 0.06);
}

function star(cx: number, cy: number, radius: number, turn = 0): [number, number][] {
  return Array.from({ length: 10 }, (_, k) => {
    const rr = k % 2 === 0 ? radius : radius * 0.4;
    const a = -Math.PI / 2 + (k * Math.PI) / 5 + turn;
    return [cx + rr * Math.cos(a), cy + rr * Math.sin(a)] as [number, number];
  });
}

type FlagKind = "eu" | "nl" | "saltire" | "canton" | "stripes";

function flag(r: Random, canvas: Canvas, kind: FlagKind, x: number, y: number, w: number) {
  const h = (w * 2) / 3;
  const white: Rgb = [250, 250, 250];
  if (kind === "nl") {
    canvas.rect([174, 28, 40], x, y, w, h / 3);
    canvas.rect(white, x, y + h / 3, w, h / 3);
    canvas.rect([33, 70, 139], x, y + (2 * h) / 3, w, h / 3);
  } else if (kind === "eu") {
    canvas.rect(choose(r, [[0, 51, 153] as Rgb, [21, 66, 115]]), x, y, w, h);
    for (let i = 0; i < 12; i++) {
      const a = (i / 12) * 2 * Math.PI;
      canvas.polygon([255, 204, 0], star(x + w / 2 + (h / 3) * Math.cos(a), y + h / 2 + (h / 3) * Math.sin(a), h / 18));
    }
  } else if (kind === "saltire") {
    canvas.rect([0, 94, 184], x, y, w, h);
    const t = h * 0.1;
    canvas.polygon(white, [
      [x, y],
      [x + t, y],
      [x + w, y + h - t],
      [x + w, y + h],
      [x + w - t, y + h],
      [x, y + t],
    ]);
    canvas.polygon(white, [
      [x + w, y],
      [x + w, y + t],
      [x + t, y + h],
      [x, y + h],
      [x, y + h - t],
      [x + w - t, y],
    ]);
  } else if (kind === "canton") {
    for (let i = 0; i < 13; i++) canvas.rect(i % 2 ? white : [178, 34, 52], x, y + (i * h) / 13, w, h / 13 + 0.5);
    canvas.rect([60, 59, 110], x, y, w * 0.4, (h * 7) / 13);
    for (let i = 0; i < 5; i++) {
      for (let j = 0; j < 6; j++)
        canvas.polygon(white, star(x + w * 0.035 + j * w * 0.066, y + h * 0.05 + i * h * 0.1, h * 0.025));
    }
  } else {
    for (let i = 0; i < 9; i++) canvas.rect(i % 2 ? white : [13, 94, 175], x, y + (i * h) / 9, w, h / 9 + 0.5);
    canvas.rect([13, 94, 175], x, y, (h * 5) / 9, (h * 5) / 9);
    canvas.rect(white, x + (h * 2) / 9, y, h / 9, (h * 5) / 9);
    canvas.rect(white, x, y + (h * 2) / 9, (h * 5) / 9, h / 9);
  }
}

function clutter(r: Random, canvas: Canvas) {
  for (let i = 0, n = Math.floor(range(r, 0, 4)); i < n; i++) {
    const colour: Rgb = choose(r, [[220, 30, 30] as Rgb, [250, 200, 0], [0, 150, 70], [240, 120, 0], [200, 0, 120]]);
    if (r() < 0.5) canvas.ellipse(colour, range(r, 0, SIDE), range(r, 0, SIDE), range(r, 10, 50), range(r, 10, 50));
    else canvas.rect(colour, range(r, 0, SIDE), range(r, 0, SIDE), range(r, 15, 90), range(r, 15, 90));
  }
}

// ---------------------------------------------------------------------------------------------
// The logo and what looks like it, rasterised on their own by sharp.

interface BandSpec {
  /** Band width in painting pixels. */
  width: number;
  /** Left edge of the band. */
  left: number;
  /** Where the band's emblem area (emblem.svg's y = -12) starts; negative hangs it off the top. */
  top: number;
  angle: number;
  band: Rgb;
  emblem: Rgb;
  /** SVG drawn in the band's 44-unit coordinates instead of the emblem; "" for a bare band. */
  content?: string;
  /** Rasterise at this fraction of the size, then upscale (soft edges of a small original). */
  softness: number;
}

const css = (c: Rgb) => `rgb(${c.map((v) => Math.round(clamp(v))).join(",")})`;

/** The band (emblem.svg's 44 × 88 band, run up to the top edge) as an RGBA tile. */
async function bandTile(spec: BandSpec) {
  const unit = spec.width / 44;
  const above = Math.max(0, spec.top) / unit + 14;
  const viewTop = -12 - above;
  const viewHeight = 88 + above;
  const content = spec.content ?? `<path fill="${css(spec.emblem)}" d="${EMBLEM_D}"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 ${viewTop} 44 ${viewHeight}" width="${44 * unit}" height="${viewHeight * unit}"><rect x="0" y="${viewTop}" width="44" height="${viewHeight}" fill="${css(spec.band)}"/>${content}</svg>`;
  const width = Math.max(2, Math.round(44 * unit * spec.softness));
  const height = Math.max(2, Math.round(viewHeight * unit * spec.softness));
  let tile = await sharp(Buffer.from(svg), { density: 72 * spec.softness * 4 })
    .resize(width, height, { fit: "fill" })
    .ensureAlpha()
    .png()
    .toBuffer();
  if (spec.softness < 1) {
    tile = await sharp(tile)
      .resize(Math.round(44 * unit), Math.round(viewHeight * unit), { fit: "fill", kernel: "cubic" })
      .png()
      .toBuffer();
  }
  const rotated = await sharp(tile)
    .rotate(spec.angle, { background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grow = (rotated.info.width - Math.round(44 * unit)) / 2;
  const growY = (rotated.info.height - Math.round(viewHeight * unit)) / 2;
  return {
    tile: { data: rotated.data, width: rotated.info.width, height: rotated.info.height },
    left: Math.round(spec.left - grow),
    top: Math.round(spec.top - above * unit - growY),
  };
}

async function drawBand(canvas: Canvas, spec: BandSpec) {
  const { tile, left, top } = await bandTile(spec);
  canvas.blend(tile, left, top);
  // emblem.svg's emblem spans about x 2–42 and y 22–62 of the band's 44 × 88 units (from y = -12).
  const unit = spec.width / 44;
  canvas.emblems.push([spec.left + 2 * unit, spec.top + 34 * unit, spec.left + 42 * unit, spec.top + 74 * unit]);
}

/** Whether every emblem drawn lies inside the circle a circular crop keeps. */
function emblemsInsideCircle(canvas: Canvas): boolean {
  const centre = SIDE / 2;
  return canvas.emblems.every(([x0, y0, x1, y1]) =>
    [
      [x0, y0],
      [x1, y0],
      [x0, y1],
      [x1, y1],
    ].every(([x, y]) => Math.hypot(x - centre, y - centre) <= 0.98 * centre),
  );
}

/** The word-mark logo (logo.svg) on its white plate. */
async function drawWordmark(canvas: Canvas, width: number, left: number, top: number) {
  const { data, info } = await sharp(Buffer.from(logoSvg), { density: 300 })
    .flatten({ background: "#ffffff" })
    .resize(Math.round(width))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  canvas.blend({ data, width: info.width, height: info.height }, Math.round(left), Math.round(top));
}

const RIJKS: Rgb = [0x15, 0x42, 0x73];
const drift = (r: Random, c: Rgb, amount: number): Rgb => [
  c[0] + range(r, -amount, amount),
  c[1] + range(r, -amount, amount),
  c[2] + range(r, -amount, amount),
];

function lintSpec(r: Random, overrides: Partial<BandSpec> = {}): BandSpec {
  const width = SIDE * range(r, 0.09, 0.28);
  const where = r();
  const left =
    where < 0.45
      ? SIDE / 2 - width / 2 + range(r, -0.05, 0.05) * SIDE
      : where < 0.85
        ? range(r, 0.03 * SIDE, SIDE - width - 0.03 * SIDE)
        : r() < 0.5
          ? range(r, 0, 0.04) * SIDE
          : SIDE - width - range(r, 0, 0.04) * SIDE;
  return {
    width,
    left,
    // emblem.svg's emblem starts 36 units below the band's top: hang it 0.05–0.9 widths down.
    top: -36 * (width / 44) + range(r, 0.05, 0.9) * width,
    angle: r() < 0.35 ? range(r, -4, 4) : 0,
    band: drift(r, RIJKS, 8),
    emblem: drift(r, [248, 248, 248], 6),
    softness: r() < 0.3 ? range(r, 0.35, 0.7) : 1,
    ...overrides,
  };
}

/** Contents of look-alike bands, in the band's 44-unit coordinates (the emblem sits at y 20–60). */
const LOOK_ALIKES: Record<string, string> = {
  star: `<path fill="#fff" d="M22 24l4.1 12.4h13l-10.5 7.7 4 12.4L22 48.8l-10.6 7.7 4-12.4-10.5-7.7h13z"/>`,
  "small-star": `<path fill="#fff" d="M22 32l2.6 7.6h8l-6.5 4.7 2.5 7.7L22 47.3l-6.6 4.7 2.5-7.7-6.5-4.7h8z"/>`,
  "text-nl": `<text x="22" y="48" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="17" fill="#fff">NL</text>`,
  "text-ministerie": `<text x="22" y="40" text-anchor="middle" font-family="DejaVu Serif" font-size="6.5" fill="#fff">Ministerie</text><text x="22" y="48" text-anchor="middle" font-family="DejaVu Serif" font-size="6.5" fill="#fff">van Financiën</text>`,
  crest: `<path fill="none" stroke="#fff" stroke-width="1.6" d="M10 30h24v12c0 8-6 13-12 16c-6-3-12-8-12-16z"/><path fill="#fff" d="M14 22l3 4 5-6 5 6 3-4v6H14z"/><path fill="#fff" d="M17 36h10v4H17z"/>`,
  shield: `<path fill="#fff" d="M11 28h22v12c0 9-6 14-11 17c-5-3-11-8-11-17z"/><path fill="#154273" d="M15 32h14v8c0 6-4 10-7 12c-3-2-7-6-7-12z"/>`,
  anchor: `<g fill="none" stroke="#fff" stroke-width="2.2"><circle cx="22" cy="27" r="3"/><path d="M22 30v26M14 36h16M9 46c2 8 8 11 13 11s11-3 13-11"/></g>`,
  "circle-logo": `<circle cx="22" cy="40" r="12" fill="none" stroke="#fff" stroke-width="2.5"/><circle cx="22" cy="40" r="4.5" fill="#fff"/>`,
  lion: `<path fill="#fff" d="M14 56l2-10-4-6 3-10 6-4 6 2 3 6-2 5 5 4-1 6-5 2 1 5h-3l-2-5-4 1-1 4z"/>`,
  crown: `<path fill="#fff" d="M10 46l-2-16 7 8 7-12 7 12 7-8-2 16z"/><path fill="#fff" d="M10 48h24v4H10z"/>`,
};

// ---------------------------------------------------------------------------------------------
// Scenes.

interface Scene {
  kind: string;
  label: "present" | "absent";
  group: DevsetEntry["group"];
  paint: (canvas: Canvas) => Promise<void>;
  /** Circular crops only where the logo would survive one. */
  circleSafe: boolean;
}

function anyPerson(r: Random, canvas: Canvas) {
  const blueSuit = r() < 0.25;
  person(
    r,
    canvas,
    blueSuit ? choose(r, BLUE_CLOTH) : choose(r, CLOTH),
    r() < 0.6 ? choose(r, [...CLOTH, ...BLUE_CLOTH]) : undefined,
  );
}

function positiveScene(r: Random, index: number): Scene {
  const variant = index % 8;
  let kind: string;
  let paint: (canvas: Canvas) => Promise<void>;
  let circleSafe = true;
  if (variant <= 2) {
    kind = "lint-portrait";
    paint = async (canvas) => {
      background(r, canvas);
      anyPerson(r, canvas);
      await drawBand(canvas, lintSpec(r));
    };
  } else if (variant === 3) {
    kind = "lint-flag-beside";
    paint = async (canvas) => {
      background(r, canvas);
      flag(
        r,
        canvas,
        choose(r, ["eu", "nl", "canton", "stripes"] as const),
        range(r, 0, 300),
        range(r, 150, 350),
        range(r, 100, 200),
      );
      clutter(r, canvas);
      await drawBand(canvas, lintSpec(r));
    };
  } else if (variant === 4) {
    kind = "lint-dark-or-blue";
    paint = async (canvas) => {
      const ground: Rgb =
        r() < 0.5 ? drift(r, [22, 58, 105], 15) : [range(r, 5, 40), range(r, 5, 40), range(r, 10, 50)];
      canvas.rect(ground, 0, 0, SIDE, SIDE);
      if (r() < 0.6) person(r, canvas, choose(r, BLUE_CLOTH), choose(r, CLOTH));
      await drawBand(canvas, lintSpec(r));
    };
  } else if (variant === 5) {
    kind = "lint-soft-turned";
    paint = async (canvas) => {
      background(r, canvas);
      anyPerson(r, canvas);
      await drawBand(canvas, lintSpec(r, { angle: range(r, -5, 5), softness: range(r, 0.3, 0.55) }));
    };
  } else if (variant === 6) {
    kind = "wordmark";
    circleSafe = false;
    paint = async (canvas) => {
      background(r, canvas);
      anyPerson(r, canvas);
      const width = range(r, 170, 330);
      await drawWordmark(canvas, width, range(r, 0, SIDE - width), range(r, 0, 40));
    };
  } else {
    kind = "large-logo";
    paint = async (canvas) => {
      canvas.rect(r() < 0.7 ? [255, 255, 255] : [240, 242, 245], 0, 0, SIDE, SIDE);
      const width = SIDE * range(r, 0.28, 0.45);
      await drawBand(canvas, {
        ...lintSpec(r),
        width,
        left: (SIDE - width) / 2 + range(r, -12, 12),
        top: range(r, -0.2, 0.5) * width,
        angle: 0,
        softness: 1,
      });
    };
  }
  return { kind, label: "present", group: "positive", paint, circleSafe };
}

function negativeScene(r: Random, index: number): Scene {
  const variant = index % 3;
  const kind = ["portrait", "photo", "objects"][variant];
  return {
    kind,
    label: "absent",
    group: "negative",
    circleSafe: true,
    paint: async (canvas) => {
      background(r, canvas);
      if (variant === 0) anyPerson(r, canvas);
      if (variant === 2) clutter(r, canvas);
    },
  };
}

const LOOK_ALIKE_KINDS = Object.keys(LOOK_ALIKES);

function hardNegativeScene(r: Random, index: number): Scene {
  const variant = index % 7;
  let kind: string;
  let paint: (canvas: Canvas) => Promise<void>;
  if (variant <= 1) {
    // Rijksoverheid blue band carrying something else: the cases the detector must not call.
    const content = LOOK_ALIKE_KINDS[Math.floor(index / 7) % LOOK_ALIKE_KINDS.length];
    kind = `band-${content}`;
    paint = async (canvas) => {
      background(r, canvas);
      if (r() < 0.6) anyPerson(r, canvas);
      await drawBand(canvas, lintSpec(r, { content: LOOK_ALIKES[content] }));
    };
  } else if (variant === 2) {
    kind = "other-blue-band";
    paint = async (canvas) => {
      background(r, canvas);
      if (r() < 0.6) anyPerson(r, canvas);
      const other = choose<Rgb>(r, [
        [0, 51, 153],
        [0, 94, 184],
        [10, 40, 90],
        [40, 90, 160],
        [0, 70, 130],
      ]);
      const content = r() < 0.4 ? "" : LOOK_ALIKES[choose(r, LOOK_ALIKE_KINDS)];
      await drawBand(canvas, lintSpec(r, { band: other, content }));
    };
  } else if (variant === 3) {
    kind = "bare-band";
    paint = async (canvas) => {
      background(r, canvas);
      anyPerson(r, canvas);
      await drawBand(canvas, lintSpec(r, { content: "" }));
    };
  } else if (variant === 4) {
    kind = "blue-suit-tie";
    paint = async (canvas) => {
      background(r, canvas);
      person(r, canvas, choose(r, BLUE_CLOTH), r() < 0.5 ? RIJKS : choose(r, BLUE_CLOTH), r() < 0.5);
    };
  } else {
    const which = choose(r, ["eu", "nl", "saltire", "canton", "stripes"] as const);
    kind = `flag-${which}`;
    paint = async (canvas) => {
      if (r() < 0.5) {
        flag(r, canvas, which, -range(r, 0, 80), -range(r, 0, 40), SIDE * 1.4);
      } else {
        background(r, canvas);
        if (r() < 0.5) anyPerson(r, canvas);
        flag(r, canvas, which, range(r, 0, 250), range(r, 0, 250), range(r, 120, 260));
      }
    };
  }
  return { kind, label: "absent", group: "hard-negative", paint, circleSafe: true };
}

// ---------------------------------------------------------------------------------------------
// The platform pipeline.

interface Served {
  size: number;
  format: "jpg" | "webp";
  quality: number;
  circle: boolean;
}

async function serve(painted: Buffer, served: Served, derived: Buffer | undefined): Promise<Buffer> {
  const resolved = derived
    ? sharp(derived).resize(served.size, served.size, { kernel: "mitchell" })
    : sharp(
        await sharp(painted, { raw: { width: SIDE, height: SIDE, channels: 3 } })
          .jpeg({ quality: 92 })
          .toBuffer(),
      ).resize(served.size, served.size, { kernel: "lanczos3" });
  let image = resolved;
  if (served.circle) {
    // Platforms crop to a circle in CSS; a saved avatar carries a transparent or dark corner.
    const s = served.size;
    const mask = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}"><circle cx="${s / 2}" cy="${s / 2}" r="${s / 2}" fill="#fff"/></svg>`,
    );
    const masked = await resolved
      .ensureAlpha()
      .composite([{ input: mask, blend: "dest-in" }])
      .png()
      .toBuffer();
    image = sharp(masked).flatten({ background: "#101418" });
  } else {
    image = resolved;
  }
  return served.format === "jpg"
    ? image.jpeg({ quality: served.quality }).toBuffer()
    : image.webp({ quality: served.quality }).toBuffer();
}

export async function generateDevsetB(directory = DEVSET_B_DIR): Promise<DevsetEntry[]> {
  const r = prng(424242);
  const scenes: Scene[] = [
    ...Array.from({ length: 104 }, (_, i) => positiveScene(r, i)),
    ...Array.from({ length: 45 }, (_, i) => negativeScene(r, i)),
    ...Array.from({ length: 91 }, (_, i) => hardNegativeScene(r, i)),
  ];
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const entries: DevsetEntry[] = [];
  for (const [index, scene] of scenes.entries()) {
    const canvas = new Canvas();
    await scene.paint(canvas);
    const painted = canvas.toRgb();
    const sizes = [400, 200, ...(index % 2 === 0 ? [96] : []), ...(index % 4 === 1 ? [48] : [])];
    // A circular crop that cuts the emblem off would make a "present" label false.
    const circle = scene.circleSafe && r() < 0.3 && (scene.label === "absent" || emblemsInsideCircle(canvas));
    let from400: Buffer | undefined;
    for (const size of sizes) {
      const served: Served = {
        size,
        format: r() < 0.75 ? "jpg" : "webp",
        quality: Math.round(r() < 0.75 ? range(r, 75, 90) : range(r, 75, 80)),
        circle,
      };
      const bytes = await serve(painted, served, from400);
      if (size === 400) {
        from400 = await sharp(bytes).png().toBuffer();
      }
      const file = `${String(index).padStart(3, "0")}-${scene.kind}-${size}${circle ? "-circle" : ""}.${served.format}`;
      writeFileSync(join(directory, file), bytes);
      entries.push({ file, label: scene.label, group: scene.group, size, kind: scene.kind });
    }
  }
  writeFileSync(join(directory, "labels.json"), `${JSON.stringify(entries, null, 1)}\n`);
  return entries;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const started = performance.now();
  const entries = await generateDevsetB();
  console.log(
    `wrote ${entries.length} images to ${DEVSET_B_DIR} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
