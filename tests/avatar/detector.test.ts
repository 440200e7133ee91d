import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { BLUE, fitPalette, LIGHT, OTHER, paletteIndex, paletteTables } from "../../rules/avatar/colour";
import { detectRijkslogo, PRESENT_FROM, type RgbaImage } from "../../rules/avatar/detector";
import { assertRgba, downscaleToRgb, shrinkFactor } from "../../rules/avatar/image";
import { classify, findEmblemCandidates, joinBands, labelComponents } from "../../rules/avatar/regions";
import {
  boxFromMoments,
  correlation,
  EMBLEM_RASTER,
  emblemTemplate,
  moments,
  type Raster,
  sampleGrid,
} from "../../rules/avatar/template";

const fixtures = fileURLToPath(new URL("../fixtures/avatars/", import.meta.url));

async function decode(input: string | Buffer): Promise<RgbaImage> {
  const { data, info } = await sharp(input).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

/** A solid image with rectangles painted on it, for tests that need exact geometry. */
function paint(
  width: number,
  height: number,
  background: number[],
  rects: [number, number, number, number, number[]][],
) {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const rect = rects.findLast(([x0, y0, w, h]) => x >= x0 && x < x0 + w && y >= y0 && y < y0 + h);
      data.set([...(rect ? rect[4] : background), 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

const RIJKS_BLUE = [0x15, 0x42, 0x73];
const WHITE = [255, 255, 255];
const kindOf = (r: number, g: number, b: number) => paletteTables().kind[paletteIndex(r, g, b)];

describe("colour classification", () => {
  it("places Rijksoverheid blue, white and their mixes on the palette segment", () => {
    expect(fitPalette(0x15, 0x42, 0x73)).toMatchObject({ whiteness: 0 });
    expect(fitPalette(0x15, 0x42, 0x73).distance).toBeLessThan(0.01);
    expect(fitPalette(255, 255, 255).whiteness).toBe(1);
    const mix = fitPalette(138, 160, 185);
    expect(mix.whiteness).toBeGreaterThan(0.4);
    expect(mix.whiteness).toBeLessThan(0.6);
  });

  it("tolerates compression drift but not other colours", () => {
    expect(kindOf(0x1a, 0x48, 0x7c)).toBe(BLUE);
    expect(kindOf(0x0f, 0x3c, 0x6b)).toBe(BLUE);
    expect(kindOf(250, 250, 246)).toBe(LIGHT);
    expect(kindOf(0x1b, 0x2a, 0x47)).toBe(OTHER); // navy suit
    expect(kindOf(0xff, 0xcc, 0x00)).toBe(OTHER); // EU star yellow
    expect(kindOf(0x39, 0x87, 0x0c)).toBe(OTHER); // green
    expect(kindOf(0xe0, 0xac, 0x89)).toBe(OTHER); // skin
  });
});

describe("input and downscaling", () => {
  it("rejects a buffer that does not match the size", () => {
    expect(() => assertRgba({ width: 2, height: 2, data: new Uint8Array(15) })).toThrow(RangeError);
    expect(() => detectRijkslogo({ width: 10, height: 10, data: new Uint8Array(10) })).toThrow(RangeError);
    expect(() => assertRgba({ width: -1, height: 0, data: new Uint8Array(0) })).toThrow(RangeError);
  });

  it("shrinks by an integer factor, averaging blocks and flattening transparency onto white", () => {
    expect(shrinkFactor(400, 400, 256)).toBe(2);
    expect(shrinkFactor(256, 100, 256)).toBe(1);
    const image = paint(4, 2, [0, 0, 0], [[1, 0, 1, 2, [200, 100, 50]]]);
    image.data[3 * 4 + 3] = 0; // top-right pixel fully transparent
    const small = downscaleToRgb(image, 2);
    expect([small.width, small.height]).toEqual([2, 1]);
    expect(Array.from(small.data)).toEqual([100, 50, 25, 64, 64, 64]);
  });

  it("keeps the working image bounded for large inputs", () => {
    const small = downscaleToRgb({ width: 1000, height: 600, data: new Uint8Array(1000 * 600 * 4) }, 256);
    expect(Math.max(small.width, small.height)).toBeLessThanOrEqual(256);
  });
});

describe("shape check", () => {
  const disc: Raster = {
    width: 40,
    height: 33,
    values: Float32Array.from({ length: 40 * 33 }, (_, i) =>
      Math.hypot((i % 40) - 19.5, Math.floor(i / 40) - 16) < 15 ? 1 : 0,
    ),
  };
  const gridFor = (raster: Raster) => sampleGrid(raster, { x0: 0, y0: 0, x1: raster.width, y1: raster.height }, 16, 13);

  it("matches the emblem with itself and not with a disc or a plain field", () => {
    expect(correlation(gridFor(EMBLEM_RASTER), emblemTemplate(16, 13, 0))).toBeGreaterThan(0.99);
    expect(correlation(gridFor(disc), emblemTemplate(16, 13, 0))).toBeLessThan(PRESENT_FROM);
    expect(correlation(new Float32Array(208).fill(1), emblemTemplate(16, 13, 0))).toBe(0);
  });

  it("turned templates differ from the upright one but still resemble it", () => {
    const turned = correlation(emblemTemplate(16, 13, 0), emblemTemplate(16, 13, (5 * Math.PI) / 180));
    expect(turned).toBeLessThan(0.99);
    expect(turned).toBeGreaterThan(0.8);
  });

  it("recovers the emblem's box from its centre and spread", () => {
    const box = boxFromMoments(moments(EMBLEM_RASTER));
    expect(box.x0).toBeCloseTo(0, 5);
    expect(box.y0).toBeCloseTo(0, 5);
    expect(box.x1).toBeCloseTo(EMBLEM_RASTER.width, 5);
    expect(box.y1).toBeCloseTo(EMBLEM_RASTER.height, 5);
  });
});

describe("regions", () => {
  it("labels 4-connected components; a diagonal touch does not connect", () => {
    // 1 1 0
    // 0 0 1
    // 1 0 1
    const mask = Uint8Array.from([1, 1, 0, 0, 0, 1, 1, 0, 1]);
    const { labels, components } = labelComponents(3, 3, mask);
    expect(components.map((c) => c.area)).toEqual([2, 2, 1]);
    expect(labels[1]).not.toBe(labels[5]);
  });

  it("joins the parts of a band cut in two, not side-by-side blocks", () => {
    const part = (label: number, x0: number, y0: number, x1: number, y1: number) => ({
      label,
      area: 50,
      x0,
      y0,
      x1,
      y1,
    });
    const stacked = joinBands([part(1, 10, 0, 19, 20), part(2, 10, 30, 19, 33)], 4);
    expect(stacked.bands).toHaveLength(1);
    const apart = joinBands([part(1, 10, 0, 19, 20), part(2, 40, 0, 49, 20)], 4);
    expect(apart.bands).toHaveLength(2);
  });

  it("finds a white shape enclosed by blue but not white next to it", () => {
    const image = paint(60, 60, WHITE, [
      [20, 0, 20, 50, RIJKS_BLUE],
      [24, 20, 12, 10, WHITE],
    ]);
    const candidates = findEmblemCandidates(classify(downscaleToRgb(image, 256)), 12);
    expect(candidates).toHaveLength(1);
    expect(candidates[0].box).toEqual({ x0: 24, y0: 20, x1: 35, y1: 29 });
    expect(candidates[0].fill).toBeGreaterThan(0.9);
  });
});

describe("detectRijkslogo on edge cases", () => {
  it("is uncertain with zero confidence and says why on empty and tiny images", () => {
    expect(detectRijkslogo({ width: 0, height: 0, data: new Uint8Array(0) })).toEqual({
      outcome: "uncertain",
      confidence: 0,
      reason: { nl: "de afbeelding is te klein om te beoordelen", en: "the image is too small to judge" },
    });
    expect(detectRijkslogo({ width: 1, height: 1, data: new Uint8Array(4) }).outcome).toBe("uncertain");
  });

  it("calls plain fields and a blue band without emblem absent", () => {
    expect(detectRijkslogo(paint(64, 64, RIJKS_BLUE, [])).outcome).toBe("absent");
    expect(detectRijkslogo(paint(64, 64, WHITE, [])).outcome).toBe("absent");
    expect(detectRijkslogo(paint(100, 100, [120, 110, 100], [[40, 0, 20, 45, RIJKS_BLUE]])).outcome).toBe("absent");
  });

  it("calls a white square in a blue band absent", () => {
    const image = paint(
      100,
      100,
      [120, 110, 100],
      [
        [40, 0, 20, 45, RIJKS_BLUE],
        [43, 20, 14, 12, WHITE],
      ],
    );
    expect(detectRijkslogo(image).outcome).toBe("absent");
  });
});

describe("detectRijkslogo on images", () => {
  const cases: [string, "present" | "absent"][] = [
    ["corporate-lint.jpg", "present"],
    ["corporate-lint-offset.webp", "present"],
    ["corporate-lint-circle.png", "present"],
    ["ministry-large-logo.png", "present"],
    ["hybrid-portrait.jpg", "absent"],
    ["navy-suit.jpg", "absent"],
    ["blue-band-no-emblem.png", "absent"],
    ["eu-flag.png", "absent"],
  ];
  it.each(cases)("%s → %s", async (file, expected) => {
    const detection = detectRijkslogo(await decode(`${fixtures}${file}`));
    expect(detection.outcome).toBe(expected);
    expect(detection.confidence).toBeGreaterThan(0.7);
  });

  it("reports where the lint is", async () => {
    const { box } = detectRijkslogo(await decode(`${fixtures}corporate-lint.jpg`));
    // The committed fixture has a 60 px lint at x = 170 hanging from the top edge.
    expect(box?.x).toBeGreaterThanOrEqual(164);
    expect(box?.x).toBeLessThanOrEqual(176);
    expect(box?.y).toBe(0);
    expect(box?.width).toBeGreaterThanOrEqual(50);
    expect(box?.width).toBeLessThanOrEqual(70);
  });

  it("does not key on exact pixel values", async () => {
    const image = await decode(`${fixtures}corporate-lint.jpg`);
    for (let i = 0; i < image.data.length; i += 4) {
      image.data[i] = Math.min(255, image.data[i] + 6);
      image.data[i + 2] = Math.max(0, image.data[i + 2] - 5);
    }
    expect(detectRijkslogo(image).outcome).toBe("present");
  });

  it("finds a lint turned by 5° and a small one on a 200 px JPEG", async () => {
    const emblemSvg = createRequire(import.meta.url).resolve("@nl-rvo/assets/images/emblem.svg");
    const band = await sharp(readFileSync(emblemSvg), { density: 72 * (36 / 44) })
      .rotate(5, { background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer();
    const jpeg = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#8c7a6b" } })
      .composite([{ input: band, left: 80, top: -30 }])
      .jpeg({ quality: 75 })
      .toBuffer();
    expect(detectRijkslogo(await decode(jpeg)).outcome).toBe("present");
  });

  it("leaves undecodable files to the caller: sharp rejects them before the detector runs", async () => {
    for (const file of ["corrupt.png", "truncated.jpg", "empty.png"]) {
      await expect(decode(`${fixtures}${file}`)).rejects.toThrow();
    }
  });
});
