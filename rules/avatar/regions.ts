/**
 * Region analysis: connected areas of Rijksoverheid blue, the light shapes they enclose, and the
 * grouping of those shapes into emblem-sized candidates. Everything runs on the downscaled image,
 * with flat typed arrays and an explicit queue so cost stays linear in the pixel count.
 */
import { BLUE, LIGHT, OTHER, paletteIndex, paletteTables } from "./colour";
import type { RgbImage } from "./image";
import type { Raster } from "./template";

export interface Box {
  x0: number;
  y0: number;
  /** Inclusive. */
  x1: number;
  /** Inclusive. */
  y1: number;
}

export interface ClassifiedImage {
  readonly width: number;
  readonly height: number;
  /** BLUE, LIGHT or OTHER per pixel. */
  readonly kind: Uint8Array;
  /** Position on the blue→white segment × 255; 0 outside the palette. */
  readonly whiteness: Uint8Array;
}

export function classify(image: RgbImage): ClassifiedImage {
  const { kind: kindTable, whiteness: whitenessTable } = paletteTables();
  const count = image.width * image.height;
  const kind = new Uint8Array(count);
  const whiteness = new Uint8Array(count);
  const data = image.data;
  for (let i = 0, p = 0; i < count; i++, p += 3) {
    const index = paletteIndex(data[p], data[p + 1], data[p + 2]);
    kind[i] = kindTable[index];
    whiteness[i] = whitenessTable[index];
  }
  return { width: image.width, height: image.height, kind, whiteness };
}

export interface Component extends Box {
  readonly label: number;
  area: number;
}

/**
 * Labels the 4-connected components of the pixels set in `mask`. Labels start at 1; 0 means not
 * a member. 4-connectivity keeps a band from leaking into a navy suit through a corner.
 */
export function labelComponents(
  width: number,
  height: number,
  mask: Uint8Array,
): { labels: Int32Array; components: Component[] } {
  const labels = new Int32Array(width * height);
  const queue = new Int32Array(width * height);
  const components: Component[] = [];
  for (let start = 0; start < labels.length; start++) {
    if (labels[start] !== 0 || mask[start] === 0) continue;
    const label = components.length + 1;
    const component: Component = { label, area: 0, x0: width, y0: height, x1: -1, y1: -1 };
    labels[start] = label;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const index = queue[head++];
      const x = index % width;
      const y = (index - x) / width;
      component.area++;
      if (x < component.x0) component.x0 = x;
      if (x > component.x1) component.x1 = x;
      if (y < component.y0) component.y0 = y;
      if (y > component.y1) component.y1 = y;
      if (x > 0 && labels[index - 1] === 0 && mask[index - 1]) {
        labels[index - 1] = label;
        queue[tail++] = index - 1;
      }
      if (x < width - 1 && labels[index + 1] === 0 && mask[index + 1]) {
        labels[index + 1] = label;
        queue[tail++] = index + 1;
      }
      if (y > 0 && labels[index - width] === 0 && mask[index - width]) {
        labels[index - width] = label;
        queue[tail++] = index - width;
      }
      if (y < height - 1 && labels[index + width] === 0 && mask[index + width]) {
        labels[index + width] = label;
        queue[tail++] = index + width;
      }
    }
    components.push(component);
  }
  return { labels, components };
}

/** One or more blue components that together form a band: a lint is often cut in two by its emblem. */
export interface Band extends Box {
  readonly id: number;
  area: number;
}

