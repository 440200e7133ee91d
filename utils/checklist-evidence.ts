/**
 * Evidence for the cabinet-change checklist, recorded from the checks the content scripts run on a
 * configured account's page: the latest check and when each kind of evidence last passed
 * (rules/checklist/evidence-kinds.ts). The content scripts send it (utils/checklist-evidence-client.ts);
 * the background stores it here; the Kabinetswissel page validates what it reads
 * (utils/checklist-storage.ts).
 */

import { z } from "zod";
import {
  type CheckEvidence,
  type ChecklistAccount,
  type ProvenAt,
  recordProven,
} from "@/rules/checklist/evidence-kinds";
import { checkEvidenceSchema } from "@/rules/checklist/progress";
import type { RuleSetting } from "@/rules/engine";
import { normalizeHandle } from "@/rules/text/handles";
import { ACCOUNT_TYPES, PLATFORMS, SEVERITIES } from "@/rules/vocabulary";
import { contentScriptSender, type Sender } from "./message-sender";

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

export const RECORD_EVIDENCE_MESSAGE = "profielcheck:record-checklist-evidence";

/** The content scripts' message; the background stores it with `writeChecklistEvidence`. */
export interface RecordEvidenceMessage {
  type: typeof RECORD_EVIDENCE_MESSAGE;
  account: ChecklistAccount;
  evidence: CheckEvidence;
  ruleSettings: Readonly<Record<string, RuleSetting>>;
}

const recordEvidenceSchema = z.object({
  type: z.literal(RECORD_EVIDENCE_MESSAGE),
  account: z.object({
    platform: z.enum(PLATFORMS),
    type: z.enum(ACCOUNT_TYPES),
    handle: z.string().min(1).max(100),
    predecessorArchive: z.string().max(100).optional(),
  }),
  evidence: checkEvidenceSchema,
  ruleSettings: z.record(z.string(), z.enum(["off", ...SEVERITIES])),
});

/**
 * Stores the evidence the content scripts send (called by the background): only from our content
 * scripts, each only about an account of its own tab's platform.
 */
export function registerChecklistEvidenceService(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    const from = contentScriptSender(sender, browser.runtime.id);
    if (!from) return undefined;
    const request = recordEvidenceSchema.safeParse(message);
    if (!request.success || request.data.account.platform !== from.platform) return undefined;
    const { account, evidence, ruleSettings } = request.data;
    return writeChecklistEvidence(account, evidence, ruleSettings);
  });
}
