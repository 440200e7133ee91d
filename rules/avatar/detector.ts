/**
 * Avatar check: does a profile picture carry the Rijksoverheid logo, the blue band ("lint")
 * with the white emblem? Pure TypeScript over an RGBA buffer, so the extension (canvas pixels)
 * and the command line (decoded files) share it.
 *
 * Steps: shrink by an integer factor to at most 256 px; classify pixels against the logo's
 * palette; join connected areas of Rijksoverheid blue into bands; collect the light shapes each
 * band encloses and group them; drop groups whose size, whiteness or surroundings rule out the
 * emblem; compare the rest with the emblem template (three alignments, turns of 0 and ±5°);
 * decide on the best match.
 */
import { assertRgba, downscaleToRgb, type RgbaImage, shrinkFactor } from "./image";
import { classify, type EmblemCandidate, findEmblemCandidates } from "./regions";
import {
  boxFromMoments,
  correlation,
  EMBLEM_ASPECT,
  emblemTemplate,
  type FloatBox,
  moments,
  type RivalShape,
  rivalTemplate,
  sampleGrid,
} from "./template";

export type { RgbaImage } from "./image";
export type LogoOutcome = "present" | "absent" | "uncertain";
export interface LogoDetection {
  outcome: LogoOutcome;
  /** How sure the outcome is, 0..1. */
  confidence: number;
  /** Where the logo is, in pixels of the input image (present and uncertain only). */
  box?: { x: number; y: number; width: number; height: number };
  /** Why the detector could not decide (uncertain only), for the panel. */
  reason?: { nl: string; en: string };
}

const TOO_SMALL = {
  nl: "het wapen in het lint is te klein om zeker te zijn",
  en: "the emblem in the band is too small to be sure",
};
const PARTLY = {
  nl: "de witte vorm in het lint lijkt maar ten dele op het wapen",
  en: "the white shape in the band only partly matches the emblem",
};
const TINY_IMAGE = { nl: "de afbeelding is te klein om te beoordelen", en: "the image is too small to judge" };

/** Long side of the working image: bounds the cost, keeps a 16 px emblem in a 256 px avatar. */
export const WORKING_SIDE = 256;
/** Shape correlation from which the emblem counts as found. */
export const PRESENT_FROM = 0.75;
/** Shape correlation from which a match is too close to call absent. */
export const UNCERTAIN_FROM = 0.7;
/** Emblems narrower than this (working pixels) have too little detail to call present. */
export const MIN_EMBLEM_WIDTH = 7;
/**
 * Up to this width (working pixels) a small star or blob can pass for the blurred emblem, so the
 * shape must match more closely: PRESENT_FROM_SMALL instead of PRESENT_FROM.
 */
const SMALL_EMBLEM_WIDTH = 12;
export const PRESENT_FROM_SMALL = 0.82;
/** Pictures below this side (input pixels) are small: detail is lost and doubt is allowed. */
const SMALL_IMAGE = 160;
/** Below this the image is too small to judge at all. */
const MIN_SIDE = 16;
/** Share of the emblem box that may hold colours foreign to the logo (yellow EU stars, skin). */
const MAX_FOREIGN = 0.15;
/**
 * Mean whiteness over the emblem's box: 0.35 in the artwork and 0.30–0.47 after resizing and
 * compression, at every size, since an area-averaging shrink keeps the mean. Solid white marks
 * sit above half: a letter's counter, a disc, a cloud, and a crown, whose outline at 7–12 px
 * correlates with the blurred emblem as well as the emblem itself does (issue 14).
 */
const FILL_RANGE = [0.15, 0.5] as const;
/**
 * Least share of band blue just above and below the emblem: the band runs on past the crown and
 * at least a quarter of its width below the ribbon, while a ring or a tile pattern does not.
 */
