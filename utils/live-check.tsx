/**
 * Live checking on a platform's pages: reads the fields through the platform adapter, runs the
 * engine on every change (at once after typing, once per animation frame for other page changes),
 * and renders the panel. Does nothing at all
 * on pages that are neither an edit page nor a profile page.
 */
import { render } from "preact";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createShadowRootUi, type ShadowRootContentScriptUi } from "wxt/utils/content-script-ui/shadow-root";
import { findingTitle } from "@/components/panel/FindingCard";
import type { AppliedFix } from "@/components/panel/FixedRow";
import { panelTranslator } from "@/components/panel/messages";
import { Panel } from "@/components/panel/Panel";
import { PANEL_CSS } from "@/components/panel/styles";
import { type BioProposal, buildBios } from "@/rules/bio-builder";
import type { Waiver } from "@/rules/config/schema";
import { type CheckOptions, type CheckResult, checkCase } from "@/rules/engine";
import { countOpenCauses, groupFindings } from "@/rules/group-findings";
import type { AccountType, FieldName, Finding, Language, Profile } from "@/rules/schema";
import type { Localized } from "@/rules/types";
import { FIELDS } from "@/rules/vocabulary";
import { matchWaivers, waiverValue } from "@/rules/waivers";
import { AvatarAnswers, toAvatarAnalysis } from "./avatar-request";
import { recordChecklistEvidence } from "./checklist-evidence-client";
import { ConfigClient, type ResolvedAccount } from "./config-client";
import { ImpostorNoteView } from "./impostor-note";
import { deferred } from "./live/deferred";
import { FieldMarks } from "./live/field-marks";
import { FieldWatch } from "./live/field-watch";
import { FixAndUndo } from "./live/fix-undo";
import { GoToField } from "./live/go-to-field";
import { accountName, accountTypesForPage, pageTheme } from "./live/page-look";
import { popupResponder } from "./live/popup-responder";
import { acknowledgementKey, type PanelLayout, PanelMemory } from "./panel-storage";
import { pageSketch } from "./platforms/page-sketch";
import { openShadowRoots, pageMaxLength } from "./platforms/read";
import type { PageKind, PageSnapshot, PlatformAdapter } from "./platforms/types";
import { sendToBackground } from "./protocol-client";
import { tabStateFromCheck } from "./tab-state";

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

/** Longer than any profile field a platform accepts (LinkedIn's About: 2,600): a pasted document. */
const LONG_FIELD = 5_000;
/** How long typing must pause before such a field is checked. */
const TYPING_PAUSE_MS = 400;

/** The length of the text in the element a person typed in, without reading layout. */
function typedLength(target: EventTarget | null): number {
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return target.value.length;
  return target instanceof HTMLElement && target.isContentEditable ? (target.textContent?.length ?? 0) : 0;
}

/** The elements the snapshot's fields were read from. */
function fieldElements(snapshot: PageSnapshot): HTMLElement[] {
  const elements: HTMLElement[] = [];
  for (const field of FIELDS) {
    const read = snapshot[field];
    if (read.found && read.element) elements.push(read.element);
  }
  return elements;
}

