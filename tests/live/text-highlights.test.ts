// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import type { Finding } from "@/rules/schema";
import { HIGHLIGHT_NAMES, rangeOfText, TextHighlights } from "@/utils/live/text-highlights";
import { fieldValue } from "@/utils/platforms/read";

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" role="textbox">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

const finding = (severity: Finding["severity"], start: number, end: number): Finding => ({
  rule: "bio/no-party",
  field: "bio",
  severity,
  message: "m",
  start,
  end,
});

describe("rangeOfText", () => {
  it("maps offsets of the value as read to the editor's text, across inline elements and paragraphs", () => {
    const element = editor("<p>Minister van <strong>VWS</strong>.</p><p>Lid van de VVD.</p>");
    const value = fieldValue(element);
    for (const word of ["VWS", "van VWS", "VVD", "Lid van"]) {
      const start = value.indexOf(word);
      expect(rangeOfText(element, start, start + word.length)?.toString()).toBe(word);
    }
  });

  it("gives no range where the text does not map exactly, or for an empty range", () => {
    const element = editor("<p>Minister.</p><p>VVD</p>");
    // Across the paragraph break the value has a line break the DOM text does not.
    expect(rangeOfText(element, 0, fieldValue(element).length)).toBeNull();
    expect(rangeOfText(element, 3, 3)).toBeNull();
    expect(rangeOfText(element, 100, 104)).toBeNull();
  });
});

describe("TextHighlights", () => {
  const scope = window as unknown as { CSS?: unknown; Highlight?: unknown };
  afterEach(() => {
    delete scope.CSS;
    delete scope.Highlight;
  });

  it("paints errors and warnings in rich-text fields under their names, and clears them", () => {
    const registry = new Map<string, { ranges: Range[] }>();
    scope.CSS = { highlights: registry };
    scope.Highlight = class {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    };
    const element = editor("<p>Lid van de VVD.</p>");
    const start = fieldValue(element).indexOf("VVD");
    const highlights = new TextHighlights(document);
    highlights.paint([
      { finding: finding("error", start, start + 3), element },
      { finding: finding("info", 0, 3), element },
    ]);
    expect(registry.get(HIGHLIGHT_NAMES.error)?.ranges.map(String)).toEqual(["VVD"]);
    expect(registry.has(HIGHLIGHT_NAMES.warning)).toBe(false);
    highlights.clear();
    expect(registry.size).toBe(0);
  });

  it("paints nothing in a textarea, and does nothing where the browser has no highlight API", () => {
    document.body.innerHTML = "<textarea>Lid van de VVD.</textarea>";
    const textarea = document.body.firstElementChild as HTMLTextAreaElement;
    const registry = new Map();
    scope.CSS = { highlights: registry };
    scope.Highlight = class {};
    new TextHighlights(document).paint([{ finding: finding("error", 11, 14), element: textarea }]);
    expect(registry.size).toBe(0);
    delete scope.CSS;
    expect(() =>
      new TextHighlights(document).paint([{ finding: finding("error", 0, 3), element: editor("VVD") }]),
    ).not.toThrow();
  });
});
