/**
 * Evidence for the cabinet-change checklist, recorded from the checks the content scripts run on a
 * configured account's page: the latest check and when each kind of evidence last passed
 * (rules/checklist/evidence-kinds.ts). The content scripts send it (utils/checklist-evidence-client.ts);
 * the background (utils/background-messages.ts) stores it here; the Kabinetswissel page validates what it reads
 * (utils/checklist-storage.ts).
 */

import {
  type CheckEvidence,
  type ChecklistAccount,
  type ProvenAt,
  recordProven,
} from "@/rules/checklist/evidence-kinds";
import type { RuleSetting } from "@/rules/engine";
import { normalizeHandle } from "@/rules/text/handles";

/** `storage.local` key of the evidence per account ("x:ministervws"). */
export const CHECKLIST_EVIDENCE_KEY = "checklistEvidence";

export interface StoredEvidence {
  lastCheck: CheckEvidence;
  provenAt: ProvenAt;
}
export type EvidenceByAccount = Record<string, StoredEvidence>;

/** The evidence per account; the Kabinetswissel page validates it when read (utils/checklist-storage.ts). */
export const checklistEvidenceItem = storage.defineItem<EvidenceByAccount>(`local:${CHECKLIST_EVIDENCE_KEY}`, {
  fallback: {},
  version: 1,
});

export function evidenceKey(platform: string, handle: string): string {
  return `${platform}:${normalizeHandle(handle)}`;
}

/** Stores one check's evidence for the account (read, merge, write). */
export async function writeChecklistEvidence(
  account: ChecklistAccount,
  evidence: CheckEvidence,
  ruleSettings: Readonly<Record<string, RuleSetting>> = {},
): Promise<void> {
  const key = evidenceKey(account.platform, account.handle);
  const stored: unknown = await checklistEvidenceItem.getValue();
  const all: EvidenceByAccount = stored && typeof stored === "object" ? { ...(stored as EvidenceByAccount) } : {};
  const previous = all[key];
  all[key] = { lastCheck: evidence, provenAt: recordProven(account, previous?.provenAt ?? {}, evidence, ruleSettings) };
  await checklistEvidenceItem.setValue(all);
}
