/**
 * One-click fixes and their undo, several levels deep. A fix is written only into the field it was
 * computed for, and only while that field still holds exactly the value that was checked (the user
 * may have typed on). Plain inputs and textareas are edited through the browser's editing path
 * (the range selected, then `insertText`), so the field's own Ctrl+Z undoes a fix too; where the
 * browser refuses, the native value setter and an input event do it. A fix can be undone from the
 * panel while its field still holds what the fix wrote.
 */
import { applyTextFix } from "@/rules/apply-fix";
import type { FieldName, Finding, Profile } from "@/rules/schema";
import { replaceMessageRange } from "../composer/edit-text";
import { fieldValue } from "../platforms/read";
import type { PageSnapshot } from "../platforms/types";
import { isWritable, writeValue } from "../write-field";

/** A fix as written: the range of the value before it that it replaced, and by what. */
export interface WrittenFix {
  id: number;
  element: HTMLElement;
  field: FieldName;
  rule: string;
  before: string;
  after: string;
  start: number;
  end: number;
  text: string;
}

/** Replaces [start, end) of the field's value by `text` as the user would edit, else by setting the value. */
function replaceRange(element: HTMLElement, start: number, end: number, text: string, after: string): void {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    let edited = false;
    try {
      edited = replaceMessageRange(element, start, end, text);
    } catch {
      // An editing command the browser does not know: set the value instead.
    }
    if (edited && element.value === after) return;
  }
  writeValue(element, after);
}

export class FixAndUndo {
  /** What the last check saw. */
  private snapshot: PageSnapshot | null = null;
  private profile: Profile = {};
  private written: WrittenFix[] = [];
  private nextId = 1;

  /** Records what the last check saw, so a fix goes into exactly the value it was computed for. */
  checked(snapshot: PageSnapshot, profile: Profile): void {
    this.snapshot = snapshot;
    this.profile = profile;
  }

  /** The field element a fix would write, when it holds exactly the value that was checked. */
  target(finding: Finding): HTMLElement | null {
    const read = this.snapshot?.[finding.field];
    if (!finding.fix || !read?.found || !read.element || this.snapshot?.kind !== "edit") return null;
    if (!isWritable(read.element)) return null;
    if (finding.fix.type === "setLink" && finding.fix.index !== 0) return null;
    const checked =
      finding.fix.type === "setLink" ? (this.profile.links?.[finding.fix.index] ?? "") : this.profile[finding.field];
    return fieldValue(read.element) === checked ? read.element : null;
  }

  /** Applies the finding's fix; returns whether it wrote anything. */
  apply(finding: Finding): boolean {
    const element = this.target(finding);
    if (!element || !finding.fix) return false;
    const before = fieldValue(element);
    const fix = finding.fix;
    const range =
      fix.type === "setLink"
        ? { start: 0, end: before.length, text: fix.value }
        : { start: fix.start, end: fix.end, text: fix.text };
    const after = fix.type === "setLink" ? fix.value : applyTextFix(before, fix);
    replaceRange(element, range.start, range.end, range.text, after);
    this.written.push({
      id: this.nextId++,
      element,
      field: finding.field,
      rule: finding.rule,
      before,
      after,
      ...range,
    });
    return true;
  }

  /** Whether the fix can still be undone: its field is in the page and holds what the fix wrote. */
  private undoable(fix: WrittenFix): boolean {
    return fix.element.isConnected && fieldValue(fix.element) === fix.after;
  }

  /**
   * The fixes that still stand, newest last: per field, the newest fix whose result the field holds,
   * and each older one whose result that one started from. A fix the user typed over or undid with
   * the field's own Ctrl+Z, or whose field left the page, is forgotten.
   */
  fixes(): { fix: WrittenFix; canUndo: boolean }[] {
    const standing = new Set<WrittenFix>();
    const expected = new Map<HTMLElement, string>();
    for (const fix of [...this.written].reverse()) {
      if (!fix.element.isConnected) continue;
      const value = expected.get(fix.element) ?? fieldValue(fix.element);
      // A newer fix the field's own undo took back no longer stands; the one before it may.
      if (value !== fix.after) continue;
      standing.add(fix);
      expected.set(fix.element, fix.before);
    }
    this.written = this.written.filter((fix) => standing.has(fix));
    return this.written.map((fix) => ({ fix, canUndo: this.undoable(fix) }));
  }

  get canUndo(): boolean {
    return this.written.some((fix) => this.undoable(fix));
  }

  /** Puts back what the fix (by default the newest that can be undone) replaced. */
  undo(id?: number): void {
    const fix =
      id === undefined
        ? [...this.written].reverse().find((entry) => this.undoable(entry))
        : this.written.find((entry) => entry.id === id);
    if (!fix) return;
    this.written = this.written.filter((entry) => entry !== fix);
    if (!this.undoable(fix)) return;
    replaceRange(fix.element, fix.start, fix.start + fix.text.length, fix.before.slice(fix.start, fix.end), fix.before);
  }
}
