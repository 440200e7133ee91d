/**
 * The engine: runs every applicable rule of the catalog on one case and returns the findings and
 * the status of every field. The same function serves the command line, the extension and the
 * tests, so every surface gives the same verdict.
 */
import { PROFILE_RULES } from "./catalog/profile-rules";
import { countCharacters, type LimitedField } from "./limits";
import { type CheckOptions, effectiveSeverity, type FieldStatus, ruleContext, runRule } from "./rule-run";
import type { Case, Finding } from "./schema";
import type { Localized } from "./types";
import { FIELDS, type FieldName } from "./vocabulary";

export {
  type CheckOptions,
  DEFAULT_TEMPLATES,
  type FieldStatus,
  type RuleSetting,
  resolveTemplates,
  severityFor,
} from "./rule-run";

export interface CheckResult {
  findings: Finding[];
  fields: Record<FieldName, FieldStatus>;
  /** Ids of the rules that ran. */
  evaluated: string[];
  /** Ids of the rules that threw (a bug; set by checkCase): their fields say "not checked"; the fuzzer fails on any. */
  failed?: string[];
  /** Count and limit of each known text field with a known limit, for a live "143/160". */
  lengths?: Partial<Record<LimitedField, { count: number; limit: number }>>;
}

const FIELD_UNKNOWN: Localized = {
  nl: "Veld niet gevonden of niet opgegeven",
  en: "Field not found or not given",
};

const AVATAR_NOT_ANALYSED: Localized = {
  nl: "Profielfoto niet geanalyseerd",
  en: "Profile picture not analysed",
};

function isKnown(value: unknown): boolean {
  return value !== undefined && value !== null;
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
  /** Rules that threw, applied after the loop so that the other rules on their field still run. */
  const failed: { rule: string; field: FieldName; reason: Localized }[] = [];
  for (const rule of PROFILE_RULES) {
    const severity = effectiveSeverity(rule, account, options);
    if (severity === undefined) continue;
    const ruleFields = rule.meta.fields as readonly FieldName[];
    if (ruleFields.some((field) => fields[field].status === "not-checked")) continue;
    if (rule.canRun && !rule.canRun(context)) continue;
    for (const field of ruleFields) fields[field] = { status: "checked" };
    const run = runRule<FieldName>(rule, context, severity, lang);
    if ("failed" in run) {
      failed.push({ rule: rule.meta.id, field: rule.meta.reportsOn as FieldName, reason: run.failed });
      continue;
    }
    evaluated.push(rule.meta.id);
    findings.push(...run.findings);
  }
  for (const { field, reason } of failed) fields[field] = { status: "not-checked", reason };
  const lengths: CheckResult["lengths"] = {};
  for (const field of ["displayName", "bio"] as const) {
    const text = profile[field];
    const limit = context.limit(field);
    if (typeof text === "string" && limit) lengths[field] = { count: countCharacters(text), limit: limit.limit };
  }
  return { findings, fields, evaluated, failed: failed.map(({ rule }) => rule), lengths };
}
