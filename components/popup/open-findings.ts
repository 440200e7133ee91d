/**
 * Which of a tab's findings a waiver accepts, judged against the waivers the popup reads from the
 * configuration itself: right after a waiver is recorded or withdrawn the page may not have checked
 * again yet, and the popup must still count as the panel and the badge will.
 */
import type { Waiver } from "@/rules/config/schema";
import { type CauseCounts, countOpenCauses } from "@/rules/group-findings";
import { waiversForAccount } from "@/rules/waivers";
import type { TabState } from "@/utils/protocol";

type TabFinding = TabState["findings"][number];

export function splitWaived(
  state: Pick<TabState, "platform" | "handle" | "findings">,
  waivers: readonly Waiver[],
): { open: TabFinding[]; waived: TabFinding[] } {
  const forAccount = state.handle ? waiversForAccount(waivers, state.platform, { handle: state.handle }) : [];
  const isWaived = (finding: TabFinding) =>
    finding.waiverValue !== undefined &&
    forAccount.some((waiver) => waiver.rule === finding.rule && waiver.value === finding.waiverValue);
  return {
    open: state.findings.filter((finding) => !isWaived(finding) && finding.acknowledged !== true),
    waived: state.findings.filter(isWaived),
  };
}

/** The open problems per severity, one per cause, as the panel and the badge count them. */
export function openCauseCounts(open: readonly TabFinding[]): CauseCounts {
  const causes = new Map<string, TabFinding[]>();
  for (const finding of open) causes.set(finding.cause, [...(causes.get(finding.cause) ?? []), finding]);
  return countOpenCauses(
    [...causes.values()].map((findings) => ({ findings })),
    () => true,
  );
}
