/**
 * The engine: runs every applicable rule of the catalog on one case and returns the findings and
 * the status of every field. The same function serves the command line, the extension and the
 * tests, so every surface gives the same verdict.
 */
import { CATALOG } from "./catalog";
import { MINISTRIES, type Ministry } from "./data/ministries";
import { PARTIES, type Party } from "./data/parties";
import { findPartyReferences, type PartyReference } from "./parties/match";
import {
  type Account,
  type AnyCase,
  type Case,
  type Finding,
  isMessageCase,
  type MessageCase,
  type MessageFinding,
  type Profile,
} from "./schema";
import { isClearlyEnglish } from "./text/language";
import { fillPlaceholders } from "./text/placeholders";
import type {
  AvatarAnalysis,
  FixTemplates,
  Localized,
  MessageView,
  ReferenceSource,
  Rule,
  RuleContext,
  SeverityByPlatform,
} from "./types";
import {
  type AccountType,
  FIELDS,
  type FieldName,
  type FindingField,
  type Language,
  type MessageFieldName,
  type Platform,
  type Severity,
} from "./vocabulary";

export type RuleSetting = Severity | "off";

export interface CheckOptions {
  lang?: Language;
  /** Parties and ministries to use; the built-in lists by default (see rules/config.ts to extend). */
  parties?: readonly Party[];
  ministries?: readonly Ministry[];
  /** Per rule id: "off" or a severity that replaces the catalog's. */
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
  templates?: Partial<FixTemplates>;
  /** The avatar's analysis, when the caller could decode the image. */
  avatar?: AvatarAnalysis;
  /** Why a field is unknown, when the caller knows (e.g. "Instagram toont het linkveld niet op het web"). */
  notCheckedReasons?: Partial<Record<FieldName, Localized>>;
}

export type FieldStatus =
  | { status: "checked" }
  /** Known, but no rule applies to it for this account type and platform. */
  | { status: "not-applicable" }
  | { status: "not-checked"; reason: Localized };

export interface CheckResult {
  findings: Finding[];
  fields: Record<FieldName, FieldStatus>;
  /** Ids of the rules that ran. */
  evaluated: string[];
}

export const DEFAULT_TEMPLATES: FixTemplates = {
  managedBy: "Redactie: directie Communicatie {ministry}.",
  webcare: "Vragen? Webcare reageert op werkdagen van 9.00 tot 17.00 uur.",
};

const FIELD_UNKNOWN: Localized = {
  nl: "Veld niet gevonden of niet opgegeven",
  en: "Field not found or not given",
};
const AVATAR_NOT_ANALYSED: Localized = {
  nl: "Profielfoto niet geanalyseerd",
  en: "Profile picture not analysed",
};

/** The severity a rule has for this platform and account type, or undefined when it does not apply. */
export function severityFor(rule: Rule, platform: Platform, type: AccountType): Severity | undefined {
  const spec: SeverityByPlatform | undefined = rule.meta.severity[type];
  if (spec === undefined || typeof spec === "string") return spec;
  return spec[platform] ?? spec.default;
}

function isKnown(value: unknown): boolean {
  return value !== undefined && value !== null;
}

const ROLE_NOT_GIVEN: Localized = {
  nl: "Niet gecontroleerd: geef aan wie het bericht schrijft (ministerie, partij of bewindspersoon)",
  en: "Not checked: say who writes the message (ministry, party or minister)",
};

const ENGLISH_MESSAGE: Localized = {
  nl: "Niet gecontroleerd: het bericht is Engelstalig en deze regel gaat over Nederlandse taal",
  en: "Not checked: the message is in English and this rule is about Dutch",
};
const IN_REPLY_TO_NOT_GIVEN: Localized = {
  nl: "Niet gecontroleerd: het bericht waarop gereageerd wordt is niet bekend",
  en: "Not checked: the message being answered is not known",
};

export interface MessageCheckResult {
  findings: MessageFinding[];
  fields: Record<MessageFieldName, FieldStatus>;
  /** Ids of the rules that ran. */
  evaluated: string[];
  /** Rules that apply to this message but could not run, and why (a hybrid message without a role). */
  notEvaluated: { rule: string; reason: Localized }[];
}

