/**
 * What the profile engine (rules/engine.ts) and the message engine (rules/message-engine.ts) share:
 * the options of a check, the rule context, the configured severities and the rendering of a
 * rule's reports as findings. Kept apart so that each engine loads only its own rules.
 */
import { MINISTRIES, type Ministry } from "./data/ministries";
import { PARTIES, type Party } from "./data/parties";
import { fieldLimit, type LimitedField } from "./limits";
import { findPartyReferences, type PartyReference } from "./parties/match";
import type { Account, Finding, Profile } from "./schema";
import { fillPlaceholders } from "./text/placeholders";
import type {
  AvatarAnalysis,
  FixTemplates,
  Localized,
  MessageView,
  ReferenceSource,
  Report,
  Rule,
  RuleContext,
  SeverityByPlatform,
} from "./types";
import type { AccountType, FieldName, FindingField, Language, Platform, Severity } from "./vocabulary";

export type RuleSetting = Severity | "off";

export interface CheckOptions {
  lang?: Language;
  /** Parties and ministries to use; the built-in lists by default (see rules/config/apply.ts to extend). */
  parties?: readonly Party[];
  ministries?: readonly Ministry[];
  /** Per rule id: "off" or a severity that replaces the catalog's. */
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
  templates?: Partial<FixTemplates>;
  /** The avatar's analysis, when the caller could decode the image. */
  avatar?: AvatarAnalysis;
  /**
   * The page's own `maxlength` per field, when the adapter can read it: it wins over the table in
   * rules/limits.ts (docs/research/limits.md).
   */
  maxLength?: Partial<Record<LimitedField, number>>;
  /** Why a field is unknown, when the caller knows (e.g. "Instagram toont het linkveld niet op het web"). */
  notCheckedReasons?: Partial<Record<FieldName, Localized>>;
}

export type FieldStatus =
  | { status: "checked" }
  /** Known, but no rule applies to it for this account type and platform. */
  | { status: "not-applicable" }
  | { status: "not-checked"; reason: Localized };

/**
 * The fix sentences when the organisation sets none: the first that fits the field is used.
 * `{unit}` is the ministry's communication unit as it signs bios (rules/data/ministries.ts),
 * `{ministry}` the ministry's handle or code.
 */
export const DEFAULT_TEMPLATES: FixTemplates = {
  managedBy: "Redactie: {unit} {ministry}.",
  managedByVariants: ["Redactie: {unitShort} {ministry}.", "Redactie: {ministry}."],
  webcare: "Vragen? Webcare reageert op werkdagen van 9.00 tot 17.00 uur.",
  webcareVariants: ["Webcare: werkdagen 9–17 u.", "Webcare: werkdagen."],
};

/**
 * The templates for a check: an organisation's own sentence replaces the default one and its
 * variants, unless it gives variants of its own.
 */
export function resolveTemplates(given: Partial<FixTemplates> | undefined): FixTemplates {
  return {
    managedBy: given?.managedBy ?? DEFAULT_TEMPLATES.managedBy,
    managedByVariants:
      given?.managedByVariants ?? (given?.managedBy === undefined ? DEFAULT_TEMPLATES.managedByVariants : []),
    webcare: given?.webcare ?? DEFAULT_TEMPLATES.webcare,
    webcareVariants: given?.webcareVariants ?? (given?.webcare === undefined ? DEFAULT_TEMPLATES.webcareVariants : []),
  };
}

/** Added to a finding whose fix would not fit: what to shorten first (issue 11). */
const NO_ROOM: Localized = {
  nl: "Geen ruimte voor '{sentence}' (limiet {limit}): maak de tekst eerst {over} tekens korter.",
  en: "No room for '{sentence}' (limit {limit}): first make the text {over} characters shorter.",
};

