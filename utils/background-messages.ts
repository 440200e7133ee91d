import { GUIDELINE_VERSION } from "@/rules/catalog-text";
import { renderReviewReport } from "@/rules/report";
import type { Platform } from "@/rules/vocabulary";
import { analyseAvatar } from "./avatar-analysis";
import { addWaiver, loadEffectiveConfig, rememberAccount } from "./config-storage";
import { configForPlatform, contentScriptSender } from "./message-sender";
import {
  type BackgroundRequest,
  backgroundRequestSchema,
  type ConfigAnswer,
  type RenderReportMessage,
} from "./messages";
import { saveLastReport } from "./report-store";
import { readLanguage } from "./storage";

/**
 * What the background answers: the toolbar badge with each tab's error count, the avatar analysis
 * (which needs the image hosts' permission a page lacks), the configuration (validated here so the
 * content scripts need not carry the validation library), the account types and waivers chosen in
 * the panel, and the review report. It answers only our own content scripts, each only about the
 * platform of its tab.
 */
async function configAnswer(platform: Platform): Promise<ConfigAnswer> {
  // The policy as last read: a content script never waits for the managed area (see refreshManagedCache).
  const [effective, language] = await Promise.all([loadEffectiveConfig({ managed: "cached" }), readLanguage()]);
  return { ...configForPlatform(effective.config, effective.managedAccountKeys, platform), language };
}

function showBadge(tabId: number, errors: number, warnings: number): void {
  const text = errors > 0 ? String(errors) : warnings > 0 ? String(warnings) : "";
  // Dark red / dark amber: both keep white badge text readable (contrast ≥ 4.5:1).
  const color = errors > 0 ? "#a4000f" : "#7a4100";
  // MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`.
  const toolbarButton = browser.action ?? browser.browserAction;
  void toolbarButton.setBadgeText({ tabId, text });
  void toolbarButton.setBadgeBackgroundColor({ tabId, color });
}

/** The Markdown report for copying; its input is kept for the printable report page. */
async function renderReport(request: RenderReportMessage): Promise<string> {
  const report = {
    reportCase: request.reportCase,
    lang: request.lang,
    generatedAt: new Date(),
    rulePackVersion: browser.runtime.getManifest().version,
    guidelineVersion: GUIDELINE_VERSION,
  };
  await saveLastReport(report);
  return renderReviewReport({ ...report, cases: [report.reportCase] });
}

function answer(request: BackgroundRequest, from: { tabId: number; platform: Platform }): Promise<unknown> | undefined {
  switch (request.type) {
    case "profielcheck:analyse-avatar":
      return analyseAvatar(request.url);
    case "profielcheck:get-config":
      return configAnswer(from.platform);
    case "profielcheck:remember-account":
      return rememberAccount(request.platform, request.handle, request.accountType);
    case "profielcheck:add-waiver": {
      const { platform, handle, rule, value, reason } = request;
      return addWaiver({ platform, handle, rule, value, reason });
    }
    case "profielcheck:render-report":
      return renderReport(request);
    case "profielcheck:badge":
      showBadge(from.tabId, request.errors, request.warnings);
      return undefined;
  }
}

/** The answer to `message` from `sender`, or undefined (no answer) for anything not ours or not allowed. */
export function handleMessage(message: unknown, sender: Parameters<typeof contentScriptSender>[0]) {
  const from = contentScriptSender(sender, browser.runtime.id);
  if (!from) return undefined;
  const parsed = backgroundRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  // A content script speaks only for the platform of its own tab.
  const platform = "platform" in request ? request.platform : from.platform;
  if (platform !== from.platform) return undefined;
  if (request.type === "profielcheck:render-report" && request.reportCase.account.platform !== from.platform) {
    return undefined;
  }
  return answer(request, from);
}
