/**
 * What the live checks can prove for the checklist, without the checklist's texts: the content
 * scripts record evidence with this module alone, so they stay small. A kind is proven by a check
 * in which every rule of the kind that applies to the account ran and found nothing.
 */
import { CATALOG, findRule } from "../catalog";
import { type RuleSetting, severityFor } from "../engine";
import type { AccountType, Platform, Severity } from "../vocabulary";

export const EVIDENCE_KINDS = ["handle", "avatar", "bio", "predecessor-archive", "verified"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Rule ids whose passing proves a kind; "bio" means every bio rule that applies. */
export const EVIDENCE_RULES: Readonly<Record<Exclude<EvidenceKind, "bio">, readonly string[]>> = {
  handle: ["handle/no-party", "handle/office-name"],
  avatar: ["avatar/rijkslogo-required"],
  "predecessor-archive": ["bio/predecessor-archive"],
  verified: ["account/verified"],
};

export interface ChecklistAccount {
  platform: Platform;
  type: AccountType;
  handle: string;
  predecessorArchive?: string | undefined;
}

/** What a check of the account's live page showed (stored; see progress.ts for its schema). */
export interface CheckEvidence {
  checkedAt: string;
  url?: string | undefined;
  /** The rules that ran (their fields were known). */
  evaluated: string[];
  findings: { rule: string; severity: Severity; message: string }[];
}

/** When each kind was last proven. */
export type ProvenAt = Partial<Record<EvidenceKind, string>>;

/** The rules that prove this kind on this account; empty when none applies (then it is ticked by hand). */
export function evidenceRules(
  kind: EvidenceKind,
  account: ChecklistAccount,
  ruleSettings: Readonly<Record<string, RuleSetting>> = {},
): string[] {
  if (kind === "predecessor-archive" && !account.predecessorArchive) return [];
  const ids =
    kind === "bio"
      ? CATALOG.filter((rule) => rule.meta.reportsOn === "bio").map((rule) => rule.meta.id)
      : EVIDENCE_RULES[kind];
  return ids.filter((id) => {
    const rule = findRule(id);
    return (
      rule !== undefined &&
      ruleSettings[id] !== "off" &&
      severityFor(rule, account.platform, account.type) !== undefined
    );
  });
}

export type EvidenceOutcome =
  | { outcome: "passed" }
  | { outcome: "not-run"; rules: string[] }
  | { outcome: "failed"; findings: CheckEvidence["findings"] };

/** What one check says about a set of rules. */
export function evidenceOutcome(rules: readonly string[], check: CheckEvidence): EvidenceOutcome {
  const notRun = rules.filter((id) => !check.evaluated.includes(id));
  if (notRun.length > 0) return { outcome: "not-run", rules: notRun };
  const failing = check.findings.filter((finding) => rules.includes(finding.rule));
  return failing.length > 0 ? { outcome: "failed", findings: failing } : { outcome: "passed" };
}

/** `provenAt` after a check: every kind the check proves gets the check's date. */
export function recordProven(
  account: ChecklistAccount,
  provenAt: ProvenAt,
  check: CheckEvidence,
  ruleSettings: Readonly<Record<string, RuleSetting>> = {},
): ProvenAt {
  const next: ProvenAt = { ...provenAt };
  for (const kind of EVIDENCE_KINDS) {
    const rules = evidenceRules(kind, account, ruleSettings);
    if (rules.length > 0 && evidenceOutcome(rules, check).outcome === "passed") next[kind] = check.checkedAt;
  }
  return next;
}

/** The evidence a check result gives; `checkedAt` and `url` come from the caller (rules/ reads no clock). */
export function evidenceFromResult(
  result: { evaluated: readonly string[]; findings: readonly { rule: string; severity: Severity; message: string }[] },
  checkedAt: string,
  url?: string,
): CheckEvidence {
  const evidence: CheckEvidence = {
    checkedAt,
    evaluated: [...result.evaluated],
    findings: result.findings.map(({ rule, severity, message }) => ({ rule, severity, message })),
  };
  if (url !== undefined) evidence.url = url;
  return evidence;
}
