/** Small DOM readers shared by the adapters. They never throw: a broken page gives "not found". */
import type { Localized } from "@/rules/types";
import type { FieldRead, PageKind, PageSnapshot } from "./types";

export function found<T>(value: T, element: Element | null = null): FieldRead<T> {
  return { found: true, value, element: element instanceof HTMLElement ? element : null };
}

export function notFound<T>(reason: Localized): FieldRead<T> {
  return { found: false, reason };
}

export const SELECTOR_MISSED: Localized = {
  nl: "Veld niet gevonden op de pagina (de pagina is mogelijk veranderd)",
  en: "Field not found on the page (the page may have changed)",
};

/** The first element that matches one of the selectors, in order of preference. */
export function first<E extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): E | null {
  for (const selector of selectors) {
    const element = root.querySelector<E>(selector);
    if (element) return element;
  }
  return null;
}

/**
 * The text a person sees in an element, with emoji images (X and Facebook render emoji as <img
 * alt="😀">) read from their alt text, and line breaks kept.
 */
export function visibleText(element: Element): string {
  let text = "";
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      text += node.nodeValue ?? "";
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === "IMG") {
      text += node.getAttribute("alt") ?? "";
      return;
    }
    if (node.tagName === "BR") {
      text += "\n";
      return;
    }
    if (node.tagName === "svg" || node.tagName === "SVG" || node.getAttribute("aria-hidden") === "true") return;
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(element);
  return text;
}

/** The value of a form field: inputs and textareas by value, contenteditable editors by text. */
export function fieldValue(element: HTMLElement): string {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.value;
  // Rich-text editors (ProseMirror, Lexical) keep one paragraph per <p>: join them with line breaks.
  const paragraphs = element.querySelectorAll(":scope > p");
  if (paragraphs.length > 0) return Array.from(paragraphs, (paragraph) => paragraph.textContent ?? "").join("\n");
  return element.textContent ?? "";
}

export function readField(
  root: ParentNode,
  selectors: readonly string[],
  reason: Localized = SELECTOR_MISSED,
): FieldRead<string> {
  const element = first(root, selectors);
  return element ? found(fieldValue(element), element) : notFound(reason);
}

/** The real address behind a platform's redirect link (l.instagram.com/?u=…, l.facebook.com/l.php?u=…). */
export function unwrapRedirect(href: string): string {
  try {
    const url = new URL(href);
    const target = url.searchParams.get("u");
    if (target && /^(l|lm)\.(instagram|facebook)\.com$/.test(url.hostname)) return target;
    return href;
  } catch {
    return href;
  }
}

/** The first path segment of a URL: the handle on profile URLs (x.com/<handle>). */
export function firstPathSegment(url: URL): string | null {
  return url.pathname.split("/").filter((segment) => segment !== "")[0] ?? null;
}

/** A page whose profile has not rendered (yet): every field not found, the handle as known. */
export function notRendered(kind: PageKind, handle: FieldRead<string>): PageSnapshot {
  const missing = notFound<never>(SELECTOR_MISSED);
  return { kind, handle, displayName: missing, bio: missing, links: missing, avatar: missing, verified: missing };
}

/** A single link input as the links list: empty when the input is empty. */
export function linksOfInput(input: HTMLInputElement): FieldRead<string[]> {
  const value = input.value.trim();
  return found(value === "" ? [] : [value], input);
}
