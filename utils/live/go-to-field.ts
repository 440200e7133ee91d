/**
 * "Ga naar veld": brings the field of a finding into view, focuses it and selects the finding's
 * range (the whole problem, like axe's highlight). A field that cannot take focus (the text of a
 * profile page) gets an outline instead, until the next "Ga naar veld". Only on the user's click.
 */
import type { Finding } from "@/rules/schema";

export const TARGET_ATTRIBUTE = "data-profielcheck-target";

/** The text node and offset at `offset` characters into `root`'s text. */
function textPoint(root: HTMLElement, offset: number): { node: Text; offset: number } | null {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let at = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.nodeValue?.length ?? 0;
    if (offset <= at + length) return { node, offset: offset - at };
    at += length;
    last = node;
  }
  return last ? { node: last, offset: last.nodeValue?.length ?? 0 } : null;
}

function selectInEditable(element: HTMLElement, start: number, end: number): void {
  const from = textPoint(element, start);
  const to = textPoint(element, end);
  if (!from || !to) return;
  const range = element.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const selection = element.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export class GoToField {
  private outlined: HTMLElement | null = null;

  go(element: HTMLElement, finding: Finding): void {
    this.clear();
    element.scrollIntoView({ block: "center", inline: "nearest" });
    const hasRange = finding.start !== undefined && finding.end !== undefined;
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      element.focus({ preventScroll: true });
      const end = element.value.length;
      if (hasRange) element.setSelectionRange(finding.start as number, finding.end as number);
      else element.setSelectionRange(end, end);
      return;
    }
    if (element.isContentEditable) {
      element.focus({ preventScroll: true });
      if (hasRange) selectInEditable(element, finding.start as number, finding.end as number);
      return;
    }
    element.setAttribute(TARGET_ATTRIBUTE, "");
    this.outlined = element;
  }

  clear(): void {
    this.outlined?.removeAttribute(TARGET_ATTRIBUTE);
    this.outlined = null;
  }
}
