/**
 * Where the Kabinetswissel page keeps the checklist: what people tick and fill in
 * (`local:checklistProgress`) and what the live checks proved (`local:checklistEvidence`, written
 * by utils/checklist-evidence.ts). Both are validated when read; a damaged entry is left out with
 * a warning, never trusted. The configuration export carries both as its `checklist` key.
 */
import { z } from "zod";
import {
  accountProgressSchema,
  type ChecklistProgress,
  checkEvidenceSchema,
  checklistProgressSchema,
  EMPTY_PROGRESS,
  updateAccountProgress,
} from "@/rules/checklist/progress";
import { formatPath } from "@/rules/config/schema";
import type { Localized } from "@/rules/types";
import { PLATFORMS, type Platform } from "@/rules/vocabulary";
import { checklistEvidenceItem, type EvidenceByAccount, evidenceKey } from "./checklist-evidence";

/** Ticks, notes, archiving answers and name-swap forms; evidence lives apart (utils/checklist-evidence.ts). */
export const checklistProgressItem = storage.defineItem<ChecklistProgress>("local:checklistProgress", {
  fallback: EMPTY_PROGRESS,
  version: 1,
});

const storedEvidenceSchema = z.object({
  lastCheck: checkEvidenceSchema,
  provenAt: accountProgressSchema.shape.provenAt,
});

function parseEvidenceKey(key: string): { platform: Platform; handle: string } | null {
  const [platform, handle] = key.split(":");
  if (!handle || !(PLATFORMS as readonly string[]).includes(platform ?? "")) return null;
  return { platform: platform as Platform, handle };
}

export interface LoadedChecklist {
  /** Progress with the evidence merged in: what the page shows and the export carries. */
  progress: ChecklistProgress;
  warnings: Localized[];
}

/** The stored progress and evidence, validated and merged. */
export async function loadChecklist(): Promise<LoadedChecklist> {
  const warnings: Localized[] = [];
  const storedProgress = checklistProgressSchema.safeParse(await checklistProgressItem.getValue());
  let progress = storedProgress.success ? storedProgress.data : EMPTY_PROGRESS;
  if (!storedProgress.success) {
    const where = storedProgress.error.issues.map((issue) => formatPath(issue.path) || "/").join(", ");
    warnings.push({
      nl: `De opgeslagen voortgang is beschadigd (${where}) en wordt niet gebruikt.`,
      en: `The stored progress is damaged (${where}) and is not used.`,
    });
  }
  const evidence = await checklistEvidenceItem.getValue();
  for (const [key, value] of Object.entries(evidence ?? {})) {
    const account = parseEvidenceKey(key);
    const parsed = storedEvidenceSchema.safeParse(value);
    if (!account || !parsed.success) {
      warnings.push({
        nl: `Bewijs voor ${key} is beschadigd en wordt niet gebruikt.`,
        en: `Evidence for ${key} is damaged and is not used.`,
      });
      continue;
    }
    progress = updateAccountProgress(progress, account.platform, account.handle, (entry) => ({
      ...entry,
      lastCheck: parsed.data.lastCheck,
      provenAt: parsed.data.provenAt,
    }));
  }
  return { progress, warnings };
}

/** Splits merged progress into what people entered and what the checks proved. */
function split(progress: ChecklistProgress): { entered: ChecklistProgress; evidence: EvidenceByAccount } {
  const evidence: EvidenceByAccount = {};
  const accounts = progress.accounts.map(({ lastCheck, provenAt, ...rest }) => {
    if (lastCheck) evidence[evidenceKey(rest.platform, rest.handle)] = { lastCheck, provenAt };
    return { ...rest, provenAt: {} };
  });
  return { entered: { ...progress, accounts }, evidence };
}

/**
 * Stores what people entered (ticks, notes, forms). The evidence is left as the content scripts
 * wrote it, so a check that arrives while the page is open is not overwritten.
 */
export async function saveChecklist(progress: ChecklistProgress): Promise<void> {
  await checklistProgressItem.setValue(split(progress).entered);
}

/** Replaces progress and evidence, e.g. from an imported configuration. */
export async function replaceChecklist(progress: ChecklistProgress): Promise<void> {
  const { entered, evidence } = split(progress);
  await checklistProgressItem.setValue(entered);
  await checklistEvidenceItem.setValue(evidence);
}

/** Calls `callback` whenever progress or evidence changes; returns the function that stops watching. */
export function watchChecklist(callback: () => void): () => void {
  const unwatchProgress = checklistProgressItem.watch(callback);
  const unwatchEvidence = checklistEvidenceItem.watch(callback);
  return () => {
    unwatchProgress();
    unwatchEvidence();
  };
}
