/**
 * The offending words underlined in the page's own field, where the field's editor allows it:
 * rich-text editors (contenteditable) through the CSS Custom Highlight API, which paints ranges
 * without touching the page's DOM. A textarea or input has no ranges to paint, so there the words
 * are marked in the panel's copy only. A range is painted only when its text is exactly the text
 * the finding is about; anything else is left unmarked rather than marked in the wrong place.
 */
import type { Finding } from "@/rules/schema";
import { fieldValue } from "../platforms/read";

export const HIGHLIGHT_NAMES = { error: "profielcheck-error", warning: "profielcheck-warning" } as const;

/** The text nodes of an editor with their offsets in its value as `fieldValue` reads it. */
function textSegments(element: HTMLElement): { node: Text; start: number }[] {
  const segments: { node: Text; start: number }[] = [];
  let offset = 0;
  const walk = (root: Node) => {
    const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
      const text = node as Text;
      segments.push({ node: text, start: offset });
      offset += text.data.length;
    }
  };
  const paragraphs = element.querySelectorAll(":scope > p");
  if (paragraphs.length === 0) walk(element);
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) offset += 1; // the line break fieldValue puts between paragraphs
    walk(paragraph);
  });
  return segments;
}

/** The DOM range of `value.slice(start, end)` in a contenteditable editor, or null where it does not map exactly. */
export function rangeOfText(element: HTMLElement, start: number, end: number): Range | null {
  if (start >= end) return null;
  const segments = textSegments(element);
  const at = (offset: number, isEnd: boolean) =>
    segments.find(({ node, start: from }) =>
      isEnd ? offset > from && offset <= from + node.data.length : offset >= from && offset < from + node.data.length,
    );
  const first = at(start, false);
  const last = at(end, true);
  if (!first || !last) return null;
  const range = element.ownerDocument.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range.toString() === fieldValue(element).slice(start, end) ? range : null;
}

interface HighlightApi {
  highlights: Map<string, unknown>;
  create(ranges: Range[]): unknown;
}

/** The browser's Custom Highlight API, where it has one. */
function highlightApi(view: Window | null): HighlightApi | null {
  const scope = view as
    | (Window & { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (...ranges: Range[]) => unknown })
    | null;
  const registry = scope?.CSS?.highlights;
  const Highlight = scope?.Highlight;
  if (!registry || typeof Highlight !== "function") return null;
  return { highlights: registry, create: (ranges) => new Highlight(...ranges) };
}

export class TextHighlights {
  constructor(private readonly document: Document) {}

  /** Underlines each open error or warning with a range in its rich-text field; replaces the last ones. */
  paint(findings: readonly { finding: Finding; element: HTMLElement }[]): void {
    const api = highlightApi(this.document.defaultView);
    if (!api) return;
    const ranges: Record<keyof typeof HIGHLIGHT_NAMES, Range[]> = { error: [], warning: [] };
    for (const { finding, element } of findings) {
      if (finding.severity === "info" || !element.isContentEditable) continue;
      if (finding.start === undefined || finding.end === undefined) continue;
      const range = rangeOfText(element, finding.start, finding.end);
      if (range) ranges[finding.severity].push(range);
    }
    try {
      for (const severity of ["error", "warning"] as const) {
        const name = HIGHLIGHT_NAMES[severity];
        if (ranges[severity].length > 0) api.highlights.set(name, api.create(ranges[severity]));
        else api.highlights.delete(name);
      }
    } catch {
      // A browser that refuses the extension's ranges: the panel's copy still marks the words.
    }
  }

  clear(): void {
    const api = highlightApi(this.document.defaultView);
    for (const name of Object.values(HIGHLIGHT_NAMES)) api?.highlights.delete(name);
  }
}
