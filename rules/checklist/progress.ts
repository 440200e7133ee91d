/**
 * Stored progress of the cabinet-change checklist: per account the steps ticked by hand (who, when,
 * a note), the answer on archiving, the latest check of the account's live page and when each
 * provable step was last proven, and the Meta name-swap form. Stored by the extension and carried
 * in the configuration export as the optional key `checklist`.
 */
import { z } from "zod";
import { platformSchema, severitySchema } from "../schema";
import { sameHandle } from "../text/handles";
import type { Platform } from "../vocabulary";
import { type CheckEvidence, EVIDENCE_KINDS } from "./evidence-kinds";
import { STEP_IDS } from "./steps";

const nonEmpty = z.string().trim().min(1);
const dateTime = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/** An unknown step id names the known ones, in both languages (rules/config/schema.ts reads `params.localized`). */
const stepIdSchema = z.string().superRefine((id, ctx) => {
  if (STEP_IDS.includes(id)) return;
  const localized = {
    nl: `onbekende stap "${id}" (bekend: ${STEP_IDS.join(", ")})`,
    en: `unknown step "${id}" (known: ${STEP_IDS.join(", ")})`,
  };
  ctx.addIssue({ code: "custom", message: localized.nl, params: { localized } });
});

export const manualTickSchema = z.object({ by: nonEmpty, note: z.string().default(""), at: dateTime }).strict();
export type ManualTick = z.infer<typeof manualTickSchema>;

/** What a check of the account's live page showed: enough to prove or disprove steps later. */
export const checkEvidenceSchema = z
  .object({
    checkedAt: dateTime,
    url: z.string().optional(),
    /** The rules that ran (their fields were known). */
    evaluated: z.array(z.string()),
    findings: z.array(z.object({ rule: z.string(), severity: severitySchema, message: z.string() }).strict()),
  })
  .strict() satisfies z.ZodType<CheckEvidence>;

export const nameSwapSchema = z
  .object({
    oldUrl: z.string().default(""),
    newUrl: z.string().default(""),
    archiveHandle: z.string().default(""),
    contact: z.string().default(""),
  })
  .strict();
export type NameSwapForm = z.infer<typeof nameSwapSchema>;

export const accountProgressSchema = z
  .object({
    platform: platformSchema,
    handle: nonEmpty,
    /** "Is archivering al geregeld?": a tick on old/archiving says yes; this says no. */
    archiving: z.literal("not-arranged").optional(),
    ticks: z.partialRecord(stepIdSchema, manualTickSchema).default({}),
    lastCheck: checkEvidenceSchema.optional(),
    /** When each kind of evidence last passed: a later failing check can say it was done before. */
    provenAt: z.partialRecord(z.enum(EVIDENCE_KINDS), dateTime).default({}),
    nameSwap: nameSwapSchema.optional(),
  })
  .strict();
export type AccountProgress = z.infer<typeof accountProgressSchema>;

export const checklistProgressSchema = z
  .object({
    version: z.literal(1),
    /** The day of the change of cabinet (the swearing-in), when known. */
    cabinetChangeDate: z.iso
      .date()
      .optional()
      .meta({ description: "Datum van de kabinetswissel (beëdiging), JJJJ-MM-DD." }),
    accounts: z.array(accountProgressSchema).default([]),
  })
  .strict();
export type ChecklistProgress = z.infer<typeof checklistProgressSchema>;
export type ChecklistProgressInput = z.input<typeof checklistProgressSchema>;

export const EMPTY_PROGRESS: ChecklistProgress = { version: 1, accounts: [] };

export function findProgress(
  progress: ChecklistProgress,
  platform: Platform,
  handle: string,
): AccountProgress | undefined {
  return progress.accounts.find((entry) => entry.platform === platform && sameHandle(entry.handle, handle));
}

/** A copy of `progress` with the account's entry replaced by `update(entry)` (created when absent). */
export function updateAccountProgress(
  progress: ChecklistProgress,
  platform: Platform,
  handle: string,
  update: (entry: AccountProgress) => AccountProgress,
): ChecklistProgress {
  const existing = findProgress(progress, platform, handle);
  const entry: AccountProgress = existing ?? { platform, handle, ticks: {}, provenAt: {} };
  const updated = update(entry);
  const accounts = existing
    ? progress.accounts.map((other) => (other === existing ? updated : other))
    : [...progress.accounts, updated];
  return { ...progress, accounts };
}

/**
 * Progress an organisation pre-fills by policy (`managed`) under the user's own (`local`): the
 * user's date of the change of cabinet, answers and ticks win; the policy's fill the gaps.
 */
export function mergeProgress(managed: ChecklistProgress | undefined, local: ChecklistProgress): ChecklistProgress {
  if (!managed) return local;
  let merged: ChecklistProgress = { ...local };
  const cabinetChangeDate = local.cabinetChangeDate ?? managed.cabinetChangeDate;
  if (cabinetChangeDate) merged.cabinetChangeDate = cabinetChangeDate;
  for (const prefilled of managed.accounts) {
    merged = updateAccountProgress(merged, prefilled.platform, prefilled.handle, (own) => {
      const entry: AccountProgress = { ...prefilled, ...own, ticks: { ...prefilled.ticks, ...own.ticks } };
      const archiving = own.archiving ?? prefilled.archiving;
      if (archiving) entry.archiving = archiving;
      const nameSwap = own.nameSwap ?? prefilled.nameSwap;
      if (nameSwap) entry.nameSwap = nameSwap;
      return entry;
    });
  }
  return merged;
}