/** The severity a rule has for this platform and account type, or undefined when it does not apply. */
export function severityFor(rule: Rule, platform: Platform, type: AccountType): Severity | undefined {
  const spec: SeverityByPlatform | undefined = rule.meta.severity[type];
  if (spec === undefined || typeof spec === "string") return spec;
  const severity = spec[platform] ?? spec.default;
  return severity === "off" ? undefined : severity;
}

export function ruleContext(
  account: Account,
  profile: Profile,
  message: MessageView | undefined,
  options: CheckOptions,
): RuleContext {
  const parties = options.parties ?? PARTIES;
  const referenceCache = new Map<ReferenceSource, readonly PartyReference[]>();
  const allowedHandles = account.personalHandle ? [account.personalHandle] : [];
  const sourceText = (source: ReferenceSource): string => {
    if (source === "text") return message?.text ?? "";
    if (source === "inReplyTo") return message?.inReplyTo ?? "";
    return profile[source] ?? "";
  };
  return {
    platform: account.platform,
    type: account.type,
    account,
    profile,
    message,
    parties,
    ministries: options.ministries ?? MINISTRIES,
    templates: resolveTemplates(options.templates),
    avatar: options.avatar,
    limit: (field) => fieldLimit(account.platform, account.type, field, options.maxLength?.[field]),
    partyReferences(source) {
      let references = referenceCache.get(source);
      if (!references) {
        references = findPartyReferences(sourceText(source), parties, allowedHandles);
        referenceCache.set(source, references);
      }
      return references;
    },
  };
}

/** A rule that throws is a bug: its field is reported as not checked with the rule's id, never as passed. */
function ruleFailed(id: string): Localized {
  return {
    nl: `Niet gecontroleerd: regel ${id} kon niet worden uitgevoerd`,
    en: `Not checked: rule ${id} could not run`,
  };
}

/**
 * The findings of one rule, with the rule's id, severity, field and message text; or, when the
 * rule throws, why it could not run, so the other rules still run and the panel never goes stale.
 */
export function runRule<Field extends FindingField>(
  rule: Rule,
  context: RuleContext,
  severity: Severity,
  lang: Language,
): { findings: (Omit<Finding, "field"> & { field: Field })[] } | { failed: Localized } {
  try {
    return { findings: rule.check(context).map((report) => renderReport<Field>(rule, report, severity, lang)) };
  } catch {
    return { failed: ruleFailed(rule.meta.id) };
  }
}

function renderReport<Field extends FindingField>(
  rule: Rule,
  report: Report<string>,
  severity: Severity,
  lang: Language,
): Omit<Finding, "field"> & { field: Field } {
  const template = rule.meta.messages[report.messageId];
  const finding: Omit<Finding, "field"> & { field: Field } = {
    rule: rule.meta.id,
    severity: report.uncertain && severity === "error" ? "warning" : severity,
    field: rule.meta.reportsOn as Field,
    message: fillPlaceholders(template?.[lang] ?? report.messageId, inLanguage(report.data, lang)),
  };
  if (report.noRoom) finding.message += ` ${fillPlaceholders(NO_ROOM[lang], report.noRoom)}`;
  if (report.index !== undefined) finding.index = report.index;
  if (report.start !== undefined && report.end !== undefined) {
    finding.start = report.start;
    finding.end = report.end;
  }
  if (report.fix) finding.fix = report.fix;
  return finding;
}

/** The catalog severity, or the configured one; undefined when the rule does not run here. */
export function effectiveSeverity(rule: Rule, account: Account, options: CheckOptions): Severity | undefined {
  const setting = options.ruleSettings?.[rule.meta.id];
  if (setting === "off") return undefined;
  const catalogSeverity = severityFor(rule, account.platform, account.type);
  if (catalogSeverity === undefined) return undefined;
  return setting ?? catalogSeverity;
}

/** Report data with every Localized value taken in `lang`. */
function inLanguage(
  data: Readonly<Record<string, string | Localized>> | undefined,
  lang: Language,
): Record<string, string> | undefined {
  if (!data) return undefined;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, typeof value === "string" ? value : value[lang]]),
  );
}
