/**
 * Live checking on a platform's pages: reads the fields through the platform adapter, runs the
 * engine on every change (at once after typing, once per animation frame for other page changes),
 * and renders the panel. Does nothing at all
 * on pages that are neither an edit page nor a profile page.
 */
import { render } from "preact";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createShadowRootUi, type ShadowRootContentScriptUi } from "wxt/utils/content-script-ui/shadow-root";
import { Panel } from "@/components/Panel";
import { FIELD_MARK_CSS, PANEL_CSS } from "@/components/panel-styles";
import { applyTextFix } from "@/rules/apply-fix";
import { type CheckOptions, type CheckResult, checkCase } from "@/rules/engine";
import type { FieldName, Finding, Language, Profile } from "@/rules/schema";
import type { Localized } from "@/rules/types";
import { FIELDS } from "@/rules/vocabulary";
import { matchWaivers, waiverValue } from "@/rules/waivers";
import { AvatarAnswers, toAvatarAnalysis } from "./avatar-request";
import { recordChecklistEvidence } from "./checklist-evidence-client";
import { ConfigClient, type ResolvedAccount } from "./config-client";
import { ImpostorNoteView } from "./impostor-note";
import type { BadgeMessage, RenderReportMessage } from "./messages";
import { openShadowRoots } from "./platforms/read";
import type { PageKind, PageSnapshot, PlatformAdapter } from "./platforms/types";
import type { TabState } from "./tab-state";
import { GET_REPORT_MESSAGE, GET_STATE_MESSAGE, SHOW_PANEL_MESSAGE, tabStateFromCheck } from "./tab-state-build";
import { isWritable, readValue, writeValue } from "./write-field";

const MARK_ATTRIBUTE = "data-profielcheck-mark";
const MARK_STYLE_ID = "profielcheck-field-marks";
/** What the page observer watches; a newly chosen picture often only changes an image's src. */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ["src"] };

/** The profile and the reasons for unknown fields, as the engine wants them. */
export function snapshotToProfile(snapshot: PageSnapshot): {
  profile: Profile;
  notCheckedReasons: Partial<Record<FieldName, Localized>>;
} {
  const profile: Profile = {};
  const notCheckedReasons: Partial<Record<FieldName, Localized>> = {};
  for (const field of FIELDS) {
    const read = snapshot[field];
    if (read.found) (profile as Record<string, unknown>)[field] = read.value;
    else notCheckedReasons[field] = read.reason;
  }
  return { profile, notCheckedReasons };
}

