/**
 * Evidence for the cabinet-change checklist, recorded from the checks the content scripts run on a
 * configured account's page: the latest check and when each provable step last passed
 * (rules/checklist/evidence.ts). Written straight to `storage.local` without a validation library
 * so the content scripts stay small; the Kabinetswissel page validates what it reads
 * (utils/checklist-storage.ts).
 */
import {
  type CheckEvidence,
  type ChecklistAccount,
  evidenceFromResult,
  type ProvenAt,
  recordProven,
} from "@/rules/checklist/evidence-kinds";
import type { CheckResult, RuleSetting } from "@/rules/engine";
import { normalizeHandle } from "@/rules/text/handles";

/** `storage.local` key of the evidence per account ("x:ministervws"). */
export const CHECKLIST_EVIDENCE_KEY = "checklistEvidence";

export interface StoredEvidence {
  lastCheck: CheckEvidence;
  provenAt: ProvenAt;
}
export type EvidenceByAccount = Record<string, StoredEvidence>;

export function evidenceKey(platform: string, handle: string): string {
  return `${platform}:${normalizeHandle(handle)}`;
}

/** What the checklist needs to know of a check; two checks with the same signature prove the same. */
function signature(evidence: CheckEvidence): string {
  return JSON.stringify([evidence.url, evidence.evaluated, evidence.findings]);
}

/** Stores one check's evidence for the account (read, merge, write). */
export async function writeChecklistEvidence(
  account: ChecklistAccount,
  evidence: CheckEvidence,
  ruleSettings: Readonly<Record<string, RuleSetting>> = {},
): Promise<void> {
  const key = evidenceKey(account.platform, account.handle);
  const stored = (await browser.storage.local.get(CHECKLIST_EVIDENCE_KEY))[CHECKLIST_EVIDENCE_KEY];
  const all: EvidenceByAccount = stored && typeof stored === "object" ? (stored as EvidenceByAccount) : {};
  const previous = all[key];
  all[key] = { lastCheck: evidence, provenAt: recordProven(account, previous?.provenAt ?? {}, evidence, ruleSettings) };
  await browser.storage.local.set({ [CHECKLIST_EVIDENCE_KEY]: all });
}

/** A quiet moment after the last change before a check counts: no write on every keystroke. */
const SETTLE_MS = 1500;
const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; signature: string }>();
const written = new Map<string, string>();

/**
 * Records the check of a configured account once the page has settled; the same outcome is not
 * written twice. Called by the live check after every check of a configured account.
 */
export function recordChecklistEvidence(
  account: ChecklistAccount,
  result: CheckResult,
  url: string,
  ruleSettings: Readonly<Record<string, RuleSetting>> = {},
): void {
  const key = evidenceKey(account.platform, account.handle);
  const evidence = evidenceFromResult(result, new Date().toISOString(), url);
  const next = signature(evidence);
  const waiting = pending.get(key);
  if (waiting) {
    if (waiting.signature === next) return;
    clearTimeout(waiting.timer);
    pending.delete(key);
  }
  if (written.get(key) === next) return;
  const timer = setTimeout(() => {
    pending.delete(key);
    written.set(key, next);
    writeChecklistEvidence(account, evidence, ruleSettings).catch(() => written.delete(key));
  }, SETTLE_MS);
  pending.set(key, { timer, signature: next });
}
