/**
 * The limits on an avatar image, the same in the command (cli/avatar.ts) and the extension
 * (utils/avatar-analysis.ts), and how its size is read from the file's header before anything is
 * decoded: a 390 KB PNG can declare 20000×20000 pixels and take gigabytes once decoded.
 */

/** Larger files are no avatar; the download stops once it passes this. */
export const MAX_AVATAR_BYTES = 10 * 1024 * 1024;
/** 6000×6000: far above any platform's avatar, far below what would exhaust memory. */
export const MAX_AVATAR_PIXELS = 36_000_000;

/** The formats an avatar may have; the decoders (createImageBitmap, sharp) take more, which are refused. */
export const AVATAR_FORMATS = ["png", "jpeg", "webp"] as const;
export type AvatarFormat = (typeof AVATAR_FORMATS)[number];

/** The format by its signature: decoders also take SVG, GIF, TIFF, HEIF…, which are refused. */
export function sniffFormat(bytes: Uint8Array): AvatarFormat | null {
  const startsWith = (signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith([0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}

export interface ImageHeader {
  format: AvatarFormat;
  width: number;
  height: number;
}

const uint16 = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const uint16le = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const uint24le = (bytes: Uint8Array, at: number) => uint16le(bytes, at) | ((bytes[at + 2] ?? 0) << 16);
const uint32 = (bytes: Uint8Array, at: number) => uint16(bytes, at) * 0x10000 + uint16(bytes, at + 2);

/** JPEG: the first start-of-frame marker (SOF0–SOF15 without DHT, JPG and DAC) holds the size. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] as number;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = uint16(bytes, at + 2);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) return { height: uint16(bytes, at + 5), width: uint16(bytes, at + 7) };
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/** WebP: the size is in the VP8 (lossy), VP8L (lossless) or VP8X (extended) chunk. */
function webpSize(bytes: Uint8Array): { width: number; height: number } | null {
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === "VP8 " && bytes.length >= 30) {
    return { width: uint16le(bytes, 26) & 0x3fff, height: uint16le(bytes, 28) & 0x3fff };
  }
  if (chunk === "VP8L" && bytes.length >= 25) {
    const bits = uint16le(bytes, 21) | (uint16le(bytes, 23) << 16);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8X" && bytes.length >= 30) {
    return { width: uint24le(bytes, 24) + 1, height: uint24le(bytes, 27) + 1 };
  }
  return null;
}

/** Format and size from the header alone, or null when the header is not one of ours or is cut off. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  const format = sniffFormat(bytes);
  if (!format) return null;
  const size =
    format === "png"
      ? bytes.length >= 24
        ? { width: uint32(bytes, 16), height: uint32(bytes, 20) }
        : null
      : format === "jpeg"
        ? jpegSize(bytes)
        : webpSize(bytes);
  return size ? { format, ...size } : null;
}

/** Why an image may not be decoded, from its byte length and header; null when it may. */
export function avatarLimitProblem(
  byteLength: number,
  header: ImageHeader | null,
): "empty" | "too-many-bytes" | "not-an-image" | "too-many-pixels" | null {
  if (byteLength === 0) return "empty";
  if (byteLength > MAX_AVATAR_BYTES) return "too-many-bytes";
  if (!header || header.width === 0 || header.height === 0) return "not-an-image";
  if (header.width * header.height > MAX_AVATAR_PIXELS) return "too-many-pixels";
  return null;
}
