/**
 * Shape check: does a patch of whiteness look like the emblem? Both the reference template and
 * the patch are sampled onto the same small grid and compared by normalised cross-correlation,
 * which ignores overall brightness and contrast (JPEG, blur, a greyish "white").
 */
import { EMBLEM_GRID, EMBLEM_GRID_HEIGHT, EMBLEM_GRID_WIDTH } from "./emblem-template";

/** A rectangular raster of values in 0..1. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly values: Float32Array;
}

/** A box in raster coordinates; corners are pixel edges, so a 1-pixel box is x0 = 0, x1 = 1. */
export interface FloatBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Bilinear value at a continuous position, 0 outside the raster (the band's blue). */
function bilinear(raster: Raster, x: number, y: number): number {
  const fx = x - 0.5;
  const fy = y - 0.5;
  const ix = Math.floor(fx);
  const iy = Math.floor(fy);
  const tx = fx - ix;
  const ty = fy - iy;
  return (
    (valueAt(raster, ix, iy) * (1 - tx) + valueAt(raster, ix + 1, iy) * tx) * (1 - ty) +
    (valueAt(raster, ix, iy + 1) * (1 - tx) + valueAt(raster, ix + 1, iy + 1) * tx) * ty
  );
}

/** A raster's value, 0 outside it; a plain function, not a closure per lookup (hot path). */
function valueAt(raster: Raster, x: number, y: number): number {
  return x < 0 || y < 0 || x >= raster.width || y >= raster.height ? 0 : raster.values[y * raster.width + x];
}

const SUBSAMPLES = 3;

/**
 * Averages the raster under each cell of a grid laid over `box`, the grid turned by `angle`
 * (radians) about the box centre. Supersampling makes this a fair area average both when the
 * box is larger and when it is smaller than the grid.
 */
export function sampleGrid(
  raster: Raster,
  box: FloatBox,
  gridWidth: number,
  gridHeight: number,
  angle = 0,
): Float32Array {
  const out = new Float32Array(gridWidth * gridHeight);
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  const cellWidth = (box.x1 - box.x0) / gridWidth;
  const cellHeight = (box.y1 - box.y0) / gridHeight;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  for (let gy = 0; gy < gridHeight; gy++) {
    for (let gx = 0; gx < gridWidth; gx++) {
      let sum = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const u = box.x0 + (gx + (sx + 0.5) / SUBSAMPLES) * cellWidth - cx;
          const v = box.y0 + (gy + (sy + 0.5) / SUBSAMPLES) * cellHeight - cy;
          sum += bilinear(raster, cx + u * cos - v * sin, cy + u * sin + v * cos);
        }
      }
      out[gy * gridWidth + gx] = sum / (SUBSAMPLES * SUBSAMPLES);
    }
  }
  return out;
}

/** Normalised cross-correlation of two equally long vectors; 0 when either is flat. */
export function correlation(a: Float32Array, b: Float32Array): number {
  const n = a.length;
  let meanA = 0;
  let meanB = 0;
  for (let i = 0; i < n; i++) {
    meanA += a[i];
    meanB += b[i];
  }
  meanA /= n;
  meanB /= n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i] - meanA;
    const db = b[i] - meanB;
    ab += da * db;
    aa += da * da;
    bb += db * db;
  }
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}

export const EMBLEM_RASTER: Raster = {
  width: EMBLEM_GRID_WIDTH,
  height: EMBLEM_GRID_HEIGHT,
  values: Float32Array.from(EMBLEM_GRID, (digit) => Number.parseInt(digit, 16) / 15),
};

/** Height over width of the emblem's bounding box. */
export const EMBLEM_ASPECT = EMBLEM_GRID_HEIGHT / EMBLEM_GRID_WIDTH;

/** Whiteness-weighted centre and spread of a raster region. */
export interface Moments {
  readonly cx: number;
  readonly cy: number;
  readonly sx: number;
  readonly sy: number;
}

