/**
 * Avatar analysis in the background: fetch the image from the platform's own image host (the only
 * network request the extension makes; a redirect is refused, so it cannot leave that host),
 * reading at most MAX_AVATAR_BYTES while it streams in; check the size its header declares
 * against the same limits as the command (rules/avatar/limits.ts) before decoding it with
 * createImageBitmap; shrink it on an OffscreenCanvas and run the logo detector. A data: URL from
 * a content script passes the same checks. Cross-origin images would taint a page canvas, which
 * is why this happens here. Results are cached by URL; the image is never sent anywhere.
 */
import { detectRijkslogo, WORKING_SIDE } from "@/rules/avatar/detector";
import { AVATAR_FORMATS, avatarLimitProblem, MAX_AVATAR_BYTES, readImageHeader } from "@/rules/avatar/limits";
import { isImageHost } from "@/rules/platforms";
import type { AvatarAnswer } from "./protocol";

const CACHE_LIMIT = 200;
const INLINE_IMAGE = new RegExp(`^data:image/(${AVATAR_FORMATS.join("|")});base64,`);

const cache = new Map<string, Promise<AvatarAnswer>>();

function unreadable(nl: string, en: string): AvatarAnswer {
  return { status: "unreadable", reason: { nl, en } };
}

/** Only the platforms' image hosts over https, or an inline image a content script read from the page. */
export function isAllowedAvatarUrl(address: string): boolean {
  if (INLINE_IMAGE.test(address)) return true;
  try {
    const url = new URL(address);
    return url.protocol === "https:" && isImageHost(url.hostname);
  } catch {
    return false;
  }
}

const TOO_LARGE = "too-large";

/** The body, read chunk by chunk and abandoned once it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | typeof TOO_LARGE> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return TOO_LARGE;
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return TOO_LARGE;
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A data: URL's bytes, refused by its length before anything is decoded. */
function dataUrlBytes(address: string): Uint8Array<ArrayBuffer> | typeof TOO_LARGE {
  const base64 = address.slice(address.indexOf(",") + 1);
  if (Math.floor((base64.length * 3) / 4) > MAX_AVATAR_BYTES) return TOO_LARGE;
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}

async function download(address: string): Promise<Uint8Array<ArrayBuffer> | typeof TOO_LARGE | AvatarAnswer> {
  if (address.startsWith("data:")) return dataUrlBytes(address);
  // No redirect is followed: a 302 to another host would leave the allowlist.
  const response = await fetch(address, { credentials: "omit", referrerPolicy: "no-referrer", redirect: "error" });
  if (!response.ok) {
    await response.body?.cancel();
    return unreadable(
      `Profielfoto niet geladen (HTTP ${response.status})`,
      `Profile picture not loaded (HTTP ${response.status})`,
    );
  }
  return readCapped(response, MAX_AVATAR_BYTES);
}

async function analyse(address: string): Promise<AvatarAnswer> {
  if (!isAllowedAvatarUrl(address)) {
    return unreadable(
      "Profielfoto staat niet op de beeldserver van het platform",
      "Profile picture is not on the platform's image host",
    );
  }
  let bytes: Uint8Array<ArrayBuffer> | typeof TOO_LARGE;
  try {
    const downloaded = await download(address);
    if (typeof downloaded === "object" && "status" in downloaded) return downloaded;
    bytes = downloaded;
  } catch {
    return unreadable("Profielfoto kon niet worden geladen", "Profile picture could not be loaded");
  }
  const problem = bytes === TOO_LARGE ? "too-many-bytes" : avatarLimitProblem(bytes.length, readImageHeader(bytes));
  if (bytes === TOO_LARGE || problem === "empty" || problem === "too-many-bytes")
    return unreadable("Profielfoto is leeg of te groot", "Profile picture is empty or too large");
  if (problem === "not-an-image")
    return unreadable("Profielfoto is geen leesbare afbeelding", "Profile picture is not a readable image");
  if (problem === "too-many-pixels")
    return unreadable("Profielfoto heeft een onmogelijke afmeting", "Profile picture has an impossible size");
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes]));
  } catch {
    return unreadable("Profielfoto is geen leesbare afbeelding", "Profile picture is not a readable image");
  }
  try {
    // The header was checked; the decoded size is checked again in case the two disagree.
    if (avatarLimitProblem(bytes.length, { format: "png", width: bitmap.width, height: bitmap.height })) {
      return unreadable("Profielfoto heeft een onmogelijke afmeting", "Profile picture has an impossible size");
    }
    // Shrunk to the detector's working size at once: the detector would shrink it anyway, and memory stays small.
    const scale = Math.min(1, WORKING_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    if (!context) return unreadable("Profielfoto kon niet worden gelezen", "Profile picture could not be read");
    context.drawImage(bitmap, 0, 0, width, height);
    const pixels = context.getImageData(0, 0, width, height);
    const detection = detectRijkslogo({ width, height, data: pixels.data });
    const answer: AvatarAnswer = { status: "analysed", outcome: detection.outcome, confidence: detection.confidence };
    if (detection.reason) answer.reason = detection.reason;
    if (detection.box) {
      answer.box = {
        x: detection.box.x / width,
        y: detection.box.y / height,
        width: detection.box.width / width,
        height: detection.box.height / height,
      };
    }
    return answer;
  } finally {
    bitmap.close();
  }
}

export function analyseAvatar(address: string): Promise<AvatarAnswer> {
  let answer = cache.get(address);
  if (!answer) {
    answer = analyse(address);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(address, answer);
  }
  return answer;
}