/** A group of enclosed light shapes that could be the emblem, with its blue surroundings. */
export interface EmblemCandidate {
  /** Bounding box of the group's light pixels, in downscaled pixels. */
  readonly box: Box;
  /** The band around it. */
  readonly band: Band;
  /** Light pixels in the group. */
  readonly lightArea: number;
  /** Share of the group's box taken by enclosed colours outside the logo's palette. */
  readonly foreign: number;
  /** Mean whiteness over the group's box: about 0.35 for the emblem, near 1 for a solid shape. */
  readonly fill: number;
  /** Share of blue in a strip just above and just below the emblem (1 where the image ends). */
  readonly blueAbove: number;
  readonly blueBelow: number;
  /** Whiteness (0..1) of the enclosed pixels around the group, 0 elsewhere. */
  readonly patch: Raster;
  /** Position of the patch's top-left pixel in the downscaled image. */
  readonly patchX: number;
  readonly patchY: number;
}

const MAX_BANDS = 8;
const MAX_GROUPS_PER_BAND = 3;
/** Components considered for joining into bands; more would only be specks. */
const MAX_BAND_PARTS = 64;
/** Light pieces smaller than this are ignored. */
const MIN_PIECE_AREA = 3;
/** Room around a group in its patch, as a share of its size, for the shape search to use. */
const PATCH_MARGIN = 0.3;
/** Height of the strips above and below the emblem that must be band blue, in emblem widths. */
const STRIP_HEIGHT = 0.2;

/**
 * Joins blue components stacked like the parts of one band: the part above the emblem and the
 * strip below it fall apart when resizing blurs the thin blue margins beside the emblem.
 */
export function joinBands(
  components: readonly Component[],
  minPartArea: number,
): { bands: Band[]; bandOf: Int32Array } {
  const parts = components
    .filter((c) => c.area >= minPartArea)
    .sort((a, b) => b.area - a.area)
    .slice(0, MAX_BAND_PARTS);
  const parent = parts.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r];
    return r;
  };
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const [upper, lower] = parts[i].y0 <= parts[j].y0 ? [parts[i], parts[j]] : [parts[j], parts[i]];
      const upperWidth = upper.x1 - upper.x0 + 1;
      const lowerWidth = lower.x1 - lower.x0 + 1;
      const narrow = Math.min(upperWidth, lowerWidth);
      const overlap = Math.min(upper.x1, lower.x1) - Math.max(upper.x0, lower.x0) + 1;
      const gap = lower.y0 - upper.y1 - 1;
      if (
        overlap >= 0.6 * narrow &&
        Math.max(upperWidth, lowerWidth) <= 1.6 * narrow &&
        gap <= Math.max(3, 1.1 * narrow)
      ) {
        parent[root(i)] = root(j);
      }
    }
  }
  const bandOf = new Int32Array(components.length + 1);
  const byRoot = new Map<number, Band>();
  parts.forEach((part, i) => {
    const r = root(i);
    let band = byRoot.get(r);
    if (!band) {
      band = { id: byRoot.size + 1, area: 0, x0: part.x0, y0: part.y0, x1: part.x1, y1: part.y1 };
      byRoot.set(r, band);
    }
    band.area += part.area;
    band.x0 = Math.min(band.x0, part.x0);
    band.y0 = Math.min(band.y0, part.y0);
    band.x1 = Math.max(band.x1, part.x1);
    band.y1 = Math.max(band.y1, part.y1);
    bandOf[part.label] = band.id;
  });
  return { bands: [...byRoot.values()], bandOf };
}

/**
 * Finds light shapes enclosed by each sizeable band and groups nearby ones. "Enclosed" means not
 * reachable from outside the band's box without crossing the band, so white shirts, clouds at the
 * image edge or a page background next to a band are not candidates. Two allowances for blurred
 * margins: the barrier is the band grown by one pixel, and the outside reaches light pixels only
 * through light pixels (a white page does; a dark suit touching the emblem through a gap does not).
 */
