// @vitest-environment happy-dom
/**
 * The fixture mutation test (issue 9): for every fixture page and every element an adapter reads
 * (every element its queries return), remove the element, or remove one of its identifying
 * attributes, one change at a time. The adapter must then give each field the same value as on
 * the whole page, or "not checked": never another value. A missing element read as "", [] or
 * false, or a fallback that picks another element, fails here.
 *
 * One documented exception: removing the verified badge itself (or its identifying attribute)
 * turns `verified` from true into false. The page shows the badge next to a name that is still
 * found; its absence there is how every platform shows "not verified".
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import type { PageSnapshot } from "@/utils/platforms/types";
import { fixtureDocument, readWith } from "./fixture-page";
import { FIXTURE_PAGES, PLATFORMS } from "./fixture-pages";

const FIELDS = ["handle", "displayName", "bio", "links", "avatar", "verified"] as const;

/** Attributes the adapters' selectors identify elements by. */
const IDENTIFYING = [
  "id",
  "class",
  "role",
  "name",
  "for",
  "href",
  "src",
  "alt",
  "placeholder",
  "aria-label",
  "aria-labelledby",
  "aria-live",
  "contenteditable",
  "open",
  "type",
  "dir",
  "rel",
  "property",
  "data-testid",
  "data-view-name",
  "data-pagelet",
  "data-test-icon",
];

type Query = "querySelector" | "querySelectorAll" | "closest";

/** The prototypes along an object's chain that define a query method themselves. */
function queryPrototypes(sample: object): object[] {
  const prototypes: object[] = [];
  for (let prototype = Object.getPrototypeOf(sample); prototype; prototype = Object.getPrototypeOf(prototype)) {
    if (["querySelector", "querySelectorAll", "closest"].some((method) => Object.hasOwn(prototype, method)))
      prototypes.push(prototype);
  }
  return prototypes;
}

/** Records every element the adapter's queries return while `run` runs. */
function elementsRead(document: Document, run: () => void): Set<Element> {
  const seen = new Set<Element>();
  // The parsed document's classes are not the window's: take the prototypes from its own objects.
  const prototypes = new Set([
    ...queryPrototypes(document),
    ...queryPrototypes(document.documentElement),
    ...queryPrototypes(document.createDocumentFragment()),
  ]);
  const restore: (() => void)[] = [];
  for (const prototype of prototypes) {
    for (const method of ["querySelector", "querySelectorAll", "closest"] as Query[]) {
      if (!Object.hasOwn(prototype, method)) continue;
      const original = (prototype as unknown as Record<Query, (this: unknown, selector: string) => unknown>)[method];
      Object.defineProperty(prototype, method, {
        configurable: true,
        writable: true,
        value(this: unknown, selector: string) {
          const result = original.call(this, selector);
          // "*" is the walk for open shadow roots: it reads no field.
          if (selector !== "*") {
            if (result instanceof Element) seen.add(result);
            else if (result && typeof (result as NodeList).length === "number")
              for (const element of Array.from(result as NodeListOf<Element>)) seen.add(element);
          }
          return result;
        },
      });
      restore.push(() =>
        Object.defineProperty(prototype, method, { configurable: true, writable: true, value: original }),
      );
    }
  }
  try {
    run();
  } finally {
    for (const undo of restore) undo();
  }
  return seen;
}

function describeElement(element: Element): string {
  const attributes = IDENTIFYING.filter((name) => element.hasAttribute(name))
    .map((name) => `${name}="${(element.getAttribute(name) ?? "").slice(0, 40)}"`)
    .join(" ");
  return `<${element.tagName.toLowerCase()} ${attributes}>`;
}

describe.each(FIXTURE_PAGES)("mutations of $fixture", ({ platform, fixture, adapter, url }) => {
  it("give every field its value or 'not checked', never another value", () => {
    const document = fixtureDocument(fixture);
    let baseline: PageSnapshot | null = null;
    const read = elementsRead(document, () => {
      baseline = readWith(adapter, document, url);
    });
    if (!baseline) throw new Error("no baseline");
    const whole: PageSnapshot = baseline;
    for (const field of FIELDS) {
      const element = whole[field].found ? whole[field].element : null;
      if (element) read.add(element);
    }
    const badge = PLATFORMS[platform].badge.join(",");
    const problems: string[] = [];
    let mutations = 0;

    const check = (change: string, isBadge: boolean) => {
      mutations += 1;
      const mutated = readWith(adapter, document, url);
      for (const field of FIELDS) {
        const before = whole[field];
        const after = mutated[field];
        if (!after.found) continue;
        if (before.found && isDeepStrictEqual(before.value, after.value)) continue;
        if (field === "verified" && isBadge && before.found && before.value === true && after.value === false) continue;
        problems.push(
          `${change}: ${field} ${before.found ? JSON.stringify(before.value) : "not checked"} → ${JSON.stringify(after.value)}`,
        );
      }
    };

    // Inside a field's own element is the value itself: changing it changes the value, rightly.
    const fieldElements = FIELDS.map((field) => (whole[field].found ? whole[field].element : null)).filter(
      (element): element is HTMLElement => element !== null,
    );
    const insideAField = (element: Element) =>
      fieldElements.some((fieldElement) => fieldElement !== element && fieldElement.contains(element));
    for (const element of read) {
      if (!element.isConnected || insideAField(element)) continue;
      const isBadge = element.matches(badge) || element.closest(badge) !== null;
      const label = describeElement(element);
      const parent = element.parentNode;
      const next = element.nextSibling;
      if (parent) {
        element.remove();
        check(`removing ${label}`, isBadge);
        parent.insertBefore(element, next);
      }
      for (const attribute of IDENTIFYING) {
        const original = element.getAttribute(attribute);
        if (original === null) continue;
        element.removeAttribute(attribute);
        element.setAttribute(`data-renamed-${attribute}`, original);
        check(`renaming ${attribute} of ${label}`, isBadge);
        element.removeAttribute(`data-renamed-${attribute}`);
        element.setAttribute(attribute, original);
      }
    }
    expect(mutations).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
