/**
 * The words the review reports (Markdown and HTML) and the command's text output share beside the
 * label tables of rules/labels.ts: counts, statuses, account details and dates. Pure data, nl and en.
 */
import type { Language, Severity } from "../vocabulary";

/** A count of findings of one severity: [singular, plural]. */
export const SEVERITY_COUNTS: Record<Language, Record<Severity, readonly [string, string]>> = {
  nl: { error: ["fout", "fouten"], warning: ["waarschuwing", "waarschuwingen"], info: ["advies", "adviezen"] },
  en: { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["info", "info"] },
};

/** "1 fout", "2 fouten". */
export function severityCount(severity: Severity, count: number, lang: Language): string {
  const [one, many] = SEVERITY_COUNTS[lang][severity];
  return `${count} ${new Intl.PluralRules(lang).select(count) === "one" ? one : many}`;
}

export const MESSAGE_KINDS: Record<Language, Record<"post" | "reply", string>> = {
  nl: { post: "bericht", reply: "reactie" },
  en: { post: "post", reply: "reply" },
};

/** A field's status as the reports and the command say it. */
export const FIELD_STATUS_WORDS: Record<Language, { notChecked: string; notApplicable: string }> = {
  nl: { notChecked: "niet gecontroleerd", notApplicable: "geen regel van toepassing" },
  en: { notChecked: "not checked", notApplicable: "no rule applies" },
};

/** The account keys of a case, as a reader calls them. */
export type AccountDetailKey =
  | "ministry"
  | "ministryHandle"
  | "minister"
  | "party"
  | "personalHandle"
  | "pageUrl"
  | "predecessorArchive"
  | "partyMarker"
  | "ministryMarker"
  | "ministerMarker";

export const ACCOUNT_DETAIL_LABELS: Record<Language, Record<AccountDetailKey, string>> = {
  nl: {
    ministry: "Ministerie",
    ministryHandle: "Account van het ministerie",
    minister: "Bewindspersoon",
    party: "Partij",
    personalHandle: "Persoonlijk account",
    pageUrl: "Pagina op rijksoverheid.nl",
    predecessorArchive: "Archief van de voorganger",
    partyMarker: "Partijkenmerk",
    ministryMarker: "Ministeriekenmerk",
    ministerMarker: "Kenmerk van de bewindspersoon",
  },
  en: {
    ministry: "Ministry",
    ministryHandle: "Ministry's account",
    minister: "Minister",
    party: "Party",
    personalHandle: "Personal account",
    pageUrl: "Page on rijksoverheid.nl",
    predecessorArchive: "Predecessor's archive",
    partyMarker: "Party marker",
    ministryMarker: "Ministry marker",
    ministerMarker: "Minister's marker",
  },
};

/** "30 november 2026, 03:15" (nl) or "30 November 2026, 03:15" (en), in `timeZone` (the runtime's when absent). */
export function formatReportDate(date: Date, lang: Language, timeZone?: string): string {
  const locale = lang === "nl" ? "nl-NL" : "en-GB";
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone });
  const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
  return `${day.format(date)}, ${time.format(date)}`;
}

/** A waiver's `createdAt` (a date or a date-time) in words; a date alone stays a date, an unreadable one as it is. */
export function formatWaiverDate(createdAt: string, lang: Language, timeZone?: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(createdAt)) {
    const locale = lang === "nl" ? "nl-NL" : "en-GB";
    return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${createdAt}T00:00:00Z`),
    );
  }
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime()) ? createdAt : formatReportDate(date, lang, timeZone);
}
