/** The panel's one-line summary and the fix previews: pure text from the check's result. */
import type { CheckResult } from "@/rules/engine";
import type { FindingGroup } from "@/rules/group-findings";
import type { Finding } from "@/rules/schema";
import type { Language } from "@/rules/vocabulary";
import { counted, type PanelTranslate } from "./messages";

/** Longest quoted text in a preview; the rest is elided. */
const PREVIEW_LENGTH = 60;

function quote(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > PREVIEW_LENGTH ? `${trimmed.slice(0, PREVIEW_LENGTH - 1)}…` : trimmed;
}

/** What a fix will write, before the click: "Voegt toe: 'Vragen? …'". */
export function fixPreview(t: PanelTranslate, finding: Finding, value: string | undefined): string | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  if (fix.type === "setLink") return t("fixSetsLink", { text: quote(fix.value) });
  if (fix.start === fix.end) return t("fixAdds", { text: quote(fix.text) });
  if (fix.text === "" && value !== undefined) return t("fixRemoves", { text: quote(value.slice(fix.start, fix.end)) });
  return t("fixReplaces", { text: quote(fix.text) });
}

export type SummaryTone = "error" | "warning" | "ok";

/**
 * "3 problemen in 2 velden · Bio 143/160": the causes still open (errors and warnings), the fields
 * they are in, the open advice, and the bio's count where the platform has a limit.
 */
export function panelSummary(
  lang: Language,
  t: PanelTranslate,
  result: CheckResult,
  openGroups: readonly FindingGroup[],
  bioLabel: string,
): { text: string; tone: SummaryTone } {
  const problems = openGroups.filter((group) => group.severity !== "info");
  const advice = openGroups.length - problems.length;
  const fields = new Set(problems.map((group) => group.field)).size;
  const parts = [
    problems.length > 0
      ? `${counted(lang, t, "problems", problems.length)} ${counted(lang, t, "inFields", fields)}`
      : advice > 0
        ? t("noProblems")
        : t("summaryOk"),
  ];
  if (advice > 0) parts.push(counted(lang, t, "advice", advice));
  const bio = result.lengths?.bio;
  if (bio) parts.push(`${bioLabel} ${bio.count}/${bio.limit}`);
  const tone = problems.some((group) => group.severity === "error") ? "error" : problems.length > 0 ? "warning" : "ok";
  return { text: parts.join(" · "), tone };
}
