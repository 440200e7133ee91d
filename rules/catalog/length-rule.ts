import { countCharacters, type LimitedField, overflowStart } from "../limits";
import { defineRule, type GuidelineQuote, type Localized } from "../types";

/**
 * A length rule (name/length, bio/length): an error when the field is longer than the platform
 * accepts, with the count in the message and the part beyond the limit marked. It runs only where
 * a limit is known (table or the page's maxlength), so it never passes without having counted.
 */
export function lengthRule<Field extends LimitedField>(
  id: string,
  field: Field,
  texts: { title: Localized; description: Localized; tooLong: Localized },
  guideline: readonly GuidelineQuote[],
) {
  return defineRule({
    meta: {
      id,
      severity: { corporate: "error", showcase: "error", hybrid: "error" },
      fields: [field],
      reportsOn: field,
      title: texts.title,
      description: texts.description,
      messages: { tooLong: texts.tooLong },
      guideline,
    },
    canRun: ({ limit }) => limit(field) !== undefined,
    check({ profile, limit }) {
      const text = profile[field];
      const max = limit(field)?.limit ?? Number.POSITIVE_INFINITY;
      const start = overflowStart(text, max);
      if (start === null) return [];
      const count = countCharacters(text);
      const data = { count: String(count), limit: String(max), over: String(count - max) };
      return [{ messageId: "tooLong", data, start, end: text.length }];
    },
  });
}
