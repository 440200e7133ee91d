/**
 * One generated example of each failure class the avatar detector has had (issue 14), painted
 * from the CC0 emblem artwork with sharp, so the tests need no committed images.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import sharp, { type Sharp } from "sharp";
import type { RgbaImage } from "../../rules/avatar/detector";

const require = createRequire(import.meta.url);
const emblemSvg = readFileSync(require.resolve("@nl-rvo/assets/images/emblem.svg"), "utf8");
const EMBLEM_PATH = [...emblemSvg.matchAll(/\sd="([^"]+)"/g)][1][1];

/**
 * A lint hanging from the top edge: band `width` px wide at `x`, with emblem.svg's band top at
 * `bandTop`, in the colours given, turned by `angle` degrees about the emblem.
 */
function lint(x: number, width: number, bandTop: number, band: string, content: string, angle = 0) {
  const unit = width / 44;
  return `<g transform="rotate(${angle} ${x + width / 2} ${bandTop + 56 * unit})"><rect x="${x}" y="-60" width="${width}" height="${bandTop + 61}" fill="${band}"/><svg x="${x}" y="${bandTop}" width="${width}" height="${width * 2}" viewBox="0 -12 44 88"><path fill="${band}" d="M0-12h44v88H0z"/>${content}</svg></g>`;
}

const emblem = (colour: string) => `<path fill="${colour}" d="${EMBLEM_PATH}"/>`;
const STAR = `<path fill="#fff" d="M22 24l4.1 12.4h13l-10.5 7.7 4 12.4L22 48.8l-10.6 7.7 4-12.4-10.5-7.7h13z"/>`;
const person = (cx: number, suit: string) =>
  `<ellipse cx="${cx}" cy="210" rx="70" ry="88" fill="#d6a480"/><path d="M40 400 C60 320 120 300 200 300 C280 300 340 320 360 400Z" fill="${suit}"/>`;

const svg = (body: string) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">${body}</svg>`);

async function toRgba(input: Sharp): Promise<RgbaImage> {
  const { data, info } = await input.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

async function jpeg(body: string, size = 400, quality = 80): Promise<RgbaImage> {
  const encoded = await sharp(svg(body)).resize(size, size).jpeg({ quality }).toBuffer();
  return toRgba(sharp(encoded));
}

export interface FailureClass {
  name: string;
  expected: "present" | "absent";
  image: () => Promise<RgbaImage>;
}

export const FAILURE_CLASSES: FailureClass[] = [
  {
    // The slightly grey emblem beside a flag and a yellow disc came out below the whiteness range.
    name: "logo beside a flag and other saturated colours",
    expected: "present",
    image: () =>
      jpeg(
        `<rect width="400" height="400" fill="hsl(20,30%,60%)"/><rect x="196" y="27" width="150" height="100" fill="#003399"/><rect x="180" y="155" width="120" height="80" fill="#d52b1e"/><circle cx="272" cy="123" r="40" fill="#f3c300"/>${person(166, "#1b2a47")}${lint(180, 83, -43, "rgb(22,64,108)", emblem("rgb(245,248,241)"), 1.1)}`,
        400,
        76,
      ),
  },
  {
    // The band runs into the background and the face just below it: the emblem's group took in the face.
    name: "logo over a blue background, the face right below the band",
    expected: "present",
    image: () =>
      jpeg(
        `<rect width="400" height="400" fill="rgb(38,70,111)"/>${person(180, "#154273")}${lint(178, 69, -9, "rgb(23,67,121)", emblem("rgb(253,251,253)"))}`,
      ),
  },
  {
    name: "slightly turned logo rendered small, then upscaled (soft edges)",
    expected: "present",
    image: async () => {
      const small = await sharp(
        svg(
          `<rect width="400" height="400" fill="#c8c2b8"/>${person(200, "#2b2b2e")}${lint(172, 56, -10, "#154273", emblem("#fff"), 4)}`,
        ),
      )
        .resize(130, 130)
        .png()
        .toBuffer();
      return toRgba(sharp(await sharp(small).resize(400, 400, { kernel: "cubic" }).jpeg({ quality: 85 }).toBuffer()));
    },
  },
  {
    // The circle's dark corner cuts the band above the emblem.
    name: "logo on a dark, circularly cropped picture",
    expected: "present",
    image: async () => {
      const mask = svg(`<circle cx="200" cy="200" r="200" fill="#fff"/>`);
      const masked = await sharp(
        svg(
          `<rect width="400" height="400" fill="rgb(27,21,23)"/>${person(219, "#154273")}${lint(35, 64, -15, "rgb(12,70,122)", emblem("rgb(247,242,248)"))}`,
        ),
      )
        .ensureAlpha()
        .composite([{ input: mask, blend: "dest-in" }])
        .png()
        .toBuffer();
      return toRgba(
        sharp(await sharp(masked).resize(200, 200).flatten({ background: "#101418" }).jpeg({ quality: 80 }).toBuffer()),
      );
    },
  },
  {
    // A small star correlates with the blurred emblem: it must lose to the star rival.
    name: "star on a Rijksoverheid-blue band (hard negative)",
    expected: "absent",
    image: () =>
      jpeg(
        `<rect width="400" height="400" fill="hsl(119,30%,60%)"/><rect x="222" y="186" width="150" height="100" fill="#003399"/><rect x="62" y="0" width="120" height="80" fill="#d52b1e"/><circle cx="190" cy="108" r="40" fill="#f3c300"/>${person(210, "#154273")}${lint(49, 35, -24, "rgb(24,57,120)", STAR, 1.2)}`,
        200,
      ),
  },
];
