/**
 * Avatar analysis in the background: fetch the image from the platform's own image host (the only
 * network request the extension makes), decode it with createImageBitmap, shrink it on an
 * OffscreenCanvas and run the logo detector. Cross-origin images would taint a page canvas, which
 * is why this happens here. Results are cached by URL; the image is never sent anywhere.
 */
import { detectRijkslogo } from "@/rules/avatar/detector";
import type { AvatarAnswer } from "./messages";

/** The platforms' image hosts, as in the manifest's host permissions. */
const IMAGE_HOSTS = [/^pbs\.twimg\.com$/, /\.cdninstagram\.com$/, /\.fbcdn\.net$/, /^media\.licdn\.com$/];
const MAX_BYTES = 10 * 1024 * 1024;
const MAX_PIXELS = 36_000_000;
/** The detector works at 256 px; decoding straight to that size keeps memory small. */
const WORKING_SIDE = 256;
const CACHE_LIMIT = 200;

const cache = new Map<string, Promise<AvatarAnswer>>();

function unreadable(nl: string, en: string): AvatarAnswer {
  return { status: "unreadable", reason: { nl, en } };
}

/** Only the platforms' image hosts over https, or an inline image a content script read from the page. */
export function isAllowedAvatarUrl(address: string): boolean {
  if (/^data:image\/(png|jpeg|webp);base64,/.test(address)) return true;
  try {
    const url = new URL(address);
    return url.protocol === "https:" && IMAGE_HOSTS.some((host) => host.test(url.hostname));
  } catch {
    return false;
  }
}

async function analyse(address: string): Promise<AvatarAnswer> {
  if (!isAllowedAvatarUrl(address)) {
    return unreadable(
      "Profielfoto staat niet op de beeldserver van het platform",
      "Profile picture is not on the platform's image host",
    );
  }
  let blob: Blob;
  try {
    const response = await fetch(address, { credentials: "omit", referrerPolicy: "no-referrer" });
    if (!response.ok)
      return unreadable(
        `Profielfoto niet geladen (HTTP ${response.status})`,
        `Profile picture not loaded (HTTP ${response.status})`,
      );
    blob = await response.blob();
  } catch {
    return unreadable("Profielfoto kon niet worden geladen", "Profile picture could not be loaded");
  }
  if (blob.size === 0 || blob.size > MAX_BYTES)
    return unreadable("Profielfoto is leeg of te groot", "Profile picture is empty or too large");
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return unreadable("Profielfoto is geen leesbare afbeelding", "Profile picture is not a readable image");
  }
  try {
    if (bitmap.width * bitmap.height > MAX_PIXELS || bitmap.width === 0 || bitmap.height === 0) {
      return unreadable("Profielfoto heeft een onmogelijke afmeting", "Profile picture has an impossible size");
    }
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
