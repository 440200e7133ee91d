/**
 * How long a field may be on each platform, counted the way the platform counts (evidence:
 * docs/research/limits.md). The one place the engine, the fixes and the bio builder take limits
 * from; the limits themselves are in each platform's registration (rules/platforms.ts), and a
 * page's own `maxlength` (engine option `maxLength`) wins over them.
 */
import { type FieldLimits, PLATFORM_DESCRIPTORS } from "./platforms";
import type { AccountType, Platform } from "./vocabulary";

/** The text fields that have a length limit. */
export type LimitedField = keyof FieldLimits;

/**
 * Characters as an HTML `maxlength` counts them: UTF-16 code units of the value with every line
 * break as one LF (so an emoji outside the BMP is 2, "e" + combining accent is 2, CRLF is 1).
 */
export function countCharacters(text: string): number {
  let crlf = 0;
  for (let index = text.indexOf("\r\n"); index !== -1; index = text.indexOf("\r\n", index + 2)) crlf++;
  return text.length - crlf;
}

export interface FieldLimit {
  limit: number;
  /** The table's entry, or the page's own `maxlength`. */
  source: "table" | "page";
}

/** The limit that applies: the page's `maxlength` when given, else the table's. */
export function fieldLimit(
  platform: Platform,
  type: AccountType,
  field: LimitedField,
  pageMaxLength?: number,
): FieldLimit | undefined {
  if (pageMaxLength !== undefined && Number.isInteger(pageMaxLength) && pageMaxLength > 0) {
    return { limit: pageMaxLength, source: "page" };
  }
  const limit = PLATFORM_DESCRIPTORS[platform].accountTypes[type]?.[field];
  return limit === undefined ? undefined : { limit, source: "table" };
}

/** Whether the text fits (no limit known: it fits). */
export function fits(text: string, limit: FieldLimit | undefined): boolean {
  return limit === undefined || countCharacters(text) <= limit.limit;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * The UTF-16 offset where the text goes over the limit: the start of the first grapheme cluster
 * that does not fit completely, so an emoji or accented letter is never cut in half. Null when the
 * text fits.
 */
export function overflowStart(text: string, limit: number): number | null {
  let counted = 0;
  for (let index = 0; index < text.length; index++) {
    // The LF of a CRLF is not counted: the pair is one line break.
    if (text[index] === "\n" && text[index - 1] === "\r") continue;
    counted++;
    if (counted > limit) {
      // Whether a cluster ends before a character depends only on the text up to that character:
      // segmenting up to the one at `index` gives the answer the whole text gives, at a fraction
      // of the cost for a long text.
      const end = index + ((text.codePointAt(index) as number) > 0xffff ? 2 : 1);
      return graphemes.segment(text.slice(0, end)).containing(index)?.index ?? index;
    }
  }
  return null;
}
