/**
 * Decodes a picked file or a sample in the page (createImageBitmap + canvas) and runs the same
 * logo detector as the command line on its pixels.
 */
import { detectRijkslogo } from "@/rules/avatar/detector";
import type { AvatarAnalysis } from "@/rules/types";

/** The detector works at 256 px; decoding a phone photo at full size would only cost memory. */
const DECODE_SIDE = 1024;

export async function analyseImage(image: Blob, unreadable: string): Promise<AvatarAnalysis> {
  try {
    const probe = await createImageBitmap(image);
    const scale = Math.min(1, DECODE_SIDE / Math.max(probe.width, probe.height));
    const width = Math.max(1, Math.round(probe.width * scale));
    const height = Math.max(1, Math.round(probe.height * scale));
    probe.close();
    const bitmap = await createImageBitmap(image, { resizeWidth: width, resizeHeight: height, resizeQuality: "high" });
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) return { status: "unreadable", reason: unreadable };
    context.drawImage(bitmap, 0, 0);
    bitmap.close();
    const { data } = context.getImageData(0, 0, width, height);
    return { status: "analysed", detection: detectRijkslogo({ width, height, data }) };
  } catch {
    return { status: "unreadable", reason: unreadable };
  }
}

/** A data: URL as a Blob, without fetch (which a file:// page may not be allowed to use). */
export function dataUrlToBlob(url: string): Blob {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(url);
  if (!match) throw new TypeError("not a data: URL");
  const [, type, base64, payload = ""] = match;
  const text = base64 ? atob(payload) : decodeURIComponent(payload);
  const bytes = Uint8Array.from(text, (character) => character.charCodeAt(0));
  return new Blob([bytes], { type });
}
