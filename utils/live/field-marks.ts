/**
 * Marks on the page's own fields (an outline in the severity's colour) while they hold a finding
 * that is neither informational nor waived, and the offending words underlined where the field is a
 * rich-text editor (text-highlights.ts). Only on edit pages: on a profile page the fields are
 * text, not inputs. The marks' style lives in one <style> element in the page's head.
 */
import { FIELD_MARK_CSS } from "@/components/panel/styles";
import type { CheckResult } from "@/rules/engine";
import type { Finding } from "@/rules/schema";
import type { PageSnapshot } from "../platforms/types";
import { TextHighlights } from "./text-highlights";

export const MARK_ATTRIBUTE = "data-profielcheck-mark";
/** On a dark page the marks take lighter colours, so they keep 3:1 against the page (WCAG 1.4.11). */
export const MARK_THEME_ATTRIBUTE = "data-profielcheck-mark-on";
const MARK_STYLE_ID = "profielcheck-field-marks";

export class FieldMarks {
  private readonly marked = new Set<HTMLElement>();
  private readonly highlights: TextHighlights;

  constructor(private readonly document: Document) {
    this.highlights = new TextHighlights(document);
  }

  /** Adds the marks' style to the page (once). */
  install(): void {
    if (this.document.getElementById(MARK_STYLE_ID)) return;
    const style = this.document.createElement("style");
    style.id = MARK_STYLE_ID;
    style.textContent = FIELD_MARK_CSS;
    this.document.head.append(style);
  }

  /** Removes every mark and the style. */
  uninstall(): void {
    this.clear();
    this.document.getElementById(MARK_STYLE_ID)?.remove();
  }

  clear(): void {
    this.highlights.clear();
    for (const element of this.marked) {
      element.removeAttribute(MARK_ATTRIBUTE);
      element.removeAttribute(MARK_THEME_ATTRIBUTE);
    }
    this.marked.clear();
  }

  /** Marks each field with the worst open finding on it (an error wins over a warning). */
  mark(
    snapshot: PageSnapshot,
    result: CheckResult,
    isWaived: (finding: Finding) => boolean,
    theme: "light" | "dark" = "light",
  ): void {
    this.clear();
    if (snapshot.kind !== "edit") return;
    const underlined: { finding: Finding; element: HTMLElement }[] = [];
    for (const finding of result.findings) {
      if (finding.severity === "info" || isWaived(finding)) continue;
      const read = snapshot[finding.field];
      if (!read.found || !read.element) continue;
      underlined.push({ finding, element: read.element });
      if (read.element.getAttribute(MARK_ATTRIBUTE) === "error") continue;
      read.element.setAttribute(MARK_ATTRIBUTE, finding.severity);
      if (theme === "dark") read.element.setAttribute(MARK_THEME_ATTRIBUTE, "dark");
      this.marked.add(read.element);
    }
    this.highlights.paint(underlined);
  }
}
