/** Small DOM readers shared by the adapters. They never throw: a broken page gives "not found". */
import { type FieldSelectorOverrides, usableOverrides } from "@/rules/selector-syntax";
import type { Localized } from "@/rules/types";
import type { FieldRead, PageKind, PageSnapshot } from "./types";

/** What the live check hands an adapter besides the page: the organisation's selector overrides. */
export interface ReadOptions {
  /** Extra CSS selectors per field of this platform, tried before the built-in ones. */
  selectorOverrides?: FieldSelectorOverrides;
}

export function found<T>(value: T, element: Element | null = null): FieldRead<T> {
  return { found: true, value, element: element instanceof HTMLElement ? element : null };
}

export const SELECTOR_MISSED: Localized = {
  nl: "Veld niet gevonden op de pagina (de pagina is mogelijk veranderd)",
  en: "Field not found on the page (the page may have changed)",
};

/**
 * A field that was not read. `unmatched`: no selector matched where the field should be (the page
 * may have changed), which is when the panel offers a page sketch; not for a form that is closed.
 */
export function notFound<T>(reason: Localized, unmatched = reason === SELECTOR_MISSED): FieldRead<T> {
  return unmatched ? { found: false, reason, unmatched } : { found: false, reason };
}

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
export function visibleText(element: Element, skip: Element | null = null): string {
  let text = "";
  const walk = (node: Node) => {
    if (node === skip) return;
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

/** A single link field (an input, or a rich-text editor) as the links list: empty when the field is empty. */
export function linksOfInput(input: HTMLElement): FieldRead<string[]> {
  const value = fieldValue(input).trim();
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
  // A wrapping label (X's edit form) holds the control itself: its value is no part of the name.
  const wrapping = control.closest("label");
  return wrapping ? visibleText(wrapping, control) : "";
}

/** "Headline*", " Kop " and "Bio 104 / 160" (X's counter inside the label) name "headline", "kop", "bio". */
export function normalisedName(name: string): string {
  return name
    .replace(/\*/g, "")
    .replace(/\d+\s*\/\s*\d+/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
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

/**
 * The first shown element an organisation's override selector matches, searched only in the page
 * the adapter reads. A selector the browser rejects (after the safe check passed it) is skipped.
 */
function overrideElement(root: ParentNode, selectors: readonly string[] = []): HTMLElement | null {
  for (const selector of selectors) {
    try {
      const element = Array.from(root.querySelectorAll<HTMLElement>(selector)).find(isShown);
      if (element) return element;
    } catch {
      // Not a selector this browser accepts.
    }
  }
  return null;
}

/** The shown elements the first matching override selector gives (for the links list). */
function overrideElements(root: ParentNode, selectors: readonly string[]): HTMLElement[] {
  for (const selector of selectors) {
    try {
      const elements = Array.from(root.querySelectorAll<HTMLElement>(selector)).filter(isShown);
      if (elements.length > 0) return elements;
    } catch {
      // Not a selector this browser accepts.
    }
  }
  return [];
}

/** A form field's value, or the text a person sees in any other element an override points at. */
function overrideText(element: HTMLElement): string {
  const isControl =
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element.getAttribute("contenteditable") === "true";
  return isControl ? fieldValue(element) : visibleText(element).trim();
}

function linkOf(element: HTMLElement): string {
  if (element instanceof HTMLAnchorElement) return unwrapRedirect(element.href);
  return overrideText(element).trim();
}

/**
 * The snapshot with the fields the organisation's overrides find read from there instead: an
 * override is tried before the built-in selectors, and a field it does not find keeps the
 * adapter's own reading. Only the page the adapter reads is searched, and only with selectors that
 * pass the safe check (the options page warns about the others).
 */
export function withOverrides(root: ParentNode, snapshot: PageSnapshot, options: ReadOptions = {}): PageSnapshot {
  if (!options.selectorOverrides) return snapshot;
  const overrides = usableOverrides(options.selectorOverrides);
  const result = { ...snapshot };
  for (const field of ["displayName", "bio"] as const) {
    const element = overrideElement(root, overrides[field]);
    if (element) result[field] = found(overrideText(element), element);
  }
  const links = overrideElements(root, overrides.links ?? []);
  if (links.length > 0) {
    result.links = found(
      links.map(linkOf).filter((link) => link !== ""),
      links[0] ?? null,
    );
  }
  const avatar = overrideElement(root, overrides.avatar);
  const avatarSource = avatar instanceof HTMLImageElement ? avatar.src : null;
  if (avatar && avatarSource) result.avatar = found(avatarSource, avatar);
  return result;
}
