/**
 * Selector overrides in the organisation configuration (issue 9): per platform and field, extra CSS
 * selectors the adapters try before their built-in ones, so that an organisation can repair a
 * field the day a site changes. The schema checks the shape only; each selector is checked on its
 * own (rules/selector-syntax.ts), so one bad selector is ignored with a warning instead of taking
 * the whole configuration, or the other selectors, with it.
 */
import { z } from "zod";
import {
  type FieldSelectorOverrides,
  MAX_SELECTORS_PER_FIELD,
  OVERRIDABLE_FIELDS,
  type SelectorOverrides,
  selectorProblem,
} from "./selector-syntax";
import type { Localized } from "./types";
import { PLATFORMS } from "./vocabulary";

const fieldOverridesSchema = z
  .object(Object.fromEntries(OVERRIDABLE_FIELDS.map((field) => [field, z.array(z.string()).optional()])))
  .strict() as z.ZodType<FieldSelectorOverrides>;

export const selectorOverridesSchema = z
  .object(Object.fromEntries(PLATFORMS.map((platform) => [platform, fieldOverridesSchema.optional()])))
  .strict() as z.ZodType<SelectorOverrides>;

/** A warning for every override selector that is ignored, with its key path. */
export function selectorOverrideWarnings(overrides: SelectorOverrides | undefined): Localized[] {
  const warnings: Localized[] = [];
  for (const platform of PLATFORMS) {
    for (const field of OVERRIDABLE_FIELDS) {
      (overrides?.[platform]?.[field] ?? []).forEach((selector, index) => {
        const path = `selectorOverrides.${platform}.${field}[${index}]`;
        const problem =
          index >= MAX_SELECTORS_PER_FIELD
            ? {
                nl: `meer dan ${MAX_SELECTORS_PER_FIELD} selectors per veld`,
                en: `more than ${MAX_SELECTORS_PER_FIELD} selectors per field`,
              }
            : selectorProblem(selector);
        if (problem) {
          warnings.push({
            nl: `Selector ${path} wordt genegeerd: ${problem.nl}`,
            en: `Selector ${path} is ignored: ${problem.en}`,
          });
        }
      });
    }
  }
  return warnings;
}

/** The policy's overrides win per platform and field; the user's own fill in the rest. */
export function mergeSelectorOverrides(
  local: SelectorOverrides | undefined,
  managed: SelectorOverrides | undefined,
): SelectorOverrides | undefined {
  if (!local && !managed) return undefined;
  const merged: SelectorOverrides = {};
  for (const platform of PLATFORMS) {
    const fields = { ...local?.[platform], ...managed?.[platform] };
    if (Object.keys(fields).length > 0) merged[platform] = fields;
  }
  return merged;
}

export type { FieldSelectorOverrides, SelectorOverrides };
