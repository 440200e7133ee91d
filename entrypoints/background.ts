import { GUIDELINE_VERSION } from "@/rules/catalog-text";
import { renderReviewReport } from "@/rules/report";
import { analyseAvatar } from "@/utils/avatar-analysis";
import { addWaiver, loadEffectiveConfig, refreshManagedCache, rememberAccount } from "@/utils/config-storage";
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
import { MANAGED_CONFIG_KEY } from "@/utils/storage-keys";

/**
 * The background: the toolbar badge with each tab's error count, the avatar analysis (which needs
 * the image hosts' permission a page lacks), and the configuration, validated here so the content
 * scripts need not carry the validation library.
 */
async function configAnswer(): Promise<ConfigAnswer> {
  // The policy as last read: a content script never waits for the managed area (see refreshManagedCache).
  const [effective, language] = await Promise.all([loadEffectiveConfig({ managed: "cached" }), readLanguage()]);
  return { config: effective.config, managedAccountKeys: [...effective.managedAccountKeys], language };
}

function saveWaiver({ platform, handle, rule, value, reason }: AddWaiverMessage) {
  return addWaiver({ platform, handle, rule, value, reason });
}

export default defineBackground(() => {
  // Read the policy ahead, and again when it changes; content scripts reload when the copy changes.
  void refreshManagedCache();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === "managed" && MANAGED_CONFIG_KEY in changes) void refreshManagedCache();
  });
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
