/**
 * Renders the extension's icons (public/icon/<size>.png, which WXT puts in the manifest) from
 * assets/icon/profielcheck.svg. Run after changing the drawing: `npm run icons`.
 */
import { mkdirSync } from "node:fs";
import sharp from "sharp";

const SIZES = [16, 32, 48, 96, 128] as const;

mkdirSync("public/icon", { recursive: true });
for (const size of SIZES) {
  await sharp("assets/icon/profielcheck.svg", { density: 384 })
    .resize(size, size)
    .png()
    .toFile(`public/icon/${size}.png`);
  console.log(`public/icon/${size}.png`);
}