export function startLiveCheck(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  let kind: PageKind | null = null;
  let ui: ShadowRootContentScriptUi<void> | null = null;
  const fieldWatch = new FieldWatch(scheduleCheck, (node) => ui?.shadowHost.contains(node) === true);
  let frame = 0;
  /** Whether the field typed in last is so long that it is checked when typing pauses, and that check. */
  let checkedAfterPause = false;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  let lastRenderKey = "";
  let lastBadge = "";
  let lang: Language = "nl";
  const configClient = new ConfigClient(() => {
    lang = configClient.language();
    recheck();
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
    return sendToBackground("profielcheck:render-report", {
      lang,
      reportCase: {
        account: resolved.account,
        profile,
        result,
        waivers: configClient.waivers(adapter.platform, handle),
      },
    });
  }
  const marks = new FieldMarks(document);
  const fixes = new FixAndUndo();
  const goToField = new GoToField();
  /** The accounts that are no minister's, the panel's place per site, the advice checked and found right. */
  const memory = new PanelMemory();
  let memoryLoaded: Promise<void> | null = null;
  const darkScheme = matchMedia("(prefers-color-scheme: dark)");
  let theme: "light" | "dark" = "light";
  /** The snapshot of the last check, for "Ga naar veld". */
  let lastSnapshot: PageSnapshot | null = null;
  /** The page kind the adapter read last (Facebook's bio editor opens on the profile URL). */
  let lastSnapshotKind: PageKind | null = null;
  let lastOptions: CheckOptions | null = null;
  const impostorNote = new ImpostorNoteView(ctx);
  const avatarAnswers = new AvatarAnswers(recheck);

  /** The options of the last check (configuration and the page's maxlength), for the bio builder. */
  let lastCheckOptions: CheckOptions = {};
  /** The waivers the last check matched, per finding. */
  let waived = new Map<Finding, Waiver | undefined>();

  /** The fields the last check found nothing for where they should be: the page sketch names them. */
  let unmatchedFields: FieldName[] = [];
  const copyPageSketch = () =>
    navigator.clipboard.writeText(pageSketch(document, currentUrl, adapter.platform, unmatchedFields));
  // The panel's callbacks are created once and read the last check, so the panel's parts see the
  // same functions on every render and re-render only what changed.
  const panelCallbacks = {
    onChooseAccountType: (type: AccountType) => {
      if (lastCheck.handle) memory.setNotMinister(adapter.platform, lastCheck.handle, false);
      configClient.choose(adapter.platform, lastCheck.handle, type);
    },
    onApplyFix: (finding: Finding) => {
      if (fixes.apply(finding)) recheck();
    },
    canApplyFix: (finding: Finding) => fixes.target(finding) !== null,
    waiverFor: (finding: Finding) => waived.get(finding),
    onChooseNotMinister: () => {
      if (lastCheck.handle) memory.setNotMinister(adapter.platform, lastCheck.handle, true);
      recheck();
    },
    onLayoutChange: (layout: PanelLayout) => memory.setLayout(adapter.platform, layout),
    onUndo: (id?: number) => {
      fixes.undo(id);
      recheck();
    },
    canGoToField: (finding: Finding) => {
      const read = lastSnapshot?.[finding.field];
      return read?.found === true && read.element !== null && read.element !== undefined;
    },
    onGoToField: (finding: Finding) => {
      const read = lastSnapshot?.[finding.field];
      if (read?.found && read.element) goToField.go(read.element, finding);
    },
    isAcknowledged: (finding: Finding) => {
      const key = acknowledgement(finding);
      return key !== null && memory.isAcknowledged(key);
    },
    onAcknowledge: (finding: Finding) => {
      const key = acknowledgement(finding);
      if (key) memory.acknowledge(key);
      recheck();
    },
    onCopyReport: async () => {
      const report = await reviewReport();
      if (!report) return false;
      return navigator.clipboard.writeText(report).then(
        () => true,
        () => false,
      );
    },
  };
  /** "Stel een bio samen", for the account and the bio of the last check (it needs a known account). */
  const bioBuilder = {
    propose: (): BioProposal[] => {
      const { resolved, profile } = lastCheck;
      if (!resolved) return [];
      return buildBios({ account: resolved.account, bio: profile.bio ?? "", options: lastCheckOptions });
    },
    onUse: (proposal: BioProposal) => {
      // A proposal goes in as a fix of the whole bio: only into the value it was built on, and undoable.
      const bio = lastCheck.profile.bio ?? "";
      const replaceBio: Finding = {
        rule: "bio/builder",
        severity: "info",
        field: "bio",
        message: proposal.bio,
        fix: { type: "replace", start: 0, end: bio.length, text: proposal.bio },
      };
      if (fixes.apply(replaceBio)) recheck();
    },
  };
  function waive(finding: Finding, reason: string): void {
    const { handle, profile } = lastCheck;
    const value = waiverValue(finding, profile);
    if (handle && value !== undefined) {
      configClient.recordWaiver({ platform: adapter.platform, handle, rule: finding.rule, value, reason });
    }
  }

  /** Waived, or checked and found right: counted nowhere. */
  function isSettled(finding: Finding): boolean {
    if (waived.get(finding)) return true;
    const key = acknowledgement(finding);
    return key !== null && memory.isAcknowledged(key);
  }

  /** Advice checked and found right is remembered for the value it was given on. */
  function acknowledgement(finding: Finding): string | null {
    const { handle, profile } = lastCheck;
    const value = waiverValue(finding, profile);
    return handle && value !== undefined ? acknowledgementKey(adapter.platform, handle, finding.rule, value) : null;
  }

  /** The fixes applied on this page, with the instruction each followed, for the panel. */
  function appliedFixes(): AppliedFix[] {
    const t = panelTranslator(lang);
    return fixes.fixes().map(({ fix, canUndo }) => ({
      id: fix.id,
      field: fix.field,
      title: fix.rule === "bio/builder" ? t("composeBio") : findingTitle(t, lang, fix.rule),
      written: fix.text,
      canUndo,
    }));
  }

  /**
   * The toolbar badge, sent when the page is idle (at most a second later): sending costs about
   * 2 ms of the page's thread, which must go to the panel first. Checks in between are coalesced.
   */
  const badge = deferred(() => {
    if (!ctx.isValid) return;
    // Causes, not findings, as the panel and the popup count them (rules/group-findings.ts).
    const { error: errors, warning: warnings } = countOpenCauses(
      groupFindings(lastCheck.result?.findings ?? []),
      (finding) => !isSettled(finding),
    );
    const key = `${errors}/${warnings}`;
    if (key === lastBadge) return;
    lastBadge = key;
    sendToBackground("profielcheck:badge", { errors, warnings }).catch(() => {
      // The background may be restarting; the next check reports again.
      lastBadge = "";
    });
  });

  function runCheck({ typed }: { typed: boolean }): void {
    if (!kind || !ui) return;
    let snapshot: PageSnapshot;
    try {
      snapshot = adapter.read(document, kind, currentUrl, {
        selectorOverrides: configClient.selectorOverrides(adapter.platform),
      });
    } catch (error) {
      // A page we do not understand must never break the extension or the page.
      console.warn("[Profielcheck] page could not be read", error);
      return;
    }
    // A field not found may be in a shadow root that renders later: watch those too (the walk
    // costs a pass over the page, so only while something is missing, and not on a keystroke).
    if (!typed && FIELDS.some((field) => !snapshot[field].found)) {
      fieldWatch.watchShadowRoots(openShadowRoots(document));
    }
    unmatchedFields = FIELDS.filter((field) => {
      const read = snapshot[field];
      return !read.found && read.unmatched === true;
    });
    // The page's colour scheme, read on page changes only: no style lookup on a keystroke.
    if (!typed) theme = pageTheme(document, darkScheme.matches);
    const handle = snapshot.handle.found ? snapshot.handle.value : null;
    const configured = configClient.resolve(adapter.platform, handle);
    // "Geen account van een bewindspersoon": nothing is checked, unless the configuration has the account.
    const notMinister = !configured?.configured && memory.isNotMinister(adapter.platform, handle);
    const resolved = notMinister ? null : configured;
    const { profile, notCheckedReasons } = snapshotToProfile(snapshot);
    const avatarAnswer =
      resolved && snapshot.avatar.found
        ? avatarAnswers.answerFor(snapshot.avatar.value, snapshot.avatar.element)
        : undefined;
    const options = configClient.checkOptions(lang);
    const waivers = configClient.waivers(adapter.platform, handle);
    const maxLength = { bio: pageMaxLength(snapshot.bio), displayName: pageMaxLength(snapshot.displayName) };
    const applied = appliedFixes();
    const renderKey = JSON.stringify([
      profile,
      notCheckedReasons,
      maxLength,
      resolved,
      notMinister,
      theme,
      lang,
      applied,
      checkedAfterPause,
      avatarAnswer,
      waivers,
      revealSignal,
      unmatchedFields,
    ]);
    if (renderKey === lastRenderKey && options === lastOptions) return;
    lastRenderKey = renderKey;
    lastOptions = options;
    lastSnapshotKind = snapshot.kind;
    lastSnapshot = snapshot;
    fixes.checked(snapshot, profile);
    lastCheckOptions = { ...options, maxLength };
    const result = resolved
      ? checkCase(
          { account: resolved.account, profile },
          {
            ...lastCheckOptions,
            notCheckedReasons,
            ...(avatarAnswer ? { avatar: toAvatarAnalysis(avatarAnswer, lang) } : {}),
          },
        )
      : null;
    waived = new Map(
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
    // The panel first; the marks on the fields next; the badge when the page is idle.
    render(
      <Panel
        platform={adapter.platform}
        handle={handle}
        accountName={accountName(handle, profile.displayName ?? null)}
        accountType={resolved?.account.type ?? null}
        accountTypes={accountTypesForPage(adapter.platform, currentUrl)}
        notMinister={notMinister}
        result={result}
        bio={profile.bio ?? null}
        profile={profile}
        lang={lang}
        theme={theme}
        // Calm: the panel opens by itself on an edit page and for a configured account only.
        autoOpen={!notMinister && (snapshot.kind === "edit" || resolved?.configured === true)}
        layout={memory.layout(adapter.platform)}
        revealSignal={revealSignal}
        checkedAfterPause={checkedAfterPause}
        bioBuilder={resolved && snapshot.kind === "edit" && snapshot.bio.found ? bioBuilder : undefined}
        avatar={snapshot.avatar.found ? { url: snapshot.avatar.value, answer: avatarAnswer } : undefined}
        fixes={applied}
        onWaive={handle ? waive : undefined}
        onCopyPageSketch={unmatchedFields.length > 0 ? copyPageSketch : undefined}
        {...panelCallbacks}
      />,
      ui.uiContainer,
    );
    if (result) marks.mark(snapshot, result, (finding) => waived.get(finding) !== undefined, theme);
    else marks.clear();
    badge.schedule();
    // A profile header may still be rendering: narrow only once it shows the account, name and bio.
    const complete =
      snapshot.kind === "edit" || (snapshot.handle.found && snapshot.displayName.found && snapshot.bio.found);
    if (complete) fieldWatch.narrow(fieldElements(snapshot));
    else fieldWatch.widen();
  }

  /** Checks again even if the page did not change (the configuration, a fix, an avatar answer did). */
  function recheck(): void {
    lastRenderKey = "";
    scheduleCheck();
  }

  /** Page changes (the SPA rendering, a dialog opening) are coalesced into one check per frame. */
  function scheduleCheck(): void {
    // While a long field waits for the typing to pause, that check will read the page anyway.
    if (!kind || frame !== 0 || pauseTimer !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      runCheck({ typed: false });
    });
  }

  /**
   * Typing is answered at once, after the event's task: no waiting for the next frame. A field far
   * longer than any platform allows (a pasted document) would make every keystroke wait for the
   * engine, so such a field is checked when the typing pauses, and the panel says so.
   */
  let inputCheckQueued = false;
  function checkAfterInput(event: Event): void {
    if (!kind) return;
    clearTimeout(pauseTimer);
    pauseTimer = undefined;
    checkedAfterPause = typedLength(event.target) > LONG_FIELD;
    if (checkedAfterPause) {
      pauseTimer = setTimeout(() => {
        pauseTimer = undefined;
        runCheck({ typed: true });
      }, TYPING_PAUSE_MS);
      return;
    }
    if (inputCheckQueued) return;
    inputCheckQueued = true;
    queueMicrotask(() => {
      inputCheckQueued = false;
      runCheck({ typed: true });
    });
  }

  let configRequested = false;
  /** The page's URL; during a navigation the event's new URL is ahead of `location`. */
  let currentUrl = new URL(location.href);

  async function activate(url: URL): Promise<void> {
    const navigated = url.href !== currentUrl.href;
    currentUrl = url;
    // After a navigation the fields may be anywhere on the new page.
    if (navigated) fieldWatch.widen();
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
    // The configuration is asked for only once a page is one the extension works on, while the
    // panel is being created (the background answers at once, without waiting for the policy).
    const configLoaded = configRequested ? undefined : configClient.load();
    configRequested = true;
    memoryLoaded ??= memory.load();
    marks.install();
    fieldWatch.start(document.body);
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
      await Promise.all([configLoaded, memoryLoaded]);
      if (!kind || !ctx.isValid) return;
      created.mount();
      ui = created;
    }
    await Promise.all([configLoaded, memoryLoaded]);
    scheduleCheck();
  }

  function deactivate(): void {
    impostorNote.remove();
    fieldWatch.stop();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    clearTimeout(pauseTimer);
    pauseTimer = undefined;
    ui?.remove();
    ui = null;
    marks.uninstall();
    goToField.clear();
    lastCheck = { resolved: null, result: null, handle: null, profile: {} };
    badge.schedule();
  }

  ctx.addEventListener(document, "input", checkAfterInput, { capture: true });
  ctx.addEventListener(darkScheme, "change", () => recheck());
  ctx.addEventListener(window, "wxt:locationchange", (event) => {
    // A page script can dispatch an event of the same name, without a URL our world can see.
    if (event.newUrl instanceof URL) void activate(event.newUrl);
  });
  ctx.onInvalidated(deactivate);
  // Settings changed in another tab, the options page or by policy apply at once.
  const unwatchConfig = configClient.watch();
  ctx.onInvalidated(unwatchConfig);

  // The popup asks the active tab what it found, or to show the panel.
  const answerPopup = popupResponder({
    state: () => {
      if (!kind) return null;
      const { resolved, result, handle } = lastCheck;
      return tabStateFromCheck({
        platform: adapter.platform,
        handle,
        pageKind: lastSnapshotKind ?? kind,
        account: resolved
          ? { type: resolved.account.type, minister: resolved.account.minister, ministry: resolved.account.ministry }
          : null,
        configured: resolved?.configured ?? false,
        result,
        profile: lastCheck.profile,
        notMinister: !resolved && memory.isNotMinister(adapter.platform, handle),
        isAcknowledged: (finding) => {
          const key = acknowledgement(finding);
          return key !== null && memory.isAcknowledged(key);
        },
        lang,
      });
    },
    report: reviewReport,
    showPanel: () => {
      revealSignal += 1;
      recheck();
    },
  });
  browser.runtime.onMessage.addListener(answerPopup);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPopup));

  void activate(new URL(location.href));
}
