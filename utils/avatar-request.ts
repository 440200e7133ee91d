/**
 * The content script's side of the avatar check: asks the background to analyse each new avatar
 * URL once, and keeps the answers. A newly chosen picture (a blob: preview) is read from the page's
 * own <img> (same origin, so the canvas is not tainted) and handed over as a data: URL.
 */
import type { AvatarAnalysis } from "@/rules/types";
import type { Language } from "@/rules/vocabulary";
import type { AvatarAnswer } from "./protocol";
import { sendToBackground } from "./protocol-client";

const PENDING = Symbol("pending");

async function previewAsDataUrl(image: HTMLImageElement): Promise<string> {
  if (!image.complete) await new Promise((resolve) => image.addEventListener("load", resolve, { once: true }));
  const canvas = document.createElement("canvas");
  const scale = Math.min(1, 512 / Math.max(image.naturalWidth, image.naturalHeight, 1));
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  canvas.getContext("2d")?.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL("image/png");
}

export class AvatarAnswers {
  private readonly answers = new Map<string, AvatarAnswer | typeof PENDING>();

  /** `onAnswer` is called when an answer arrives, so the caller can check again. */
  constructor(private readonly onAnswer: () => void) {}

  /** The answer for this avatar, or undefined while it is being analysed (asked for on first sight). */
  answerFor(url: string, element: HTMLElement | null): AvatarAnswer | undefined {
    const known = this.answers.get(url);
    if (known === PENDING) return undefined;
    if (known) return known;
    this.answers.set(url, PENDING);
    void this.request(url, element).then((answer) => {
      this.answers.set(url, answer);
      this.onAnswer();
    });
    return undefined;
  }

  private async request(url: string, element: HTMLElement | null): Promise<AvatarAnswer> {
    try {
      const isPreview = url.startsWith("blob:");
      if (isPreview && !(element instanceof HTMLImageElement)) throw new Error("preview without image");
      const address = isPreview ? await previewAsDataUrl(element as HTMLImageElement) : url;
      return await sendToBackground("profielcheck:analyse-avatar", { url: address });
    } catch {
      return {
        status: "unreadable",
        reason: { nl: "Profielfoto kon niet worden gelezen", en: "Profile picture could not be read" },
      };
    }
  }
}

/** The engine's view of an answer. */
export function toAvatarAnalysis(answer: AvatarAnswer, lang: Language): AvatarAnalysis {
  if (answer.status === "unreadable") return { status: "unreadable", reason: answer.reason[lang] };
  const { outcome, confidence, reason } = answer;
  return { status: "analysed", detection: reason ? { outcome, confidence, reason } : { outcome, confidence } };
}