export function findEmblemCandidates(image: ClassifiedImage, minBandArea: number): EmblemCandidate[] {
  const { width, height, kind, whiteness } = image;
  const blueMask = new Uint8Array(kind.length);
  const light = new Uint8Array(kind.length);
  for (let i = 0; i < kind.length; i++) {
    blueMask[i] = kind[i] === BLUE ? 1 : 0;
    light[i] = kind[i] !== BLUE && whiteness[i] > 0 ? 1 : 0;
  }
  const { labels, components } = labelComponents(width, height, blueMask);
  const { bands: allBands, bandOf } = joinBands(components, Math.max(4, minBandArea / 4));
  const bands = allBands
    .filter((b) => b.area >= minBandArea && b.x1 - b.x0 >= 3 && b.y1 - b.y0 >= 3)
    .sort((a, b) => b.area - a.area)
    .slice(0, MAX_BANDS);

  // 0 = not yet known, 1 = outside, 2 = barrier (band grown by one pixel).
  const state = new Uint8Array(width * height);
  const queue = new Int32Array(width * height);
  const enclosed = new Uint8Array(width * height);
  const candidates: EmblemCandidate[] = [];
  for (const band of bands) {
    const x0 = Math.max(0, band.x0 - 2);
    const y0 = Math.max(0, band.y0 - 2);
    const x1 = Math.min(width - 1, band.x1 + 2);
    const y1 = Math.min(height - 1, band.y1 + 2);
    const inBand = (i: number) => bandOf[labels[i]] === band.id;

    state.fill(0);
    enclosed.fill(0);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const i = y * width + x;
        if (
          inBand(i) ||
          (x > x0 && inBand(i - 1)) ||
          (x < x1 && inBand(i + 1)) ||
          (y > y0 && inBand(i - width)) ||
          (y < y1 && inBand(i + width))
        ) {
          state[i] = 2;
        }
      }
    }
    let head = 0;
    let tail = 0;
    const seed = (i: number) => {
      if (state[i] === 0) {
        state[i] = 1;
        queue[tail++] = i;
      }
    };
    const spread = (from: number, to: number) => {
      if (state[to] === 0 && (light[from] || !light[to])) {
        state[to] = 1;
        queue[tail++] = to;
      }
    };
    for (let x = x0; x <= x1; x++) {
      seed(y0 * width + x);
      seed(y1 * width + x);
    }
    for (let y = y0; y <= y1; y++) {
      seed(y * width + x0);
      seed(y * width + x1);
    }
    while (head < tail) {
      const index = queue[head++];
      const x = index % width;
      const y = (index - x) / width;
      if (x > x0) spread(index, index - 1);
      if (x < x1) spread(index, index + 1);
      if (y > y0) spread(index, index - width);
      if (y < y1) spread(index, index + width);
    }
    // The outside takes back the barrier pixels it touches that are not band: the band's own rim
    // of pixels mixed with the background, light or not. The image edge counts as outside.
    const takenBack = (i: number, x: number, y: number) =>
      x === x0 ||
      x === x1 ||
      y === y0 ||
      y === y1 ||
      state[i - 1] === 1 ||
      state[i + 1] === 1 ||
      state[i - width] === 1 ||
      state[i + width] === 1;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const i = y * width + x;
        if (state[i] === 0 || (state[i] === 2 && !inBand(i) && !takenBack(i, x, y))) enclosed[i] = 1;
      }
    }

    // The emblem lies within the band's box; specks of one or two pixels are mostly the band's
    // rim mixed with a light background, and would stretch the emblem's box.
    const pieces = labelLight(width, band.x0, band.y0, band.x1, band.y1, (i) => enclosed[i] === 1 && kind[i] === LIGHT);
    const sizeable = pieces.filter((p) => p.area >= MIN_PIECE_AREA);
    const groups = groupPieces(sizeable).slice(0, MAX_GROUPS_PER_BAND);
    // Where the band runs into blue or dark surroundings, other light shapes (a face, a collar)
    // can join the emblem's group; the emblem's own window around each large piece still holds it.
    for (const group of anchoredGroups(sizeable)) {
      if (!groups.some((g) => g.x0 === group.x0 && g.y0 === group.y0 && g.x1 === group.x1 && g.y1 === group.y1)) {
        groups.push(group);
      }
    }
    for (const group of groups) candidates.push(describeGroup(image, enclosed, group, band));
  }
  return candidates;
}