const MIN_BLUE_AROUND = 0.6;
/** Either side may be cut short (a circular crop's dark corner, a face right below the band). */
const MIN_BLUE_SIDE = 0.25;
/** Smallest group worth comparing: below this there is no shape to speak of. */
const MIN_GROUP_WIDTH = 4;
const MIN_GROUP_AREA = 6;
const ANGLES = [0, -3, 3, -6, 6].map((degrees) => (degrees * Math.PI) / 180);
/** The emblem must match better than a star or a disc does, by at least this much. */
const RIVAL_MARGIN = 0.08;

interface Match {
  readonly candidate: EmblemCandidate;
  /** Best correlation with the emblem over the alignments, scales and turns tried. */
  readonly score: number;
  /** Best correlation with a rival shape (star, disc) on the same alignments. */
  readonly rival: number;
  /** Emblem box in patch coordinates. */
  readonly box: FloatBox;
}

/** Scales tried around each alignment: resizing and JPEG shrink or swell thin white lines. */
const SCALES = [0.92, 1, 1.08];
const RIVALS: readonly RivalShape[] = ["star", "disc"];

function scaled(box: FloatBox, factor: number): FloatBox {
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  const hw = ((box.x1 - box.x0) / 2) * factor;
  const hh = ((box.y1 - box.y0) / 2) * factor;
  return { x0: cx - hw, y0: cy - hh, x1: cx + hw, y1: cy + hh };
}

/**
 * Searches the emblem around a candidate: three alignments (bounding box, box with the crown's
 * thin cross restored, box from the whiteness' centre and spread), each at three scales and five
 * turns. The rival shapes are compared on the same alignments, unturned.
 */
function matchCandidate(candidate: EmblemCandidate): Match {
  const { box: group, patch, patchX, patchY } = candidate;
  const bbox = { x0: group.x0 - patchX, y0: group.y0 - patchY, x1: group.x1 + 1 - patchX, y1: group.y1 + 1 - patchY };
  const height = bbox.y1 - bbox.y0;
  const alignments: FloatBox[] = [bbox, { ...bbox, y0: bbox.y0 - 0.08 * height }, boxFromMoments(moments(patch))];
  const gridWidth = group.x1 - group.x0 + 1 >= 14 ? 16 : 10;
  const gridHeight = Math.round(gridWidth * EMBLEM_ASPECT);
  let best: Match = { candidate, score: -1, rival: -1, box: bbox };
  let rival = -1;
  for (const alignment of alignments) {
    const aspect = (alignment.y1 - alignment.y0) / (alignment.x1 - alignment.x0) / EMBLEM_ASPECT;
    if (!(aspect > 0.7 && aspect < 1.4)) continue;
    for (const factor of SCALES) {
      const box = factor === 1 ? alignment : scaled(alignment, factor);
      const observed = sampleGrid(patch, box, gridWidth, gridHeight);
      if (factor === 1) {
        for (const shape of RIVALS) {
          rival = Math.max(rival, correlation(observed, rivalTemplate(shape, gridWidth, gridHeight)));
        }
      }
      for (const angle of ANGLES) {
        const score = correlation(observed, emblemTemplate(gridWidth, gridHeight, angle));
        if (score > best.score) best = { candidate, score, rival, box };
      }
    }
  }
  return { ...best, rival };
}

/**
 * Throws a RangeError when `image.data` does not hold width × height × 4 bytes; any other input
 * (empty, tiny, odd sizes) gives a result.
 */
