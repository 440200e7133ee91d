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
  MAX_SELECTOR_LENGTH,
  MAX_SELECTORS_PER_FIELD,
  OVERRIDABLE_FIELDS,
  type SelectorOverrides,
  type SelectorProblem,
  type SelectorProblemCode,
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

const PROBLEM_TEXT: Record<SelectorProblemCode, Localized> = {
  empty: { nl: "lege selector", en: "empty selector" },
  "too-long": {
    nl: `selector langer dan ${MAX_SELECTOR_LENGTH} tekens`,
    en: `selector longer than ${MAX_SELECTOR_LENGTH} characters`,
  },
  forbidden: { nl: "url(, script of @import in de selector", en: "url(, script or @import in the selector" },
  escape: { nl: "escapes (\\) zijn niet toegestaan", en: "escapes (\\) are not allowed" },
  "unclosed-quote": { nl: "niet afgesloten aanhalingsteken", en: "unclosed quote" },
  character: { nl: "teken '{detail}' is niet toegestaan", en: "character '{detail}' is not allowed" },
  "text-outside-attribute": { nl: "tekst buiten [attribuut]", en: "text outside an [attribute]" },
  "nested-bracket": { nl: "[ binnen [ ]", en: "[ inside [ ]" },
  "unopened-bracket": { nl: "] zonder [", en: "] without [" },
  "unquoted-in-brackets": {
    nl: "'{detail}' binnen [ ] zonder aanhalingstekens",
    en: "unquoted '{detail}' inside [ ]",
  },
  "pseudo-element": { nl: "pseudo-elementen (::) kiezen geen veld", en: "pseudo-elements (::) pick no field" },
  "pseudo-class": { nl: "pseudo-klasse {detail} is niet toegestaan", en: "pseudo-class {detail} is not allowed" },
  parenthesis: { nl: "haakje zonder pseudo-klasse", en: "parenthesis without a pseudo-class" },
  "unopened-parenthesis": { nl: ") zonder (", en: ") without (" },
  "unclosed-bracket": { nl: "[ zonder ]", en: "[ without ]" },
  "unclosed-parenthesis": { nl: "( zonder )", en: "( without )" },
};

/** Why a selector is not accepted, in Dutch and English. */
export function describeSelectorProblem({ code, detail = "" }: SelectorProblem): Localized {
  const text = PROBLEM_TEXT[code];
  return { nl: text.nl.replace("{detail}", detail), en: text.en.replace("{detail}", detail) };
}

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
            : describeProblemOf(selector);
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

function describeProblemOf(selector: string): Localized | null {
  const problem = selectorProblem(selector);
  return problem ? describeSelectorProblem(problem) : null;
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
