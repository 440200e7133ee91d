/**
 * Reading a composer: which editor the person types in, whether it writes a new post or a reply
 * (and to what), and which account writes. Pure DOM reading, never throws; what the page does not
 * show is null, so the caller can say so instead of guessing.
 */
import type { Platform } from "@/rules/vocabulary";
import { visibleText } from "../platforms/read";
import { COMPOSER_SELECTORS, type ComposerSelectors } from "./selectors";

export type MessageKind = "post" | "reply";

export interface ComposerRead {
  editor: HTMLElement;
  kind: MessageKind;
  /** The text of the message being answered, when the page shows it next to a reply box. */
  inReplyTo: string | null;
  /** The handle of the account that writes, or null when the page does not show it. */
  writer: string | null;
}

export function composerSelectors(platform: Platform): ComposerSelectors | undefined {
  return COMPOSER_SELECTORS[platform];
}

/** The composer editor that holds this element (the focus target), or null. */
export function findEditor(platform: Platform, target: EventTarget | null): HTMLElement | null {
  const selectors = composerSelectors(platform);
  if (!selectors || !(target instanceof Element)) return null;
  for (const selector of selectors.editors) {
    const editor = target.closest<HTMLElement>(selector);
    if (editor) return editor;
  }
  return null;
}

/** The path's first segment of a same-site link: "/MinisterVWS" → "MinisterVWS", "/in/fleur-agema/" → "fleur-agema". */
function handleFromHref(href: string | null): string | null {
  if (!href) return null;
  try {
    const segments = new URL(href, "https://example.invalid").pathname.split("/").filter(Boolean);
    const handle = segments[0] === "in" ? segments[1] : segments[0];
    return handle ? decodeURIComponent(handle) : null;
  } catch {
    return null;
  }
}

function readWriter(document: Document, selectors: ComposerSelectors): string | null {
  for (const selector of selectors.writerLinks) {
    const link = document.querySelector(selector);
    const handle = handleFromHref(link?.getAttribute("href") ?? null);
    if (handle) return handle;
  }
  return null;
}

/**
 * A reply box stands in a container (dialog, post, article) that also shows the message it
 * answers; a new-post box has no such message above it.
 */
function readAnswered(editor: HTMLElement, selectors: ComposerSelectors): string | null {
  for (const containerSelector of selectors.replyContainers) {
    const container = editor.closest(containerSelector);
    if (!container) continue;
    for (const textSelector of selectors.answeredText) {
      const answered = Array.from(container.querySelectorAll(textSelector)).find(
        // Only a message that stands before the editor is the one being answered (not replies below it).
        (element) => element.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      if (answered) return visibleText(answered).trim();
    }
  }
  return null;
}

export function readComposer(platform: Platform, editor: HTMLElement): ComposerRead {
  const selectors = composerSelectors(platform);
  const answered = selectors ? readAnswered(editor, selectors) : null;
  return {
    editor,
    kind: answered === null ? "post" : "reply",
    inReplyTo: answered,
    writer: selectors ? readWriter(editor.ownerDocument, selectors) : null,
  };
}
