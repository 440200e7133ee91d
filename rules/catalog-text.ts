/**
 * How rule metadata reads in reports and docs: severities per account type with their platform
 * exceptions, and the guideline quotes that apply to one account. Shared by the command, the review
 * report (rules/report.ts) and scripts/generate-rule-docs.ts so they never describe a rule differently.
 */

import { CORPORATE, HYBRID } from "./catalog/quotes";
import { severityWord } from "./labels";
import { severityFor } from "./rule-run";
import type { GuidelineQuote, Rule } from "./types";
import {
  ACCOUNT_TYPES,
  type AccountType,
  invalidPairReason,
  type Language,
  PLATFORMS,
  type Platform,
  type Severity,
} from "./vocabulary";

export const GUIDELINE_TITLE = "Bijlage Bewindspersonen op sociale media";
export const GUIDELINE_VERSION = "Juli 2024";

/** The platforms on which an account type exists (showcase only on LinkedIn, corporate not there). */
export function platformsOf(type: AccountType): Platform[] {
  return PLATFORMS.filter((platform) => invalidPairReason(platform, type) === null);
}

/** Severity per platform for one account type; platforms where the rule does not apply are absent. */
export function severitiesByPlatform(rule: Rule, type: AccountType): Partial<Record<Platform, Severity>> {
  const result: Partial<Record<Platform, Severity>> = {};
  for (const platform of platformsOf(type)) {
    const severity = severityFor(rule, platform, type);
    if (severity) result[platform] = severity;
  }
  return result;
}

/** The full matrix: account type -> platform -> severity, for the `rules --format json` listing. */
export function severityMatrix(rule: Rule): Partial<Record<AccountType, Partial<Record<Platform, Severity>>>> {
  const matrix: Partial<Record<AccountType, Partial<Record<Platform, Severity>>>> = {};
  for (const type of ACCOUNT_TYPES) {
    const byPlatform = severitiesByPlatform(rule, type);
    if (Object.keys(byPlatform).length > 0) matrix[type] = byPlatform;
  }
  return matrix;
}

/**
 * "error", "error [x, instagram]", "error [x]; warning [instagram, facebook]", or "–" when the
 * rule does not apply to the type; severity words in `lang`.
 */
export function severitySummary(rule: Rule, type: AccountType, lang: Language): string {
  const byPlatform = severitiesByPlatform(rule, type);
  const platforms = platformsOf(type);
  const groups = new Map<Severity, Platform[]>();
  for (const platform of platforms) {
    const severity = byPlatform[platform];
    if (severity) groups.set(severity, [...(groups.get(severity) ?? []), platform]);
  }
  if (groups.size === 0) return "–";
  const [only] = groups;
  if (groups.size === 1 && only && only[1].length === platforms.length) return severityWord(only[0], lang);
  return [...groups].map(([severity, list]) => `${severityWord(severity, lang)} [${list.join(", ")}]`).join("; ");
}

const PLATFORM_HEADINGS: Record<string, Platform> = {
  "X:": "x",
  "Instagram:": "instagram",
  "LinkedIn:": "linkedin",
  "Facebook:": "facebook",
};

/**
 * The rule's quotes that speak about this account: those under the account type's chapter (a
 * showcase page is LinkedIn's corporate account) and not under another platform's heading. When
 * none is left, the chapter's quotes for other platforms; failing those, all.
 */
export function quotesFor(rule: Rule, platform: Platform, type: AccountType): readonly GuidelineQuote[] {
  const chapter = type === "hybrid" ? HYBRID : CORPORATE;
  const inChapter = rule.meta.guideline.filter(
    (quote) => !quote.headings.some((heading) => heading !== chapter && (heading === CORPORATE || heading === HYBRID)),
  );
  const forPlatform = inChapter.filter((quote) =>
    quote.headings.every(
      (heading) => PLATFORM_HEADINGS[heading] === undefined || PLATFORM_HEADINGS[heading] === platform,
    ),
  );
  if (forPlatform.length > 0) return forPlatform;
  return inChapter.length > 0 ? inChapter : rule.meta.guideline;
}

/** The platform a quote was written for (its "X:" heading and the like), or undefined for every platform. */
export function quotePlatform(quote: GuidelineQuote): Platform | undefined {
  for (const heading of quote.headings) if (PLATFORM_HEADINGS[heading]) return PLATFORM_HEADINGS[heading];
  return undefined;
}

export function headingPath(quote: GuidelineQuote): string {
  return quote.headings.join(" › ");
}
