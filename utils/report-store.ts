/**
 * The review report rendered last, kept in the browser's session storage so the printable report
 * page (entrypoints/report) can show it after the popup closed. It never leaves the browser and is
 * gone when the browser closes; only the last one is kept.
 */
import { z } from "zod/mini";
import type { ReportCase, ReviewReportInput } from "@/rules/report";
import { LANGUAGES } from "@/rules/vocabulary";

const storedReportSchema = z.object({
  reportCase: z.custom<ReportCase>((value) => typeof value === "object" && value !== null && "result" in value),
  lang: z.enum(LANGUAGES),
  generatedAt: z.iso.datetime(),
  rulePackVersion: z.string(),
  guidelineVersion: z.string(),
});
type StoredReport = z.infer<typeof storedReportSchema>;

const lastReportItem = storage.defineItem<StoredReport | null>("session:lastReviewReport", { fallback: null });

export async function saveLastReport(input: Omit<StoredReport, "generatedAt"> & { generatedAt: Date }): Promise<void> {
  await lastReportItem.setValue({ ...input, generatedAt: input.generatedAt.toISOString() });
}

/** The last report's input, or null when there is none (or it cannot be read). */
export async function loadLastReport(): Promise<ReviewReportInput | null> {
  const parsed = storedReportSchema.safeParse(await lastReportItem.getValue());
  if (!parsed.success) return null;
  const { reportCase, generatedAt, ...rest } = parsed.data;
  return { ...rest, cases: [reportCase], generatedAt: new Date(generatedAt) };
}
