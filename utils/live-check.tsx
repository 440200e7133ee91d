/**
 * Live checking on a platform's pages: reads the fields through the platform adapter, runs the
 * engine on every change (within one animation frame), and renders the panel. Does nothing at all
 * on pages that are neither an edit page nor a profile page.
 */
import { render } from "preact";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createShadowRootUi, type ShadowRootContentScriptUi } from "wxt/utils/content-script-ui/shadow-root";
import { Panel } from "@/components/Panel";
import { FIELD_MARK_CSS, PANEL_CSS } from "@/components/panel-styles";
import { applyTextFix } from "@/rules/apply-fix";
import { type CheckResult, checkCase } from "@/rules/engine";
import type { AccountType, FieldName, Finding, Language, Profile } from "@/rules/schema";
import type { Localized } from "@/rules/types";
import { AvatarAnswers, toAvatarAnalysis } from "./avatar-request";
import type { BadgeMessage } from "./messages";
import type { PageKind, PageSnapshot, PlatformAdapter } from "./platforms/types";
import {
  accountChoicesItem,
  accountKey,
  languageItem,
  readAccountChoices,
  readLanguage,
  rememberAccountType,
} from "./storage";
import { isWritable, readValue, writeValue } from "./write-field";

const MARK_ATTRIBUTE = "data-profielcheck-mark";
const MARK_STYLE_ID = "profielcheck-field-marks";

/** The profile and the reasons for unknown fields, as the engine wants them. */
export function snapshotToProfile(snapshot: PageSnapshot): {
  profile: Profile;
  notCheckedReasons: Partial<Record<FieldName, Localized>>;
} {
  const profile: Profile = {};
  const notCheckedReasons: Partial<Record<FieldName, Localized>> = {};
  const fields = ["displayName", "handle", "bio", "links", "avatar", "verified"] as const;
  for (const field of fields) {
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
  let choices: Record<string, AccountType> = {};
  const markedElements = new Set<HTMLElement>();
  /** What the last check saw, so a fix is applied to exactly the value it was computed for. */
  let lastSnapshot: PageSnapshot | null = null;
  let lastProfile: Profile = {};
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

  function markFields(snapshot: PageSnapshot, result: CheckResult): void {
    clearMarks();
    for (const finding of result.findings) {
      if (finding.severity === "info") continue;
      const read = snapshot[finding.field];
      if (!read.found || !read.element || snapshot.kind !== "edit") continue;
      if (read.element.getAttribute(MARK_ATTRIBUTE) === "error") continue;
      read.element.setAttribute(MARK_ATTRIBUTE, finding.severity);
      markedElements.add(read.element);
    }
  }

  function reportBadge(result: CheckResult | null): void {
    const errors = result?.findings.filter((finding) => finding.severity === "error").length ?? 0;
    const warnings = result?.findings.filter((finding) => finding.severity === "warning").length ?? 0;
    const key = `${errors}/${warnings}`;
    if (key === lastBadge) return;
    lastBadge = key;
    const message: BadgeMessage = { type: "profielcheck:badge", errors, warnings };
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the next check reports again.
      lastBadge = "";
    });
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
    const handle = snapshot.handle.found ? snapshot.handle.value : null;
    const accountType = choices[accountKey(adapter.platform, handle)] ?? null;
    const { profile, notCheckedReasons } = snapshotToProfile(snapshot);
    const avatarAnswer =
      accountType && snapshot.avatar.found
        ? avatarAnswers.answerFor(snapshot.avatar.value, snapshot.avatar.element)
        : undefined;
    const renderKey = JSON.stringify([profile, notCheckedReasons, accountType, lang, undoEntry !== null, avatarAnswer]);
    if (renderKey === lastRenderKey) return;
    lastRenderKey = renderKey;
    lastSnapshot = snapshot;
    lastProfile = profile;
    const result = accountType
      ? checkCase(
          { account: { platform: adapter.platform, type: accountType }, profile },
          { lang, notCheckedReasons, ...(avatarAnswer ? { avatar: toAvatarAnalysis(avatarAnswer, lang) } : {}) },
        )
      : null;
    if (result) markFields(snapshot, result);
    else clearMarks();
    reportBadge(result);
    render(
      <Panel
        platform={adapter.platform}
        handle={handle}
        accountType={accountType}
        result={result}
        bio={profile.bio ?? null}
        lang={lang}
        onChooseAccountType={(type) => {
          choices = { ...choices, [accountKey(adapter.platform, handle)]: type };
          scheduleCheck();
          void rememberAccountType(adapter.platform, handle, type);
        }}
        avatar={snapshot.avatar.found ? { url: snapshot.avatar.value, answer: avatarAnswer } : undefined}
        onApplyFix={applyFix}
        canApplyFix={(finding) => fixTarget(finding) !== null}
        onUndo={undoEntry ? undoFix : undefined}
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
    if (!document.getElementById(MARK_STYLE_ID)) {
      const style = document.createElement("style");
      style.id = MARK_STYLE_ID;
      style.textContent = FIELD_MARK_CSS;
      document.head.append(style);
    }
    if (!observer) {
      observer = new MutationObserver(scheduleCheck);
      observer.observe(document.body, { childList: true, subtree: true });
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
    observer?.disconnect();
    observer = null;
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
  // Settings changed in another tab or the options page apply at once.
  const unwatchChoices = accountChoicesItem.watch(async () => {
    choices = await readAccountChoices();
    lastRenderKey = "";
    scheduleCheck();
  });
  const unwatchLanguage = languageItem.watch(async () => {
    lang = await readLanguage();
    lastRenderKey = "";
    scheduleCheck();
  });
  ctx.onInvalidated(() => {
    unwatchChoices();
    unwatchLanguage();
  });

  void Promise.all([readAccountChoices(), readLanguage()]).then(([storedChoices, storedLanguage]) => {
    choices = storedChoices;
    lang = storedLanguage;
    void activate(new URL(location.href));
  });
}
