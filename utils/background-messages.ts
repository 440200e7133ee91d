/**
 * What the background answers (utils/protocol.ts): the toolbar badge with each tab's error count,
 * the avatar analysis (which needs the image hosts' permission a page lacks), the configuration
 * (validated here so the content scripts need not carry the validation library), the account types
 * and waivers chosen in the panel, the review report, the checklist evidence and the fake-account
 * check. It answers only our own content scripts, each only about the platform of its tab.
 */
import { GUIDELINE_VERSION } from "@/rules/catalog-text";
import { renderReviewReport } from "@/rules/report";
import { severityCount } from "@/rules/report/words";
import type { Language, Platform } from "@/rules/vocabulary";
import { analyseAvatar } from "./avatar-analysis";
import { writeChecklistEvidence } from "./checklist-evidence";
import { addWaiver, loadEffectiveConfig, rememberAccount } from "./config-storage";
import { assessProfileMessage } from "./impostor-service";
import { configForPlatform, contentScriptSender, type Sender } from "./message-sender";
import {
  BACKGROUND_PROTOCOL,
  type BackgroundProtocol,
  type ConfigAnswer,
  type ParsedRequest,
  parseRequest,
  type RequestOf,
  type ResponseOf,
} from "./protocol";
import { saveLastReport } from "./report-store";
import { readLanguage } from "./storage";

/** The content script a request comes from: its tab and its platform. */
type From = NonNullable<ReturnType<typeof contentScriptSender>>;

type Handlers = {
  [Name in keyof BackgroundProtocol]: (
    request: RequestOf<BackgroundProtocol, Name>,
    from: From,
  ) => ResponseOf<BackgroundProtocol, Name> | Promise<ResponseOf<BackgroundProtocol, Name>>;
};

async function configAnswer(platform: Platform): Promise<ConfigAnswer> {
  // The policy as last read: a content script never waits for the managed area (see refreshManagedCache).
  const [effective, language] = await Promise.all([loadEffectiveConfig({ managed: "cached" }), readLanguage()]);
  return { ...configForPlatform(effective.config, effective.managedAccountKeys, platform), language };
}

/** The toolbar button's tooltip: the counts behind the badge, in words ("Profielcheck: 2 fouten, 1 waarschuwing"). */
export function badgeTitle(errors: number, warnings: number, lang: Language): string {
  if (errors === 0 && warnings === 0) return "Profielcheck";
  const counts = [
    ...(errors > 0 ? [severityCount("error", errors, lang)] : []),
    ...(warnings > 0 ? [severityCount("warning", warnings, lang)] : []),
  ];
  return `Profielcheck: ${counts.join(", ")}`;
}

async function showBadge(tabId: number, errors: number, warnings: number): Promise<void> {
  const text = errors > 0 ? String(errors) : warnings > 0 ? String(warnings) : "";
  // Dark red / dark amber: both keep white badge text readable (contrast ≥ 4.5:1).
  const color = errors > 0 ? "#a4000f" : "#7a4100";
  // MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`.
  const toolbarButton = browser.action ?? browser.browserAction;
  void toolbarButton.setBadgeText({ tabId, text });
  void toolbarButton.setBadgeBackgroundColor({ tabId, color });
  void toolbarButton.setTitle({ tabId, title: badgeTitle(errors, warnings, await readLanguage()) });
}

/** The Markdown report for copying; its input is kept for the printable report page. */
async function renderReport({
  lang,
  reportCase,
}: RequestOf<BackgroundProtocol, "profielcheck:render-report">): Promise<string> {
  const report = {
    reportCase,
    lang,
    generatedAt: new Date(),
    rulePackVersion: browser.runtime.getManifest().version,
    guidelineVersion: GUIDELINE_VERSION,
  };
  await saveLastReport(report);
  return renderReviewReport({ ...report, cases: [reportCase] });
}

const HANDLERS: Handlers = {
  "profielcheck:badge": ({ errors, warnings }, from) => showBadge(from.tabId, errors, warnings),
  "profielcheck:analyse-avatar": ({ url }) => analyseAvatar(url),
  "profielcheck:get-config": (_request, from) => configAnswer(from.platform),
  "profielcheck:remember-account": ({ platform, handle, accountType }) =>
    rememberAccount(platform, handle, accountType),
  "profielcheck:add-waiver": (waiver) => addWaiver(waiver),
  "profielcheck:render-report": (request) => renderReport(request),
  "profielcheck:record-checklist-evidence": ({ account, evidence, ruleSettings }) =>
    writeChecklistEvidence(account, evidence, ruleSettings),
  "profielcheck:assess-profile": (request) => assessProfileMessage(request),
};

/** The platform a request speaks about, where it names one. */
function platformNamed(parsed: ParsedRequest<BackgroundProtocol>): Platform | undefined {
  switch (parsed.name) {
    case "profielcheck:render-report":
      return parsed.request.reportCase.account.platform;
    case "profielcheck:record-checklist-evidence":
      return parsed.request.account.platform;
    case "profielcheck:remember-account":
    case "profielcheck:add-waiver":
    case "profielcheck:assess-profile":
      return parsed.request.platform;
    default:
      return undefined;
  }
}

/** The answer to `message` from `sender`, or undefined (no answer) for anything not ours or not allowed. */
export function handleMessage(message: unknown, sender: Sender): Promise<unknown> | undefined {
  const from = contentScriptSender(sender, browser.runtime.id);
  if (!from) return undefined;
  const parsed = parseRequest(BACKGROUND_PROTOCOL, message);
  if (!parsed) return undefined;
  // A content script speaks only for the platform of its own tab.
  const platform = platformNamed(parsed);
  if (platform !== undefined && platform !== from.platform) return undefined;
  // The name and the request were parsed together, so the handler of that name fits the request.
  const handler = HANDLERS[parsed.name] as (request: unknown, from: From) => unknown;
  const answer = handler(parsed.request, from);
  // A message without an answer (the badge) closes at once; the others answer when ready.
  return answer === undefined ? undefined : Promise.resolve(answer);
}
