/**
 * Watches the page for changes that can matter to the fields, and nothing else. Until the fields
 * are found it watches the whole body; once found, only their region (the open dialog that holds
 * them, else their nearest common ancestor), plus new nodes elsewhere that could be a new home for
 * them (a dialog, a form or form control, an editable region, a page heading). A timeline that adds
 * and removes posts beside the fields costs a loop over the mutation records and nothing more; the
 * callback never reads layout.
 */

/** What is observed; a newly chosen picture often only changes an image's src, so that attribute too. */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ["src"] };

/** A node added outside the fields' region matters only if it could hold a field. */
const POSSIBLE_FIELD_HOME = 'dialog, [role="dialog"], form, input, textarea, [contenteditable], h1, header';

/** Elements whose own changes never matter (the panel's host, our style element). */
export type IgnoredNode = (node: Node) => boolean;

/**
 * The regions that hold `elements`: the dialog of those in a dialog (an edit dialog over the page),
 * the parent of each other one (a profile header's name, bio, picture; the signed-in account's
 * link). Not their common ancestor: on a real page that is the column the timeline is in too. A
 * field whose parent is replaced takes its region out of the page, which widens the watch again.
 */
export function fieldRegions(elements: readonly Element[]): Element[] {
  const regions = new Set<Element>();
  for (const element of elements) {
    const region = element.closest('dialog, [role="dialog"]') ?? element.parentElement;
    if (region) regions.add(region);
  }
  return [...regions];
}

function mayHoldField(node: Node): boolean {
  return (
    node instanceof Element && (node.matches(POSSIBLE_FIELD_HOME) || node.querySelector(POSSIBLE_FIELD_HOME) !== null)
  );
}

export class FieldWatch {
  private observer: MutationObserver | null = null;
  /** Open shadow roots observed besides the body (LinkedIn renders some modals in one). */
  private shadowRoots = new WeakSet<ShadowRoot>();
  /** Where changes matter; empty: anywhere in the body. */
  private regions: Element[] = [];

  constructor(
    private readonly onChange: () => void,
    private readonly ignored: IgnoredNode,
  ) {}

  start(body: Element): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (this.matters(records)) this.onChange();
    });
    this.observer.observe(body, OBSERVED);
  }

  /** Also watches these open shadow roots (each once; never the panel's own, which is ignored). */
  watchShadowRoots(roots: readonly ShadowRoot[]): void {
    if (!this.observer) return;
    for (const root of roots) {
      if (this.shadowRoots.has(root) || this.ignored(root.host)) continue;
      this.shadowRoots.add(root);
      this.observer.observe(root, OBSERVED);
    }
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.shadowRoots = new WeakSet();
    this.regions = [];
  }

  /** Narrows the watch to the regions of the elements the fields were read from (none: the whole body). */
  narrow(elements: readonly Element[]): void {
    this.regions = fieldRegions(elements);
  }

  /** Watches the whole body again (after a navigation, the fields may be anywhere). */
  widen(): void {
    this.regions = [];
  }

  private matters(records: readonly MutationRecord[]): boolean {
    const regions = this.regions;
    // A region that left the page (the dialog closed): the fields may be anywhere now.
    if (regions.some((region) => !region.isConnected)) {
      this.regions = [];
      return true;
    }
    for (const record of records) {
      const target = record.target;
      if (this.ignored(target)) continue;
      if (regions.length > 0 && !regions.some((region) => region.contains(target))) {
        if (record.type === "childList" && Array.from(record.addedNodes).some(mayHoldField)) return true;
        continue;
      }
      if (!onlyIgnored(record, this.ignored)) return true;
    }
    return false;
  }
}

/** A change of children that only added or removed ignored nodes (the panel's host). */
function onlyIgnored(record: MutationRecord, ignored: IgnoredNode): boolean {
  if (record.type !== "childList") return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(ignored);
}
