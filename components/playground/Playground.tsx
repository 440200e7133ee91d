/**
 * The playground: scenarios, a mock edit form, the real panel with the engine running on every
 * keystroke, the selected finding explained, one-click fixes with undo, waivers, a presentation
 * mode for training sessions and the review report. Works offline: nothing is fetched.
 */
import type { ComponentChildren } from "preact";
import { createPortal } from "preact/compat";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { Panel } from "@/components/panel/Panel";
import { PANEL_CSS } from "@/components/panel/styles";
import { version } from "@/package.json";
import { applyFix, StaleFixError } from "@/rules/apply-fix";
import { buildBios } from "@/rules/bio-builder";
import { GUIDELINE_VERSION } from "@/rules/catalog-text";
import { checkCase } from "@/rules/engine";
import { type ReviewReportInput, renderReviewReport } from "@/rules/report";
import { renderReviewReportHtml } from "@/rules/report/html";
import type { Account, Finding, Language, Profile } from "@/rules/schema";
import type { AvatarAnalysis } from "@/rules/types";
import { applyWaivers, type Waiver, waiversForAccount, waiverValue } from "@/rules/waivers";
import { analyseImage, dataUrlToBlob } from "./avatar";
import { Explanation } from "./Explanation";
import { MarkedText } from "./MarkedText";
import { MessagePlayground } from "./MessagePlayground";
import { MESSAGE_SCENARIOS } from "./message-scenarios";
import { type PlaygroundTranslate, playgroundTranslator } from "./messages";
import { type AvatarChoice, ProfileForm } from "./ProfileForm";
import { ScenarioList } from "./ScenarioList";
import { SAMPLES } from "./samples";
import { SCENARIOS, type Scenario, scenarioAvatar } from "./scenarios";

interface AvatarState {
  analysis: AvatarAnalysis | undefined;
  preview: string | null;
  /** Where the analysis comes from: the scenario's stated outcome or the detector. */
  from: "scenario" | "detector";
}

interface Editing {
  scenarioId: string | null;
  account: Account;
  profile: Profile;
  avatar: AvatarState;
}

function fromScenario(scenario: Scenario): Editing {
  const sample = scenario.case.profile.avatar;
  return {
    scenarioId: scenario.id,
    account: scenario.case.account,
    profile: scenario.case.profile,
    avatar: { analysis: scenarioAvatar(scenario), preview: sample ? SAMPLES[sample] : null, from: "scenario" },
  };
}

/** Empty link inputs are still being typed: they are not links yet. */
function checkedProfile(profile: Profile): Profile {
  return profile.links ? { ...profile, links: profile.links.filter((link) => link.trim() !== "") } : profile;
}

function avatarStatus(avatar: AvatarState, profile: Profile, t: PlaygroundTranslate): string | null {
  if (!profile.avatar) return null;
  const { analysis } = avatar;
  if (!analysis) return t("avatarAnalysing");
  if (analysis.status === "unreadable") return analysis.reason;
  const { outcome, confidence } = analysis.detection;
  const key = outcome === "present" ? "avatarFound" : outcome === "absent" ? "avatarAbsent" : "avatarUncertain";
  const text = t(key, { confidence: confidence.toFixed(2) });
  return avatar.from === "scenario" ? `${text} — ${t("avatarFromScenario")}` : text;
}

