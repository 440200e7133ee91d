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
  EVIDENCE_KINDS,
  type ProvenAt,
  recordProven,
} from "@/rules/checklist/evidence-kinds";
import { findStep } from "@/rules/checklist/steps";
import type { RuleSetting } from "@/rules/engine";
import { normalizeHandle } from "@/rules/text/handles";

/** `storage.local` key of the evidence per account ("x:ministervws"). */
export const CHECKLIST_EVIDENCE_KEY = "checklistEvidence";

export interface StoredEvidence {
  lastCheck: CheckEvidence;
  provenAt: ProvenAt;
}
export type EvidenceByAccount = Record<string, StoredEvidence>;

/**
 * The evidence per account; the Kabinetswissel page validates it when read
 * (utils/checklist-storage.ts). Version 2 keys `provenAt` by kind of evidence; its migration from
 * version 1 runs once, from the background (`migrateStorage` in utils/config-storage.ts).
 */
export const CHECKLIST_EVIDENCE_VERSION = 2;
export const checklistEvidenceItem = storage.defineItem<EvidenceByAccount>(`local:${CHECKLIST_EVIDENCE_KEY}`, {
  fallback: {},
  version: CHECKLIST_EVIDENCE_VERSION,
});

/**
 * Version 1 of the evidence (87e233f) kept the dates keyed by checklist step ("new/handle-hybrid");
 * version 2 keys them by the kind of evidence the step needs ("handle"), the latest date winning.
 * A key that is a kind already stays, so the migration can run again without harm; a step that
 * needs no evidence is dropped, and anything not shaped like evidence is left for the reader to
 * set aside.
 */
export function provenAtByKind(stored: unknown): unknown {
  if (!stored || typeof stored !== "object") return stored;
  const migrated: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(stored)) {
    const provenAt: unknown = entry && typeof entry === "object" ? (entry as { provenAt?: unknown }).provenAt : null;
    if (!provenAt || typeof provenAt !== "object") {
      migrated[key] = entry;
      continue;
    }
    const byKind: Record<string, unknown> = {};
    for (const [stepOrKind, date] of Object.entries(provenAt)) {
      const kind = (EVIDENCE_KINDS as readonly string[]).includes(stepOrKind)
        ? stepOrKind
        : findStep(stepOrKind)?.evidence;
      if (!kind) continue;
      const known = byKind[kind];
      byKind[kind] = typeof known === "string" && typeof date === "string" && known > date ? known : date;
    }
    migrated[key] = { ...entry, provenAt: byKind };
  }
  return migrated;
}

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