export function startLiveCheck(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  let kind: PageKind | null = null;
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let observer: MutationObserver | null = null;
  let frame = 0;
  let lastRenderKey = "";
  let lastBadge = "";
  let lang: Language = "nl";
  const configClient = new ConfigClient(() => {
    lang = configClient.language();
    lastRenderKey = "";
    scheduleCheck();
  });
  /** Bumped when the popup asks to show the panel: the panel expands and takes focus. */
  let revealSignal = 0;
  /** The last check, for the popup. */
  let lastCheck: {
    resolved: ResolvedAccount | null;
    result: CheckResult | null;
    handle: string | null;
    profile: Profile;
  } = { resolved: null, result: null, handle: null, profile: {} };

  /**
   * The review report of the last check, rendered by the background (which carries the report
   * code, so the content scripts stay small): Markdown for an e-mail or a ticket.
   */
  async function reviewReport(): Promise<string | null> {
    const { resolved, result, handle, profile } = lastCheck;
    if (!resolved || !result) return null;
    const message: RenderReportMessage = {
      type: "profielcheck:render-report",
      lang,
      reportCase: {
        account: resolved.account,
        profile,
        result,
        waivers: configClient.waivers(adapter.platform, handle),
      },
    };
    return (await browser.runtime.sendMessage(message)) as string;
  }
  const markedElements = new Set<HTMLElement>();
  /** What the last check saw, so a fix is applied to exactly the value it was computed for. */
  let lastSnapshot: PageSnapshot | null = null;
  let lastProfile: Profile = {};
  let lastOptions: CheckOptions | null = null;
  const impostorNote = new ImpostorNoteView(ctx);
  const avatarAnswers = new AvatarAnswers(() => {
    lastRenderKey = "";
    scheduleCheck();
  });
  /** The value a field had before the last fix, for one-click undo. */
  let undoEntry: { element: HTMLElement; value: string } | null = null;

  /** The field element a fix would write, when it holds exactly the value that was checked. */
  function fixTarget(finding: Finding): HTMLElement | null {
    const read = lastSnapshot?.[finding.field];
    if (!finding.fix || !read?.found || !read.element || lastSnapshot?.kind !== "edit") return null;
    if (!isWritable(read.element)) return null;
    const checked =
      finding.fix.type === "setLink" ? (lastProfile.links?.[finding.fix.index] ?? "") : lastProfile[finding.field];
    if (finding.fix.type === "setLink" && finding.fix.index !== 0) return null;
    return readValue(read.element) === checked ? read.element : null;
  }

  function applyFix(finding: Finding): void {
    const element = fixTarget(finding);
    if (!element || !finding.fix) return;
    const before = readValue(element);
    const after = finding.fix.type === "setLink" ? finding.fix.value : applyTextFix(before, finding.fix);
    undoEntry = { element, value: before };
    writeValue(element, after);
    lastRenderKey = "";
    scheduleCheck();
  }

  function undoFix(): void {
    if (!undoEntry) return;
    const { element, value } = undoEntry;
    undoEntry = null;
    if (element.isConnected) writeValue(element, value);
    lastRenderKey = "";
    scheduleCheck();
  }

  function clearMarks(): void {
    for (const element of markedElements) element.removeAttribute(MARK_ATTRIBUTE);
    markedElements.clear();
  }

  function markFields(snapshot: PageSnapshot, result: CheckResult, waived: Map<Finding, unknown>): void {
    clearMarks();
    for (const finding of result.findings) {
      if (finding.severity === "info" || waived.get(finding)) continue;
      const read = snapshot[finding.field];
      if (!read.found || !read.element || snapshot.kind !== "edit") continue;
      if (read.element.getAttribute(MARK_ATTRIBUTE) === "error") continue;
      read.element.setAttribute(MARK_ATTRIBUTE, finding.severity);
      markedElements.add(read.element);
    }
  }

  function reportBadge(result: CheckResult | null, waived: Map<Finding, unknown> = new Map()): void {
    const open = result?.findings.filter((finding) => !waived.get(finding)) ?? [];
    const errors = open.filter((finding) => finding.severity === "error").length;
    const warnings = open.filter((finding) => finding.severity === "warning").length;
    const key = `${errors}/${warnings}`;
    if (key === lastBadge) return;
    lastBadge = key;
    const message: BadgeMessage = { type: "profielcheck:badge", errors, warnings };
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the next check reports again.
      lastBadge = "";
    });
  }

  /** Open shadow roots already watched (LinkedIn renders some modals inside #interop-outlet's). */
  let watchedShadowRoots = new WeakSet<ShadowRoot>();
  function watchShadowRoots(): void {
    if (!observer) return;
    for (const root of openShadowRoots(document)) {
      if (watchedShadowRoots.has(root) || root.host.tagName === "PROFIELCHECK-PANEL") continue;
      watchedShadowRoots.add(root);
      observer.observe(root, OBSERVED);
    }
  }

  function runCheck(): void {
    if (!kind || !ui) return;
    let snapshot: PageSnapshot;
    try {
      snapshot = adapter.read(document, kind, currentUrl);
    } catch (error) {
      // A page we do not understand must never break the extension or the page.
      console.warn("[Profielcheck] page could not be read", error);
      return;
    }
    // A field not found may be in a shadow root that renders later: watch those too (the walk
    // costs a pass over the page, so only while something is missing).
    if (FIELDS.some((field) => !snapshot[field].found)) watchShadowRoots();
    const handle = snapshot.handle.found ? snapshot.handle.value : null;
    const resolved = configClient.resolve(adapter.platform, handle);
    const { profile, notCheckedReasons } = snapshotToProfile(snapshot);
    const avatarAnswer =
      resolved && snapshot.avatar.found
        ? avatarAnswers.answerFor(snapshot.avatar.value, snapshot.avatar.element)
        : undefined;
    const options = configClient.checkOptions(lang);
    const waivers = configClient.waivers(adapter.platform, handle);
    const renderKey = JSON.stringify([
      profile,
      notCheckedReasons,
      resolved,
      lang,
      undoEntry !== null,
      avatarAnswer,
      waivers,
      revealSignal,
    ]);
    if (renderKey === lastRenderKey && options === lastOptions) return;
    lastRenderKey = renderKey;
    lastOptions = options;
    lastSnapshot = snapshot;
    lastProfile = profile;
    const result = resolved
      ? checkCase(
          { account: resolved.account, profile },
          { ...options, notCheckedReasons, ...(avatarAnswer ? { avatar: toAvatarAnalysis(avatarAnswer, lang) } : {}) },
        )
      : null;
    const waived = new Map(
      result ? matchWaivers(result.findings, waivers, profile).map(({ finding, waiver }) => [finding, waiver]) : [],
    );
    lastCheck = { resolved, result, handle, profile };
    if (result && resolved?.configured && handle) {
      recordChecklistEvidence({ ...resolved.account, handle }, result, currentUrl.href, options.ruleSettings);
    }
    // A profile that is not one of the organisation's: the background looks for a fake account.
    const assess = kind === "profile" && !resolved?.configured;
    const avatarUrl = snapshot.avatar.found ? snapshot.avatar.value : null;
    const { displayName = null, bio = null } = profile;
    impostorNote.update(
      assess ? { platform: adapter.platform, url: currentUrl.href, handle, displayName, bio, avatarUrl } : null,
      lang,
    );
    if (result) markFields(snapshot, result, waived);
    else clearMarks();
    reportBadge(result, waived);
    render(
      <Panel
        platform={adapter.platform}
        handle={handle}
        accountType={resolved?.account.type ?? null}
        result={result}
        bio={profile.bio ?? null}
        lang={lang}
        revealSignal={revealSignal}
        onChooseAccountType={(type) => configClient.choose(adapter.platform, handle, type)}
        avatar={snapshot.avatar.found ? { url: snapshot.avatar.value, answer: avatarAnswer } : undefined}
        onApplyFix={applyFix}
        canApplyFix={(finding) => fixTarget(finding) !== null}
        onUndo={undoEntry ? undoFix : undefined}
        waiverFor={(finding) => waived.get(finding)}
        onCopyReport={() => {
          void reviewReport().then((report) => {
            if (report) void navigator.clipboard.writeText(report);
          });
        }}
        onWaive={
          handle
            ? (finding, reason) => {
                const value = waiverValue(finding, profile);
                if (value !== undefined) {
                  configClient.recordWaiver({ platform: adapter.platform, handle, rule: finding.rule, value, reason });
                }
              }
            : undefined
        }
      />,
      ui.uiContainer,
    );
  }

  /** Page changes (the SPA rendering, a dialog opening) are coalesced into one check per frame. */
  function scheduleCheck(): void {
    if (!kind || frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      runCheck();
    });
  }

  /** Typing is answered at once, after the event's task: no waiting for the next frame. */
  let inputCheckQueued = false;
  function checkAfterInput(): void {
    if (!kind || inputCheckQueued) return;
    inputCheckQueued = true;
    queueMicrotask(() => {
      inputCheckQueued = false;
      runCheck();
    });
  }

  let configRequested = false;
  /** The page's URL; during a navigation the event's new URL is ahead of `location`. */
  let currentUrl = new URL(location.href);

  async function activate(url: URL): Promise<void> {
    currentUrl = url;
    const nextKind = adapter.pageKind(url);
    if (nextKind === kind) {
      scheduleCheck();
      return;
    }
    kind = nextKind;
    lastRenderKey = "";
    if (!kind) {
      deactivate();
      return;
    }
    // The configuration is asked for only once a page is one the extension works on.
    if (!configRequested) {
      configRequested = true;
      await configClient.load();
      if (!kind) return;
    }
    if (!document.getElementById(MARK_STYLE_ID)) {
      const style = document.createElement("style");
      style.id = MARK_STYLE_ID;
      style.textContent = FIELD_MARK_CSS;
      document.head.append(style);
    }
    if (!observer) {
      observer = new MutationObserver(scheduleCheck);
      observer.observe(document.body, OBSERVED);
    }
    if (!ui) {
      const created = await createShadowRootUi(ctx, {
        name: "profielcheck-panel",
        position: "inline",
        anchor: "body",
        append: "last",
        css: PANEL_CSS,
        isolateEvents: true,
        onMount: () => undefined,
        onRemove: (container) => {
          if (container) render(null, container);
        },
      });
      if (!kind || !ctx.isValid) return;
      created.mount();
      ui = created;
    }
    scheduleCheck();
  }

  function deactivate(): void {
    impostorNote.remove();
    observer?.disconnect();
    observer = null;
    watchedShadowRoots = new WeakSet();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    ui?.remove();
    ui = null;
    clearMarks();
    document.getElementById(MARK_STYLE_ID)?.remove();
    reportBadge(null);
  }

  ctx.addEventListener(document, "input", checkAfterInput, { capture: true });
  ctx.addEventListener(window, "wxt:locationchange", (event) => void activate(event.newUrl));
  ctx.onInvalidated(deactivate);
  // Settings changed in another tab, the options page or by policy apply at once.
  const unwatchConfig = configClient.watch();
  ctx.onInvalidated(unwatchConfig);

  // The popup asks the active tab what it found, or to show the panel.
  const answerPopup = (message: unknown): Promise<TabState | string | null> | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === SHOW_PANEL_MESSAGE) {
      revealSignal += 1;
      lastRenderKey = "";
      scheduleCheck();
      return undefined;
    }
    if (type === GET_REPORT_MESSAGE) return reviewReport();
    if (type !== GET_STATE_MESSAGE || !kind) return undefined;
    const { resolved, result, handle } = lastCheck;
    return Promise.resolve(
      tabStateFromCheck({
        platform: adapter.platform,
        handle,
        pageKind: kind,
        account: resolved
          ? { type: resolved.account.type, minister: resolved.account.minister, ministry: resolved.account.ministry }
          : null,
        configured: resolved?.configured ?? false,
        result,
        lang,
      }),
    );
  };
  browser.runtime.onMessage.addListener(answerPopup);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPopup));

  void activate(new URL(location.href));
}