/** The panel in its own shadow root, as on the platforms, so page and panel styles stay apart. */
function ShadowPanel({ children }: { children: ComponentChildren }) {
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  useLayoutEffect(() => {
    if (host.current) setRoot(host.current.shadowRoot ?? host.current.attachShadow({ mode: "open" }));
  }, []);
  return (
    <div ref={host} class="panel-host">
      {root &&
        createPortal(
          <>
            <style>{PANEL_CSS}</style>
            {children}
          </>,
          root as unknown as Element,
        )}
    </div>
  );
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export interface PlaygroundProps {
  initialLang: Language;
  initialPresenting: boolean;
  initialScenario?: string | null;
}

export function Playground(props: PlaygroundProps) {
  const first = SCENARIOS.find((scenario) => scenario.id === props.initialScenario) ?? (SCENARIOS[0] as Scenario);
  const [mode, setMode] = useState<"profiles" | "messages">(() =>
    MESSAGE_SCENARIOS.some((scenario) => scenario.id === props.initialScenario) ? "messages" : "profiles",
  );
  const [lang, setLang] = useState<Language>(props.initialLang);
  const [presenting, setPresenting] = useState(props.initialPresenting);
  const [editing, setEditing] = useState<Editing>(() => fromScenario(first));
  const [history, setHistory] = useState<Profile[]>([]);
  const [waivers, setWaivers] = useState<Waiver[]>([]);
  const [selected, setSelected] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [showReport, setShowReport] = useState(false);
  const [copyStatus, setCopyStatus] = useState<string | null>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  // Only the latest avatar analysis may land: an older, slower one must not overwrite it.
  const avatarRequest = useRef(0);
  const t = playgroundTranslator(lang);

  const { account, avatar } = editing;
  const profile = useMemo(() => checkedProfile(editing.profile), [editing.profile]);
  const result = useMemo(
    () => checkCase({ account, profile }, { lang, avatar: avatar.analysis }),
    [account, profile, lang, avatar.analysis],
  );
  const entries = useMemo(
    () => applyWaivers(result.findings, waivers, profile, account.platform),
    [result, waivers, profile, account.platform],
  );
  const current = Math.min(selected, Math.max(0, entries.length - 1));
  const scenario = SCENARIOS.find((each) => each.id === editing.scenarioId);

  useEffect(() => {
    document.documentElement.classList.toggle("present", presenting);
    document.documentElement.lang = lang;
    document.title = t("pageTitle");
  }, [presenting, lang, t]);

  const edit = (change: Partial<Editing>) => {
    setEditing((before) => ({ ...before, ...change }));
    setNotice(null);
  };

  const loadScenario = (next: Scenario) => {
    avatarRequest.current++;
    setEditing(fromScenario(next));
    setHistory([]);
    setSelected(0);
    setNotice(null);
  };

  const analyse = (image: Blob, avatarName: string, preview: string) => {
    const request = ++avatarRequest.current;
    edit({
      profile: { ...editing.profile, avatar: avatarName },
      avatar: { analysis: undefined, preview, from: "detector" },
    });
    void analyseImage(image, t("avatarUnreadable")).then((analysis) => {
      if (request !== avatarRequest.current) return;
      setEditing((before) => ({ ...before, avatar: { ...before.avatar, analysis } }));
    });
  };

  const chooseAvatar = (choice: AvatarChoice) => {
    avatarRequest.current++;
    if (choice.kind === "unknown") {
      edit({
        profile: { ...editing.profile, avatar: null },
        avatar: { analysis: undefined, preview: null, from: "detector" },
      });
    } else if (choice.kind === "none") {
      // No picture at all: known, and certainly without the logo.
      const analysis: AvatarAnalysis = { status: "analysed", detection: { outcome: "absent", confidence: 1 } };
      edit({ profile: { ...editing.profile, avatar: "" }, avatar: { analysis, preview: null, from: "detector" } });
    } else {
      const url = SAMPLES[choice.name];
      analyse(dataUrlToBlob(url), choice.name, url);
    }
  };

  const chooseFile = (file: File) => {
    if (avatar.preview?.startsWith("blob:")) URL.revokeObjectURL(avatar.preview);
    analyse(file, file.name, URL.createObjectURL(file));
  };

  const applySelectedFix = () => {
    const finding = entries[current]?.finding;
    if (finding) applyFixOf(finding);
  };

  function applyFixOf(finding: Finding): void {
    if (!finding.fix) return;
    try {
      const fixed = applyFix(profile, finding.field, finding.fix);
      setHistory((before) => [...before, editing.profile]);
      edit({ profile: fixed });
    } catch (error) {
      if (!(error instanceof StaleFixError)) throw error;
      setNotice(t("fixStale"));
    }
  }

  const undo = () => {
    const previous = history.at(-1);
    if (!previous) return;
    setHistory(history.slice(0, -1));
    edit({ profile: previous });
  };

  const selectedEntry = entries[current];
  const selectedValue = selectedEntry ? waiverValue(selectedEntry.finding, profile) : undefined;
  const waive = (reason: string) => {
    if (!selectedEntry || selectedValue === undefined || !profile.handle) return;
    const waiver: Waiver = {
      platform: account.platform,
      handle: profile.handle,
      rule: selectedEntry.finding.rule,
      value: selectedValue,
      reason,
    };
    setWaivers((before) => [...before, waiver]);
  };
  const removeWaiver = () => {
    const waiver = selectedEntry?.waiver;
    if (waiver) setWaivers((before) => before.filter((each) => each !== waiver));
  };

  const reportInput = useMemo(
    (): ReviewReportInput | null =>
      showReport
        ? {
            cases: [
              {
                ...(editing.scenarioId ? { id: editing.scenarioId } : {}),
                account,
                profile,
                result,
                waivers: waiversForAccount(waivers, account.platform, profile),
                ...(avatar.analysis ? { avatar: avatar.analysis } : {}),
              },
            ],
            lang,
            generatedAt: new Date(),
            rulePackVersion: version,
            guidelineVersion: GUIDELINE_VERSION,
          }
        : null,
    [showReport, editing.scenarioId, account, profile, result, waivers, avatar.analysis, lang],
  );
  const report = useMemo(() => (reportInput ? renderReviewReport(reportInput) : ""), [reportInput]);

  /** The printable report in a new tab, from a local blob: nothing is fetched or sent. */
  const openPrintableReport = () => {
    if (!reportInput) return;
    const blob = new Blob([renderReviewReportHtml(reportInput)], { type: "text/html" });
    window.open(URL.createObjectURL(blob), "_blank", "noopener");
  };

  // Keyboard shortcuts for training sessions; typing in a field is never intercepted.
  const shortcuts = useRef<(event: KeyboardEvent) => void>(() => {});
  shortcuts.current = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (mode === "messages" && event.key !== "p" && event.key !== "?") return;
    const actions: Record<string, () => void> = {
      j: () => setSelected(Math.min(current + 1, entries.length - 1)),
      ArrowRight: () => setSelected(Math.min(current + 1, entries.length - 1)),
      k: () => setSelected(Math.max(current - 1, 0)),
      ArrowLeft: () => setSelected(Math.max(current - 1, 0)),
      h: applySelectedFix,
      u: undo,
      p: () => setPresenting(!presenting),
      "?": () => setShowShortcuts(!showShortcuts),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => shortcuts.current(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  const copyReport = async () => {
    try {
      await navigator.clipboard.writeText(report);
      setCopyStatus(t("copied"));
    } catch {
      setCopyStatus(t("copyFailed"));
    }
  };

  const scenarioList = (
    <ScenarioList
      heading={t("scenarios")}
      headingId="scenarios-title"
      scenarios={SCENARIOS}
      currentId={editing.scenarioId}
      dataAttribute="data-scenario"
      lang={lang}
      t={t}
      onLoad={loadScenario}
    />
  );
  const editorSection = (
    <section class="card editor" aria-labelledby="editor-title">
      <h2 id="editor-title" tabIndex={-1}>
        {t("editor")}
      </h2>
      <ProfileForm
        account={account}
        profile={editing.profile}
        t={t}
        avatarPreview={avatar.preview}
        avatarStatus={avatarStatus(avatar, profile, t)}
        onAccount={(next) => edit({ account: next })}
        onProfile={(next) => edit({ profile: next })}
        onAvatarChoice={chooseAvatar}
        onAvatarFile={chooseFile}
      />
    </section>
  );
  const explanation = (
    <Explanation
      account={account}
      entries={entries}
      selected={current}
      lang={lang}
      t={t}
      canUndo={history.length > 0}
      notice={notice}
      waiverBlocked={!profile.handle || selectedValue === undefined}
      onSelect={setSelected}
      onApplyFix={applySelectedFix}
      onUndo={undo}
      onWaive={waive}
      onRemoveWaiver={removeWaiver}
    />
  );
  const reportSection = showReport && (
    <section class="card report" id="report" aria-labelledby="report-title">
      <h2 id="report-title">{t("reportTitle")}</h2>
      <div class="actions">
        <button type="button" onClick={copyReport}>
          {t("copyReport")}
        </button>
        <button type="button" data-open-report="" onClick={openPrintableReport}>
          {t("openReport")}
        </button>
        <span role="status">{copyStatus}</span>
      </div>
      <pre>{report}</pre>
    </section>
  );

  return (
    <>
      <a class="skip" href={mode === "messages" ? "#composer-title" : presenting ? "#point-title" : "#editor-title"}>
        {t(mode === "messages" ? "composer" : presenting ? "teaches" : "editor")}
      </a>
      <header class="top">
        <div>
          <h1>{t("pageTitle")}</h1>
          <p class="shortcuts" id="shortcuts" hidden={!showShortcuts}>
            {t("shortcuts")}
          </p>
        </div>
        <div class="actions">
          <button
            type="button"
            aria-expanded={showShortcuts}
            aria-controls="shortcuts"
            data-shortcuts=""
            onClick={() => setShowShortcuts(!showShortcuts)}
          >
            <span aria-hidden="true">? </span>
            {t("shortcutsButton")}
          </button>
          <button type="button" aria-pressed={mode === "profiles"} onClick={() => setMode("profiles")}>
            {t("modeProfiles")}
          </button>
          <button type="button" aria-pressed={mode === "messages"} onClick={() => setMode("messages")}>
            {t("modeMessages")}
          </button>
          <button type="button" aria-pressed={presenting} onClick={() => setPresenting(!presenting)}>
            {t("presentation")}
          </button>
          {mode === "profiles" && (
            <button
              type="button"
              aria-expanded={showReport}
              aria-controls="report"
              onClick={() => setShowReport(!showReport)}
            >
              {showReport ? t("hideReport") : t("report")}
            </button>
          )}
          <button type="button" lang={lang === "nl" ? "en" : "nl"} onClick={() => setLang(lang === "nl" ? "en" : "nl")}>
            {t("language")}
          </button>
        </div>
      </header>
      {mode === "messages" ? (
        <main>
          <MessagePlayground lang={lang} t={t} initialScenario={props.initialScenario ?? null} />
        </main>
      ) : presenting ? (
        // One column for the back of the room: the teaching point, the finding, the marked text; the
        // editor waits in a drawer.
        <main class="stage">
          <section class="card point" aria-labelledby="point-title">
            <h2 id="point-title">{t("teaches")}</h2>
            <p>{scenario ? scenario.teaches[lang] : t("ownProfile")}</p>
          </section>
          {explanation}
          <MarkedText finding={entries[current]?.finding} profile={profile} lang={lang} t={t} />
          <details class="card drawer">
            <summary>{t("drawer")}</summary>
            {scenarioList}
            {editorSection}
          </details>
          {reportSection}
        </main>
      ) : (
        <main>
          {scenarioList}
          {editorSection}
          <div class="side">
            {explanation}
            <ShadowPanel>
              <Panel
                platform={account.platform}
                handle={profile.handle ?? null}
                accountType={account.type}
                result={result}
                bio={profile.bio ?? null}
                lang={lang}
                floating={false}
                onChooseAccountType={(type) => edit({ account: { ...account, type } })}
                onApplyFix={(finding) => {
                  const index = entries.findIndex((entry) => entry.finding === finding);
                  if (index >= 0) setSelected(index);
                  applyFixOf(finding);
                }}
                onUndo={history.length > 0 ? undo : undefined}
                waiverFor={(finding) => entries.find((entry) => entry.finding === finding)?.waiver}
                bioBuilder={{
                  propose: () => buildBios({ account, bio: profile.bio ?? "", options: { lang } }),
                  onUse: (proposal) => {
                    setHistory((before) => [...before, editing.profile]);
                    edit({ profile: { ...editing.profile, bio: proposal.bio } });
                  },
                }}
              />
            </ShadowPanel>
          </div>
          {reportSection}
        </main>
      )}
    </>
  );
}