/** Largest pieces considered as the emblem's main body (shield and lions) per band. */
const MAX_ANCHORS = 3;

/**
 * For each of the largest pieces, the group of pieces lying within the window the emblem would
 * take if that piece were its shield and lions: a little wider, the crown above, the ribbon below.
 */
export function anchoredGroups(pieces: readonly Component[]): Component[] {
  const anchors = [...pieces].sort((a, b) => b.area - a.area).slice(0, MAX_ANCHORS);
  return anchors.map((anchor) => {
    const w = anchor.x1 - anchor.x0 + 1;
    const emblemWindow = {
      x0: anchor.x0 - 0.15 * w,
      x1: anchor.x1 + 0.15 * w,
      y0: anchor.y0 - 0.6 * w,
      y1: anchor.y1 + 0.3 * w,
    };
    const group: Component = { ...anchor };
    for (const piece of pieces) {
      if (
        piece.x0 < emblemWindow.x0 ||
        piece.x1 > emblemWindow.x1 ||
        piece.y0 < emblemWindow.y0 ||
        piece.y1 > emblemWindow.y1
      )
        continue;
      group.area += piece === anchor ? 0 : piece.area;
      group.x0 = Math.min(group.x0, piece.x0);
      group.y0 = Math.min(group.y0, piece.y0);
      group.x1 = Math.max(group.x1, piece.x1);
      group.y1 = Math.max(group.y1, piece.y1);
    }
    return group;
  });
}

/** Share of band-blue pixels in a box, counting only pixels inside the image; 1 if none are. */
function blueShare(image: ClassifiedImage, x0: number, y0: number, x1: number, y1: number): number {
  let inside = 0;
  let blue = 0;
  for (let y = Math.max(0, y0); y <= Math.min(image.height - 1, y1); y++) {
    for (let x = Math.max(0, x0); x <= Math.min(image.width - 1, x1); x++) {
      inside++;
      if (image.kind[y * image.width + x] === BLUE) blue++;
    }
  }
  return inside === 0 ? 1 : blue / inside;
}

function describeGroup(image: ClassifiedImage, enclosed: Uint8Array, group: Component, band: Band): EmblemCandidate {
  const { width, height, kind, whiteness } = image;
  const groupWidth = group.x1 - group.x0 + 1;
  const groupHeight = group.y1 - group.y0 + 1;
  const margin = Math.ceil(PATCH_MARGIN * Math.max(groupWidth, groupHeight)) + 1;
  const px0 = Math.max(0, group.x0 - margin);
  const py0 = Math.max(0, group.y0 - margin);
  const px1 = Math.min(width - 1, group.x1 + margin);
  const py1 = Math.min(height - 1, group.y1 + margin);
  const patchWidth = px1 - px0 + 1;
  const values = new Float32Array(patchWidth * (py1 - py0 + 1));
  let foreign = 0;
  let mass = 0;
  for (let y = Math.max(0, group.y0 - 1); y <= Math.min(height - 1, group.y1 + 1); y++) {
    for (let x = Math.max(0, group.x0 - 1); x <= Math.min(width - 1, group.x1 + 1); x++) {
      const i = y * width + x;
      if (!enclosed[i]) continue;
      values[(y - py0) * patchWidth + (x - px0)] = whiteness[i] / 255;
      const inGroupBox = x >= group.x0 && x <= group.x1 && y >= group.y0 && y <= group.y1;
      if (inGroupBox && kind[i] === OTHER && whiteness[i] === 0) foreign++;
      if (inGroupBox) mass += whiteness[i] / 255;
    }
  }
  // Strips over the middle of the emblem, clear of its edges, a pixel away from its box.
  const strip = Math.max(1, Math.round(STRIP_HEIGHT * groupWidth));
  const inset = Math.floor(0.2 * groupWidth);
  return {
    box: { x0: group.x0, y0: group.y0, x1: group.x1, y1: group.y1 },
    band,
    lightArea: group.area,
    foreign: foreign / (groupWidth * groupHeight),
    fill: mass / (groupWidth * groupHeight),
    blueAbove: blueShare(image, group.x0 + inset, group.y0 - 1 - strip, group.x1 - inset, group.y0 - 2),
    blueBelow: blueShare(image, group.x0 + inset, group.y1 + 2, group.x1 - inset, group.y1 + 1 + strip),
    patch: { width: patchWidth, height: py1 - py0 + 1, values },
    patchX: px0,
    patchY: py0,
  };
}

