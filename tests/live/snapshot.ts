/** A page snapshot for the live modules' tests: the given fields read from elements, the rest not found. */
import type { FieldName } from "@/rules/schema";
import { FIELDS } from "@/rules/vocabulary";
import type { PageKind, PageSnapshot } from "@/utils/platforms/types";

export function snapshotOf(
  kind: PageKind,
  fields: Partial<Record<FieldName, [unknown, HTMLElement | null]>>,
): PageSnapshot {
  const snapshot: Record<string, unknown> = { kind };
  for (const field of FIELDS) {
    const read = fields[field];
    snapshot[field] = read
      ? { found: true, value: read[0], element: read[1] }
      : { found: false, reason: { nl: "niet gelezen", en: "not read" } };
  }
  return snapshot as unknown as PageSnapshot;
}
