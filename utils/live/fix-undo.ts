/**
 * One-click fixes and their undo. A fix is written only into the field it was computed for, and
 * only while that field still holds exactly the value that was checked (the user may have typed on);
 * undo puts back the value from before the last fix.
 */
import { applyTextFix } from "@/rules/apply-fix";
import type { Finding, Profile } from "@/rules/schema";
import { fieldValue } from "../platforms/read";
import type { PageSnapshot } from "../platforms/types";
import { isWritable, writeValue } from "../write-field";

export class FixAndUndo {
  /** What the last check saw. */
  private snapshot: PageSnapshot | null = null;
  private profile: Profile = {};
  /** The value a field had before the last fix. */
  private undoEntry: { element: HTMLElement; value: string } | null = null;

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
    const after = finding.fix.type === "setLink" ? finding.fix.value : applyTextFix(before, finding.fix);
    this.undoEntry = { element, value: before };
    writeValue(element, after);
    return true;
  }

  get canUndo(): boolean {
    return this.undoEntry !== null;
  }

  /** Puts back the value from before the last fix (if its field is still in the page). */
  undo(): void {
    if (!this.undoEntry) return;
    const { element, value } = this.undoEntry;
    this.undoEntry = null;
    if (element.isConnected) writeValue(element, value);
  }
}