/** 8-connected light pieces inside a box (8-connectivity keeps thin diagonal lines whole). */
function labelLight(
  width: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  member: (index: number) => boolean,
): Component[] {
  const boxWidth = x1 - x0 + 1;
  const seen = new Uint8Array(boxWidth * (y1 - y0 + 1));
  const mark = (index: number) => {
    const x = index % width;
    seen[((index - x) / width - y0) * boxWidth + (x - x0)] = 1;
  };
  const isSeen = (index: number) => {
    const x = index % width;
    return seen[((index - x) / width - y0) * boxWidth + (x - x0)] === 1;
  };
  const pieces: Component[] = [];
  const stack: number[] = [];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const start = y * width + x;
      if (isSeen(start) || !member(start)) continue;
      const piece: Component = { label: pieces.length + 1, area: 0, x0: x, y0: y, x1: x, y1: y };
      mark(start);
      stack.push(start);
      while (stack.length > 0) {
        const index = stack.pop() as number;
        const px = index % width;
        const py = (index - px) / width;
        piece.area++;
        if (px < piece.x0) piece.x0 = px;
        if (px > piece.x1) piece.x1 = px;
        if (py < piece.y0) piece.y0 = py;
        if (py > piece.y1) piece.y1 = py;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const nx = px + dx;
            const ny = py + dy;
            if (nx < x0 || nx > x1 || ny < y0 || ny > y1) continue;
            const n = ny * width + nx;
            if (!isSeen(n) && member(n)) {
              mark(n);
              stack.push(n);
            }
          }
        }
      }
      pieces.push(piece);
    }
  }
  return pieces;
}

/**
 * Merges pieces into groups, largest first: a piece joins a group when the gap between their
 * boxes is small next to the group's size, as the crown, shield and lion of the emblem are.
 */
export function groupPieces(pieces: readonly Component[]): Component[] {
  const remaining = [...pieces].sort((a, b) => b.area - a.area);
  const groups: Component[] = [];
  while (remaining.length > 0) {
    const group: Component = { ...(remaining.shift() as Component) };
    let grew = true;
    while (grew) {
      grew = false;
      const reach = Math.max(1.5, 0.2 * Math.max(group.x1 - group.x0 + 1, group.y1 - group.y0 + 1));
      for (let i = 0; i < remaining.length; i++) {
        const piece = remaining[i];
        const gapX = Math.max(0, piece.x0 - group.x1 - 1, group.x0 - piece.x1 - 1);
        const gapY = Math.max(0, piece.y0 - group.y1 - 1, group.y0 - piece.y1 - 1);
        if (Math.max(gapX, gapY) > reach) continue;
        group.area += piece.area;
        group.x0 = Math.min(group.x0, piece.x0);
        group.y0 = Math.min(group.y0, piece.y0);
        group.x1 = Math.max(group.x1, piece.x1);
        group.y1 = Math.max(group.y1, piece.y1);
        remaining.splice(i, 1);
        i--;
        grew = true;
      }
    }
    groups.push(group);
  }
  return groups.sort((a, b) => b.area - a.area);
}
