/** Whether a selector key of an adapter matches a page: its CSS selectors, field names or heading texts. */
import { type FieldSpec, findField, openShadowRoots, visibleText } from "@/utils/platforms/read";

export type SelectorEntry = readonly string[] | FieldSpec;

/** Keys whose strings are texts (headings) rather than CSS selectors. */
export const TEXT_KEYS = new Set(["introHeadings", "contactOverlayWebsiteHeadings"]);

function roots(document: Document): ParentNode[] {
  return [document, ...openShadowRoots(document)];
}

export function keyMatches(document: Document, key: string, entry: SelectorEntry): boolean {
  if ("names" in entry) return roots(document).some((root) => findField(root, entry) !== null);
  if (TEXT_KEYS.has(key)) {
    const texts = new Set(entry);
    return roots(document).some((root) =>
      Array.from(root.querySelectorAll("h1, h2, h3, header, [role='heading']")).some((heading) =>
        texts.has(visibleText(heading).trim()),
      ),
    );
  }
  return roots(document).some((root) => entry.some((selector) => root.querySelector(selector) !== null));
}
