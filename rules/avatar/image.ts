/**
 * Image input for the avatar detector: validation and an area-averaging downscale that also
 * flattens transparency onto white (platforms show transparent corners of a circular crop on a
 * light page, and a transparent pixel must never look like the logo's blue).
 */

/** An RGBA image, 4 bytes per pixel, rows top to bottom. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** An opaque RGB image, 3 bytes per pixel, at reduced size. */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/**
 * Throws a RangeError when the buffer does not hold width × height RGBA pixels, the one input
 * error a caller must fix; sizes are checked to be non-negative integers as well.
 */
export function assertRgba(image: RgbaImage): void {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`Image size must be non-negative integers, got ${width}×${height}`);
  }
  if (data.length !== width * height * 4) {
    throw new RangeError(
      `RGBA buffer holds ${data.length} bytes, expected ${width * height * 4} for ${width}×${height}`,
    );
  }
}

/** Integer shrink factor that brings the long side to at most `maxSide`. */
export function shrinkFactor(width: number, height: number, maxSide: number): number {
  return Math.max(1, Math.ceil(Math.max(width, height) / maxSide));
}

/**
 * Shrinks the image by an integer factor so its long side is at most `maxSide`, averaging each
 * factor × factor block (edge blocks may be smaller), after compositing onto white. An integer
 * box filter is exact area averaging and costs a few additions per source pixel. Averaging in
 * gamma-encoded sRGB is what browsers and sharp do too, so blue/white edges mix the same way.
 */
export function downscaleToRgb(image: RgbaImage, maxSide: number): RgbImage {
  const { width, height, data } = image;
  const factor = shrinkFactor(width, height, maxSide);
  const outWidth = Math.ceil(width / factor);
  const outHeight = Math.ceil(height / factor);
  const out = new Uint8Array(outWidth * outHeight * 3);
  const sums = new Uint32Array(outWidth * 3);
  const counts = new Uint32Array(outWidth);
  for (let oy = 0; oy < outHeight; oy++) {
    sums.fill(0);
    counts.fill(0);
    const yEnd = Math.min(height, (oy + 1) * factor);
    for (let y = oy * factor; y < yEnd; y++) {
      for (let x = 0, p = y * width * 4; x < width; x++, p += 4) {
        const o = ((x / factor) | 0) * 3;
        const alpha = data[p + 3];
        if (alpha === 255) {
          sums[o] += data[p];
          sums[o + 1] += data[p + 1];
          sums[o + 2] += data[p + 2];
        } else {
          const white = 255 - alpha;
          sums[o] += ((data[p] * alpha) / 255 + white) | 0;
          sums[o + 1] += ((data[p + 1] * alpha) / 255 + white) | 0;
          sums[o + 2] += ((data[p + 2] * alpha) / 255 + white) | 0;
        }
        counts[o / 3]++;
      }
    }
    for (let ox = 0, o = oy * outWidth * 3; ox < outWidth; ox++, o += 3) {
      const n = counts[ox];
      out[o] = Math.round(sums[ox * 3] / n);
      out[o + 1] = Math.round(sums[ox * 3 + 1] / n);
      out[o + 2] = Math.round(sums[ox * 3 + 2] / n);
    }
  }
  return { width: outWidth, height: outHeight, data: out };
}
