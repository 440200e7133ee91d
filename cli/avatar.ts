/**
 * Reads an avatar file for the logo detector: PNG, JPEG or WebP only, bounded in bytes and
 * pixels by the limits the extension uses too (rules/avatar/limits.ts), the pixel count read from
 * the header before anything is decoded; decoded with sharp to at most 256×256 RGBA (the detector's working size).
 */
import { readFile, stat } from "node:fs/promises";
import { type RgbaImage, WORKING_SIDE } from "../rules/avatar/detector";
import {
  type AvatarFormat,
  avatarLimitProblem,
  MAX_AVATAR_BYTES,
  MAX_AVATAR_PIXELS,
  readImageHeader,
  sniffFormat,
} from "../rules/avatar/limits";
import type { Localized } from "../rules/types";

export type AvatarLoad = { ok: true; image: RgbaImage; format: AvatarFormat } | { ok: false; reason: Localized };

function failure(nl: string, en: string): AvatarLoad {
  return { ok: false, reason: { nl, en } };
}

export async function loadAvatar(path: string): Promise<AvatarLoad> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return failure("geen bestand", "not a file");
    if (info.size > MAX_AVATAR_BYTES) {
      return failure(
        `bestand te groot (${info.size} bytes, hoogstens ${MAX_AVATAR_BYTES})`,
        `file too large (${info.size} bytes, at most ${MAX_AVATAR_BYTES})`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return failure(`kan het bestand niet lezen (${code})`, `cannot read the file (${code})`);
  }
  if (bytes.length === 0) return failure("leeg bestand", "empty file");
  const format = sniffFormat(bytes);
  if (!format) return failure("geen PNG, JPEG of WebP", "not a PNG, JPEG or WebP image");
  const tooLarge = failure(
    `afbeelding te groot (meer dan ${MAX_AVATAR_PIXELS} pixels)`,
    `image too large (more than ${MAX_AVATAR_PIXELS} pixels)`,
  );
  // The header's size decides before any pixel is decoded; sharp's own limit is the backstop.
  if (avatarLimitProblem(bytes.length, readImageHeader(bytes)) === "too-many-pixels") return tooLarge;
  try {
    // Loaded on first use: `profielcheck rules` and checks without avatars start without it.
    const { default: sharp } = await import("sharp");
    const decoder = sharp(bytes, { limitInputPixels: MAX_AVATAR_PIXELS, failOn: "error" });
    const { width = 0, height = 0 } = await decoder.metadata();
    if (width * height > MAX_AVATAR_PIXELS) return tooLarge;
    const { data, info } = await decoder
      .rotate() // EXIF orientation: the logo must be upright for the detector
      .resize({ width: WORKING_SIDE, height: WORKING_SIDE, fit: "inside", withoutEnlargement: true })
      .toColourspace("srgb")
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const image = {
      width: info.width,
      height: info.height,
      data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    };
    return { ok: true, image, format };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    if (/pixel limit/i.test(detail ?? "")) return tooLarge;
    return failure(
      `kan de ${format}-afbeelding niet decoderen (${detail})`,
      `cannot decode the ${format} image (${detail})`,
    );
  }
}
