/**
 * Which checklist steps the live page proves. A step with evidence is done when every rule that
 * proves it ran on the account's page and found nothing; a later check that fails un-ticks it and
 * says why. A step whose rules do not apply to the account (or are switched off) is ticked by hand.
 */
import type { RuleSetting } from "../engine";
import type { Localized } from "../types";
import {
  type CheckEvidence,
  type ChecklistAccount,
  type EvidenceKind,
  evidenceOutcome,
  evidenceRules,
  recordProven,
} from "./evidence-kinds";
import type { AccountProgress } from "./progress";
import { type ChecklistStep, type StepSituation, stepsFor } from "./steps";

export {
  type CheckEvidence,
  type ChecklistAccount,
  type EvidenceKind,
  evidenceFromResult,
  evidenceRules,
  recordProven,
} from "./evidence-kinds";

export type StepStatus =
  | { state: "done"; source: "evidence"; at: string; seen: Localized }
  | { state: "done"; source: "hand"; at: string; by: string; note: string }
  /** `why` says what is missing or what the latest check found; `wasDoneAt` when it was proven before. */
  | { state: "open"; why?: Localized; wasDoneAt?: string }
  | { state: "blocked"; why: Localized };

export interface StepView {
  step: ChecklistStep;
  status: StepStatus;
  /** Ticked from the live page, not by hand. */
  byEvidence: boolean;
}

const SEEN: Readonly<Record<EvidenceKind, Localized>> = {
  handle: {
    nl: "Handle zonder partij en passend bij het account",
    en: "Handle without a party and fit for the account",
  },
  avatar: { nl: "Rijksoverheidslogo in de profielfoto", en: "Rijksoverheid logo in the profile picture" },
  bio: { nl: "Alle bio-regels in orde", en: "Every bio rule passed" },
  "predecessor-archive": {
    nl: "Bio verwijst naar het archief van de voorganger",
    en: "Bio refers to the predecessor's archive",
  },
  verified: { nl: "Account is geverifieerd", en: "Account is verified" },
};

const NOT_YET_CHECKED: Localized = {
  nl: "Nog niet gecontroleerd: open de profielpagina van dit account (of geef `profielcheck checklist` een profielbestand).",
  en: "Not checked yet: open this account's profile page (or give `profielcheck checklist` a profile file).",
};

/** What the latest check says about a provable step. */
export function evidenceStatus(
  rules: readonly string[],
  kind: EvidenceKind,
  check: CheckEvidence | undefined,
): StepStatus {
  if (!check) return { state: "open", why: NOT_YET_CHECKED };
  const outcome = evidenceOutcome(rules, check);
  if (outcome.outcome === "not-run") {
    return {
      state: "open",
      why: {
        nl: `Niet gecontroleerd bij de controle van ${check.checkedAt}: ${outcome.rules.join(", ")} (veld niet gevonden).`,
        en: `Not checked in the check of ${check.checkedAt}: ${outcome.rules.join(", ")} (field not found).`,
      },
    };
  }
  if (outcome.outcome === "failed") {
    const found = outcome.findings.map((finding) => `${finding.rule}: ${finding.message}`).join(" ");
    return {
      state: "open",
      why: { nl: `Controle van ${check.checkedAt}: ${found}`, en: `Check of ${check.checkedAt}: ${found}` },
    };
  }
  const where = check.url ? ` (${check.url})` : "";
  return {
    state: "done",
    source: "evidence",
    at: check.checkedAt,
    seen: { nl: `${SEEN[kind].nl}${where}`, en: `${SEEN[kind].en}${where}` },
  };
}

export function situationOf(account: ChecklistAccount, progress: AccountProgress | undefined): StepSituation {
  const archiving = progress?.ticks["old/archiving"]
    ? "arranged"
    : progress?.archiving === "not-arranged"
      ? "not-arranged"
      : "unknown";
  return { platform: account.platform, type: account.type, archiving };
}

/** Every step of the account's checklist with its status. */
export function checklistFor(
  account: ChecklistAccount,
  progress: AccountProgress | undefined,
  ruleSettings: Readonly<Record<string, RuleSetting>> = {},
): StepView[] {
  const situation = situationOf(account, progress);
  return stepsFor(situation).map((step) => {
    const rules = step.evidence ? evidenceRules(step.evidence, account, ruleSettings) : [];
    if (step.evidence && rules.length > 0) {
      const status = evidenceStatus(rules, step.evidence, progress?.lastCheck);
      const wasDoneAt = progress?.provenAt[step.evidence];
      if (status.state === "open" && wasDoneAt && progress?.lastCheck)
        return { step, byEvidence: true, status: { ...status, wasDoneAt } };
      return { step, byEvidence: true, status };
    }
    const blocked = step.blockedBy?.(situation);
    if (blocked) return { step, byEvidence: false, status: { state: "blocked", why: blocked } };
    const tick = progress?.ticks[step.id];
    const status: StepStatus = tick
      ? { state: "done", source: "hand", at: tick.at, by: tick.by, note: tick.note }
      : { state: "open" };
    return { step, byEvidence: false, status };
  });
}

/**
 * Records a check of the account's live page: it becomes the latest check, and every kind of
 * evidence it proves remembers the date (so that a later failing check can say it was done before).
 */
export function recordCheck(
  account: ChecklistAccount,
  progress: AccountProgress,
  check: CheckEvidence,
  ruleSettings: Readonly<Record<string, RuleSetting>> = {},
): AccountProgress {
  return { ...progress, lastCheck: check, provenAt: recordProven(account, progress.provenAt, check, ruleSettings) };
}

/** Done and open steps counted: an account is ready when nothing is open. */
export function checklistSummary(steps: readonly StepView[]): { done: number; total: number; ready: boolean } {
  const done = steps.filter((view) => view.status.state === "done").length;
  return { done, total: steps.length, ready: done === steps.length };
}