function ruleContext(
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
    templates: { ...DEFAULT_TEMPLATES, ...options.templates },
    avatar: options.avatar,
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

/** The findings of one rule, with the rule's id, severity, field and message text. */
function runRule<Field extends FindingField>(
  rule: Rule,
  context: RuleContext,
  severity: Severity,
  lang: Language,
): (Omit<Finding, "field"> & { field: Field })[] {
  return rule.check(context).map((report) => {
    const template = rule.meta.messages[report.messageId];
    const finding: Omit<Finding, "field"> & { field: Field } = {
      rule: rule.meta.id,
      severity: report.uncertain && severity === "error" ? "warning" : severity,
      field: rule.meta.reportsOn as Field,
      message: fillPlaceholders(template?.[lang] ?? report.messageId, report.data),
    };
    if (report.index !== undefined) finding.index = report.index;
    if (report.start !== undefined && report.end !== undefined) {
      finding.start = report.start;
      finding.end = report.end;
    }
    if (report.fix) finding.fix = report.fix;
    return finding;
  });
}

/** The catalog severity, or the configured one; undefined when the rule does not run here. */
function effectiveSeverity(rule: Rule, account: Account, options: CheckOptions): Severity | undefined {
  const setting = options.ruleSettings?.[rule.meta.id];
  if (setting === "off") return undefined;
  const catalogSeverity = severityFor(rule, account.platform, account.type);
  if (catalogSeverity === undefined) return undefined;
  return setting ?? catalogSeverity;
}

export function checkCase(input: Case, options: CheckOptions = {}): CheckResult {
  const { account, profile } = input;
  const lang = options.lang ?? "nl";
  const context = ruleContext(account, profile, undefined, options);

  const fields = {} as Record<FieldName, FieldStatus>;
  for (const field of FIELDS) {
    if (!isKnown(profile[field])) {
      fields[field] = { status: "not-checked", reason: options.notCheckedReasons?.[field] ?? FIELD_UNKNOWN };
    } else if (field === "avatar" && options.avatar?.status !== "analysed") {
      const reason =
        options.avatar?.status === "unreadable"
          ? { nl: options.avatar.reason, en: options.avatar.reason }
          : AVATAR_NOT_ANALYSED;
      fields[field] = { status: "not-checked", reason };
    } else {
      fields[field] = { status: "not-applicable" };
    }
  }

  const findings: Finding[] = [];
  const evaluated: string[] = [];
  for (const rule of CATALOG) {
    if (rule.meta.kinds) continue;
    const severity = effectiveSeverity(rule, account, options);
    if (severity === undefined) continue;
    const ruleFields = rule.meta.fields as readonly FieldName[];
    if (ruleFields.some((field) => fields[field].status === "not-checked")) continue;
    for (const field of ruleFields) fields[field] = { status: "checked" };
    evaluated.push(rule.meta.id);
    findings.push(...runRule<FieldName>(rule, context, severity, lang));
  }
  return { findings, fields, evaluated };
}

/**
 * Checks a post or a reply with the message rules (rules.md, "Post and reply rules"). On corporate
 * and showcase accounts every message is held to the corporate rules, so its role counts as
 * "ministry"; on a hybrid account a message without a role leaves the role-dependent rules not
 * evaluated, and says so.
 */
export function checkMessage(input: MessageCase, options: CheckOptions = {}): MessageCheckResult {
  const { account, post } = input;
  const lang = options.lang ?? "nl";
  const message: MessageView = {
    kind: input.kind,
    text: post.text,
    role: account.type === "hybrid" ? (post.role ?? undefined) : "ministry",
    inReplyTo: input.kind === "reply" ? (post.inReplyTo ?? undefined) : undefined,
  };
  const context = ruleContext(account, {}, message, options);
  const findings: MessageFinding[] = [];
  const evaluated: string[] = [];
  const notEvaluated: MessageCheckResult["notEvaluated"] = [];
  let english: boolean | undefined;
  for (const rule of CATALOG) {
    const { kinds, roles, dutchOnly, readsInReplyTo } = rule.meta;
    if (!kinds?.includes(message.kind)) continue;
    const severity = effectiveSeverity(rule, account, options);
    if (severity === undefined) continue;
    if (roles && account.type === "hybrid") {
      if (message.role === undefined) {
        notEvaluated.push({ rule: rule.meta.id, reason: ROLE_NOT_GIVEN });
        continue;
      }
      if (!roles.includes(message.role)) continue;
    }
    if (readsInReplyTo && message.inReplyTo === undefined) {
      notEvaluated.push({ rule: rule.meta.id, reason: IN_REPLY_TO_NOT_GIVEN });
      continue;
    }
    if (dutchOnly) {
      english ??= isClearlyEnglish(message.text);
      if (english) {
        notEvaluated.push({ rule: rule.meta.id, reason: ENGLISH_MESSAGE });
        continue;
      }
    }
    evaluated.push(rule.meta.id);
    findings.push(...runRule<"text">(rule, context, severity, lang));
  }
  const text: FieldStatus = evaluated.length > 0 ? { status: "checked" } : { status: "not-applicable" };
  return { findings, fields: { text }, evaluated, notEvaluated };
}

/** Checks any case: a profile with the profile rules, a post or a reply with the message rules. */
export function checkAnyCase(input: Case, options?: CheckOptions): CheckResult;
export function checkAnyCase(input: MessageCase, options?: CheckOptions): MessageCheckResult;
export function checkAnyCase(input: AnyCase, options?: CheckOptions): CheckResult | MessageCheckResult;
export function checkAnyCase(input: AnyCase, options: CheckOptions = {}): CheckResult | MessageCheckResult {
  return isMessageCase(input) ? checkMessage(input, options) : checkCase(input, options);
}
