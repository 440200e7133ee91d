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

/** A lint hanging from the top edge: band `width` px wide at `x`, emblem top at `top`. */
function lint(x: number, width: number, top: number, content = `<path fill="#fff" d="${EMBLEM_PATH}"/>`, angle = 0) {
  const unit = width / 44;
  const bandTop = top - 36 * unit;
  return `<g transform="rotate(${angle} ${x + width / 2} ${top + 20 * unit})"><rect x="${x}" y="-60" width="${width}" height="${bandTop + 61}" fill="#154273"/><svg x="${x}" y="${bandTop}" width="${width}" height="${width * 2}" viewBox="0 -12 44 88"><path fill="#154273" d="M0-12h44v88H0z"/>${content}</svg></g>`;
}

const STAR = `<path fill="#fff" d="M22 24l4.1 12.4h13l-10.5 7.7 4 12.4L22 48.8l-10.6 7.7 4-12.4-10.5-7.7h13z"/>`;
const PERSON = `<ellipse cx="200" cy="210" rx="70" ry="88" fill="#d6a480"/><path d="M40 400 C60 320 120 300 200 300 C280 300 340 320 360 400Z" fill="#2b2b2e"/>`;

const svg = (body: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">${body}</svg>`);

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
    name: "logo beside a flag and other saturated colours",
    expected: "present",
    image: () =>
      jpeg(
        `<rect width="400" height="400" fill="#9fb4c8"/><rect x="205" y="40" width="170" height="113" fill="#003399"/><circle cx="290" cy="96" r="20" fill="#ffcc00"/><rect x="0" y="150" width="140" height="90" fill="#d52b1e"/><rect x="110" y="260" width="90" height="60" fill="#f3c300"/>${PERSON}${lint(150, 56, 40)}`,
      ),
  },
  {
    name: "logo over a blue background (little contrast at the band's edge)",
    expected: "present",
    image: () => jpeg(`<rect width="400" height="400" fill="#1c4a80"/>${PERSON}${lint(170, 60, 30)}`),
  },
  {
    name: "slightly turned logo rendered small, then upscaled (soft edges)",
    expected: "present",
    image: async () => {
      const small = await sharp(svg(`<rect width="400" height="400" fill="#c8c2b8"/>${PERSON}${lint(172, 56, 36, undefined, 4)}`))
        .resize(130, 130)
        .png()
        .toBuffer();
      return toRgba(sharp(await sharp(small).resize(400, 400, { kernel: "cubic" }).jpeg({ quality: 85 }).toBuffer()));
    },
  },
  {
    name: "logo on a dark, circularly cropped picture",
    expected: "present",
    image: async () => {
      const mask = svg(`<circle cx="200" cy="200" r="200" fill="#fff"/>`);
      const masked = await sharp(svg(`<rect width="400" height="400" fill="#14161c"/>${PERSON}${lint(178, 44, 60)}`))
        .ensureAlpha()
        .composite([{ input: mask, blend: "dest-in" }])
        .png()
        .toBuffer();
      return toRgba(sharp(await sharp(masked).resize(200, 200).flatten({ background: "#101418" }).jpeg({ quality: 80 }).toBuffer()));
    },
  },
  {
    name: "star on a Rijksoverheid-blue band (hard negative)",
    expected: "absent",
    image: () => jpeg(`<rect width="400" height="400" fill="#c8c2b8"/>${PERSON}${lint(170, 60, 30, STAR)}`),
  },
];
