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

/**
 * The roots to search: the document, then the open shadow roots in it (LinkedIn renders some
 * modals inside `#interop-outlet`'s shadow root). Shadow roots are only walked when asked, because
 * walking every element costs time on each keystroke.
 */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const element of Array.from(root.querySelectorAll("*"))) {
    if (element.shadowRoot) roots.push(element.shadowRoot, ...openShadowRoots(element.shadowRoot));
  }
  return roots;
}

/**
 * Whether an element is shown: not `hidden`, not inside an `aria-hidden="true"` subtree, not a
 * closed native `<dialog>`, not styled `display: none` inline. (Attributes only: layout is not
 * needed to tell LinkedIn's hidden video-player dialogs from the open form.)
 */
export function isShown(element: Element): boolean {
  for (let node: Element | null = element; node; ) {
    if (node.hasAttribute("hidden") || node.getAttribute("aria-hidden") === "true") return false;
    if (node.tagName === "DIALOG" && !node.hasAttribute("open")) return false;
    if (node instanceof HTMLElement && node.style.display === "none") return false;
    const parent: Element | null = node.parentElement;
    node = parent ?? (node.getRootNode() instanceof ShadowRoot ? (node.getRootNode() as ShadowRoot).host : null);
  }
  return true;
}

/**
 * The shown dialog that holds a field, with the field: the page's light DOM first, then its open
 * shadow roots. Hidden dialogs (and dialogs without the field) are passed over; there is no
 * document-wide fallback, so a comment box elsewhere on the page is never read as the field.
 */
export function dialogWith<T>(
  document: Document,
  dialogSelectors: readonly string[],
  findField: (dialog: ParentNode) => T | null,
): { dialog: Element; field: T } | null {
  const search = (root: ParentNode) => {
    for (const dialog of Array.from(root.querySelectorAll(dialogSelectors.join(",")))) {
      if (!isShown(dialog)) continue;
      const field = findField(dialog);
      if (field !== null) return { dialog, field };
    }
    return null;
  };
  const inLight = search(document);
  if (inLight) return inLight;
  for (const shadow of openShadowRoots(document)) {
    const inShadow = search(shadow);
    if (inShadow) return inShadow;
  }
  return null;
}

/** Form controls that hold text: inputs, textareas and rich-text editors (TipTap/ProseMirror, Quill, Lexical). */
const TEXT_CONTROLS = 'textarea, input:not([type]), input[type="text"], input[type="url"], [contenteditable="true"]';

function byId(root: ParentNode, id: string): Element | null {
  return root.querySelector(`#${CSS.escape(id)}`);
}

/** A control's accessible name, from aria-label, aria-labelledby, <label for> or a wrapping <label>. */
export function accessibleName(control: Element): string {
  const root = control.getRootNode() as Document | ShadowRoot;
  const fromLabel = (label: Element | null) => (label ? visibleText(label) : "");
  const ariaLabel = control.getAttribute("aria-label");
  if (ariaLabel) return ariaLabel;
  const labelledBy = control.getAttribute("aria-labelledby");
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => fromLabel(byId(root, id)))
      .join(" ");
  }
  if (control.id) {
    const label = root.querySelector(`label[for="${CSS.escape(control.id)}"]`);
    if (label) return fromLabel(label);
  }
  return fromLabel(control.closest("label"));
}

/** "Headline*" and " Kop " both name the field "headline"/"kop". */
function normalisedName(name: string): string {
  return name.replace(/\*/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}

export interface FieldSpec {
  /** Accessible names of the field in Dutch and English, tried first. */
  names: readonly string[];
  /** Selectors by element type and stable attributes, tried second. */
  selectors: readonly string[];
}

/**
 * A text field found by its label or accessible name first and its element type second, so a
 * textarea and a rich-text editor (`contenteditable`, `role="textbox"`) are both found.
 */
export function findField(root: ParentNode, spec: FieldSpec): HTMLElement | null {
  const names = new Set(spec.names.map(normalisedName));
  for (const control of Array.from(root.querySelectorAll<HTMLElement>(TEXT_CONTROLS))) {
    // A rich-text editor's inner paragraphs are not controls of their own.
    if (control.parentElement?.closest('[contenteditable="true"]')) continue;
    if (names.has(normalisedName(accessibleName(control)))) return control;
  }
  return first(root, spec.selectors);
}

/**
 * The `maxlength` the page's own input or textarea carries for a field, when it has one: the
 * platform's own count, which the engine prefers over its table (docs/research/limits.md).
 */
export function pageMaxLength(read: FieldRead<string>): number | undefined {
  if (!read.found) return undefined;
  const element = read.element;
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return undefined;
  return element.maxLength > 0 ? element.maxLength : undefined;
}