export function detectRijkslogo(image: RgbaImage): LogoDetection {
  assertRgba(image);
  if (image.width < MIN_SIDE || image.height < MIN_SIDE)
    return { outcome: "uncertain", confidence: 0, reason: TINY_IMAGE };

  const working = downscaleToRgb(image, WORKING_SIDE);
  const scale = shrinkFactor(image.width, image.height, WORKING_SIDE);
  const classified = classify(working);
  const minBandArea = Math.max(12, Math.round(working.width * working.height * 0.0008));
  const candidates = findEmblemCandidates(classified, minBandArea).filter(isPlausible);
  // A small image can hide a lint too narrow to see: "absent" is said with less confidence there.
  const absentAtMost =
    0.6 + 0.35 * Math.min(1, Math.max(0, (Math.min(image.width, image.height) - 48) / (SMALL_IMAGE - 48)));
  if (candidates.length === 0) return { outcome: "absent", confidence: round(absentAtMost) };

  let best: Match | undefined;
  for (const candidate of candidates) {
    const match = matchCandidate(candidate);
    if (!best || rank(match) > rank(best)) best = match;
  }
  const match = best as Match;
  const box = toInputBox(match, scale, image);
  const width = groupWidth(match);
  const presentFrom = width < SMALL_EMBLEM_WIDTH ? PRESENT_FROM_SMALL : PRESENT_FROM;
  // A star or a disc on a band can correlate with the blurred emblem; the emblem must beat them.
  const beatsRivals = match.score - match.rival >= RIVAL_MARGIN;
  if (match.score >= presentFrom && width >= MIN_EMBLEM_WIDTH && beatsRivals) {
    return {
      outcome: "present",
      confidence: round(0.75 + (0.24 * (match.score - presentFrom)) / (1 - presentFrom)),
      box,
    };
  }
  // A large, sharp shape is clear evidence either way; only a small one leaves room for doubt,
  // and a mark too small to judge is only a possible emblem in a small picture.
  const doubtful =
    width < MIN_EMBLEM_WIDTH ? Math.min(image.width, image.height) < SMALL_IMAGE : width < SMALL_EMBLEM_WIDTH;
  if (match.score >= UNCERTAIN_FROM && beatsRivals && doubtful) {
    return { outcome: "uncertain", confidence: 0.5, box, reason: width < MIN_EMBLEM_WIDTH ? TOO_SMALL : PARTLY };
  }
  return {
    outcome: "absent",
    confidence: round(
      Math.min(absentAtMost, 0.6 + (0.35 * (UNCERTAIN_FROM - Math.max(0, match.score))) / UNCERTAIN_FROM),
    ),
  };
}

/** Cheap checks before the shape comparison: size, palette and how much of the box is white. */
function isPlausible(candidate: EmblemCandidate): boolean {
  const { blueAbove, blueBelow } = candidate;
  return (
    candidate.box.x1 - candidate.box.x0 + 1 >= MIN_GROUP_WIDTH &&
    candidate.lightArea >= MIN_GROUP_AREA &&
    candidate.foreign <= MAX_FOREIGN &&
    candidate.fill >= FILL_RANGE[0] &&
    candidate.fill <= FILL_RANGE[1] &&
    (blueAbove + blueBelow) / 2 >= MIN_BLUE_AROUND &&
    Math.min(blueAbove, blueBelow) >= MIN_BLUE_SIDE
  );
}

/** Matches too small to call present rank below any callable match. */
function rank(match: Match): number {
  return groupWidth(match) >= MIN_EMBLEM_WIDTH ? match.score : match.score - 1;
}

function groupWidth(match: Match): number {
  return match.candidate.box.x1 - match.candidate.box.x0 + 1;
}

/** The logo's box in input pixels: the whole band when the band is a narrow lint, else the emblem. */
function toInputBox(match: Match, scale: number, image: RgbaImage): LogoDetection["box"] {
  const { candidate, box } = match;
  const emblem = {
    x0: box.x0 + candidate.patchX,
    y0: box.y0 + candidate.patchY,
    x1: box.x1 + candidate.patchX,
    y1: box.y1 + candidate.patchY,
  };
  const band = candidate.band;
  const isLint = band.x1 - band.x0 + 1 <= 1.5 * (emblem.x1 - emblem.x0);
  const region = isLint
    ? {
        x0: Math.min(band.x0, emblem.x0),
        y0: Math.min(band.y0, emblem.y0),
        x1: Math.max(band.x1 + 1, emblem.x1),
        y1: Math.max(band.y1 + 1, emblem.y1),
      }
    : emblem;
  const x = Math.max(0, Math.floor(region.x0 * scale));
  const y = Math.max(0, Math.floor(region.y0 * scale));
  return {
    x,
    y,
    width: Math.min(image.width, Math.ceil(region.x1 * scale)) - x,
    height: Math.min(image.height, Math.ceil(region.y1 * scale)) - y,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