export function moments(raster: Raster): Moments {
  let mass = 0;
  let mx = 0;
  let my = 0;
  let mxx = 0;
  let myy = 0;
  for (let y = 0; y < raster.height; y++) {
    for (let x = 0; x < raster.width; x++) {
      const w = raster.values[y * raster.width + x];
      const px = x + 0.5;
      const py = y + 0.5;
      mass += w;
      mx += w * px;
      my += w * py;
      mxx += w * px * px;
      myy += w * py * py;
    }
  }
  if (mass === 0) return { cx: 0, cy: 0, sx: 0, sy: 0 };
  const cx = mx / mass;
  const cy = my / mass;
  return {
    cx,
    cy,
    sx: Math.sqrt(Math.max(0, mxx / mass - cx * cx)),
    sy: Math.sqrt(Math.max(0, myy / mass - cy * cy)),
  };
}

const EMBLEM_MOMENTS = moments(EMBLEM_RASTER);

/**
 * Where the emblem's bounding box would be, given the centre and spread of a whiteness patch:
 * robust when thin parts (the cross on the crown) are lost to resizing and the patch's own
 * bounding box comes out too small.
 */
export function boxFromMoments(m: Moments): FloatBox {
  const { cx, cy, sx, sy } = EMBLEM_MOMENTS;
  const scaleX = m.sx / sx;
  const scaleY = m.sy / sy;
  return {
    x0: m.cx - cx * scaleX,
    x1: m.cx + (EMBLEM_GRID_WIDTH - cx) * scaleX,
    y0: m.cy - cy * scaleY,
    y1: m.cy + (EMBLEM_GRID_HEIGHT - cy) * scaleY,
  };
}

const templates = new Map<string, Float32Array>();

/** The emblem sampled onto a grid, turned by `angle` radians; cached per grid and angle. */
export function emblemTemplate(gridWidth: number, gridHeight: number, angle: number): Float32Array {
  const key = `${gridWidth}x${gridHeight}@${angle.toFixed(4)}`;
  let template = templates.get(key);
  if (!template) {
    const box = { x0: 0, y0: 0, x1: EMBLEM_GRID_WIDTH, y1: EMBLEM_GRID_HEIGHT };
    template = sampleGrid(EMBLEM_RASTER, box, gridWidth, gridHeight, angle);
    templates.set(key, template);
  }
  return template;
}

/** Shapes a white mark on a blue band is often instead of the emblem. */
export type RivalShape = "star" | "disc";

/** A five-pointed star filling the unit box, point up. */
const STAR_POINTS: readonly (readonly [number, number])[] = Array.from({ length: 10 }, (_, k) => {
  const radius = k % 2 === 0 ? 0.5 : 0.2;
  const angle = -Math.PI / 2 + (k * Math.PI) / 5;
  return [0.5 + radius * Math.cos(angle), 0.55 + radius * 1.05 * Math.sin(angle)] as const;
});

function starContains(x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = STAR_POINTS.length - 1; i < STAR_POINTS.length; j = i++) {
    const [xi, yi] = STAR_POINTS[i];
    const [xj, yj] = STAR_POINTS[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const rivals = new Map<string, Float32Array>();

/** A rival shape's coverage on a grid over its own box (supersampled 4 × 4 per cell); cached. */
export function rivalTemplate(shape: RivalShape, gridWidth: number, gridHeight: number): Float32Array {
  const key = `${shape}:${gridWidth}x${gridHeight}`;
  let template = rivals.get(key);
  if (!template) {
    template = new Float32Array(gridWidth * gridHeight);
    for (let gy = 0; gy < gridHeight; gy++) {
      for (let gx = 0; gx < gridWidth; gx++) {
        let hits = 0;
        for (let s = 0; s < 16; s++) {
          const x = (gx + ((s & 3) + 0.5) / 4) / gridWidth;
          const y = (gy + ((s >> 2) + 0.5) / 4) / gridHeight;
          if (shape === "star" ? starContains(x, y) : (x - 0.5) ** 2 + (y - 0.5) ** 2 <= 0.25) hits++;
        }
        template[gy * gridWidth + gx] = hits / 16;
      }
    }
    rivals.set(key, template);
  }
  return template;
}
