/**
 * Which of a tab's findings a waiver accepts, judged against the waivers the popup reads from the
 * configuration itself: right after a waiver is recorded or withdrawn the page may not have checked
 * again yet, and the popup must still count as the panel and the badge will.
 */
import type { Waiver } from "@/rules/config/schema";
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
    open: state.findings.filter((finding) => !isWaived(finding)),
    waived: state.findings.filter(isWaived),
  };
}
