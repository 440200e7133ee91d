import { GUIDELINE_VERSION } from "@/rules/catalog-text";
import { renderReviewReport } from "@/rules/report";
import { analyseAvatar } from "@/utils/avatar-analysis";
import { registerChecklistEvidenceService } from "@/utils/checklist-evidence";
import { addWaiver, loadEffectiveConfig, rememberAccount } from "@/utils/config-storage";
import { registerImpostorService } from "@/utils/impostor-service";
import {
  type AddWaiverMessage,
  addWaiverMessageSchema,
  analyseAvatarMessageSchema,
  badgeMessageSchema,
  type ConfigAnswer,
  getConfigMessageSchema,
  rememberAccountMessageSchema,
  renderReportMessageSchema,
} from "@/utils/messages";
import { readLanguage } from "@/utils/storage";

/**
 * The background: the toolbar badge with each tab's error count, the avatar analysis (which needs
 * the image hosts' permission a page lacks), and the configuration, validated here so the content
 * scripts need not carry the validation library.
 */
async function configAnswer(): Promise<ConfigAnswer> {
  const [effective, language] = await Promise.all([loadEffectiveConfig(), readLanguage()]);
  return { config: effective.config, managedAccountKeys: [...effective.managedAccountKeys], language };
}

function saveWaiver({ platform, handle, rule, value, reason }: AddWaiverMessage) {
  return addWaiver({ platform, handle, rule, value, reason });
}

export default defineBackground(() => {
  registerImpostorService();
  registerChecklistEvidenceService();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const avatarRequest = analyseAvatarMessageSchema.safeParse(message);
    if (avatarRequest.success) return analyseAvatar(avatarRequest.data.url);
    if (getConfigMessageSchema.safeParse(message).success) return configAnswer();
    const remember = rememberAccountMessageSchema.safeParse(message);
    if (remember.success) {
      const { platform, handle, accountType } = remember.data;
      return rememberAccount(platform, handle, accountType);
    }
    const report = renderReportMessageSchema.safeParse(message);
    if (report.success) {
      return Promise.resolve(
        renderReviewReport({
          cases: [report.data.reportCase],
          lang: report.data.lang,
          generatedAt: new Date(),
          rulePackVersion: browser.runtime.getManifest().version,
          guidelineVersion: GUIDELINE_VERSION,
        }),
      );
    }
    const waiver = addWaiverMessageSchema.safeParse(message);
    if (waiver.success) return saveWaiver(waiver.data);

    const badge = badgeMessageSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (!badge.success || tabId === undefined) return undefined;
    const { errors, warnings } = badge.data;
    const text = errors > 0 ? String(errors) : warnings > 0 ? String(warnings) : "";
    // Dark red / dark amber: both keep white badge text readable (contrast ≥ 4.5:1).
    const color = errors > 0 ? "#a4000f" : "#7a4100";
    // MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`.
    const toolbarButton = browser.action ?? browser.browserAction;
    void toolbarButton.setBadgeText({ tabId, text });
    void toolbarButton.setBadgeBackgroundColor({ tabId, color });
    return undefined;
  });
});
