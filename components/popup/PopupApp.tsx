/**
 * The toolbar popup: asks the active tab's content script for the state of its check and shows
 * it, with links to the panel, the settings and the playground. Where no content script answers
 * (any page that is not a profile or edit page on the four platforms) it says what the extension
 * does and where it works.
 */
import { useEffect, useState } from "preact/hooks";
import { ACCOUNT_TYPE_LABEL } from "@/components/labels";
import type { Waiver } from "@/rules/config/schema";
import type { AccountType, Language } from "@/rules/vocabulary";
import { loadEffectiveConfig, rememberAccount, watchEffectiveConfig } from "@/utils/config-storage";
import { translator } from "@/utils/i18n";
import { sendToTab, type TabState } from "@/utils/protocol";
import { GET_REPORT_MESSAGE, GET_STATE_MESSAGE, SHOW_PANEL_MESSAGE } from "@/utils/protocol-client";
import { readLanguage } from "@/utils/storage";
import { type PopupTranslate, popupTranslator } from "./messages";
import { TabStateView } from "./TabStateView";

type PopupView = { kind: "loading" } | { kind: "no-profile" } | { kind: "profile"; tabId: number; state: TabState };

/** The check state of the active tab, or no-profile when its content script does not answer. */
export async function requestActiveTabState(): Promise<PopupView> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: "no-profile" };
  try {
    return { kind: "profile", tabId: tab.id, state: await sendToTab(tab.id, GET_STATE_MESSAGE) };
  } catch {
    // "Receiving end does not exist": no content script runs on this tab (or its answer is not a state).
    return { kind: "no-profile" };
  }
}

function AboutText({ t }: { t: PopupTranslate }) {
  return (
    <section aria-labelledby="no-profile-heading">
      <h2 id="no-profile-heading">{t("noPageHeading")}</h2>
      <p>{t("aboutText")}</p>
      <p>{t("whereText")}</p>
    </section>
  );
}

export function PopupApp() {
  const [lang, setLang] = useState<Language>("nl");
  const [view, setView] = useState<PopupView>({ kind: "loading" });
  const [status, setStatus] = useState("");
  const [waivers, setWaivers] = useState<readonly Waiver[]>([]);
  const t = popupTranslator(lang);

  useEffect(() => {
    void readLanguage().then(setLang);
    void requestActiveTabState().then(setView);
    void loadEffectiveConfig({ managed: "cached" }).then((effective) => setWaivers(effective.config.waivers ?? []));
    // A type chosen here or in the panel re-checks the page; ask again for the new state.
    return watchEffectiveConfig((effective) => {
      setWaivers(effective.config.waivers ?? []);
      void requestActiveTabState().then(setView);
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  async function chooseType(state: TabState, type: AccountType): Promise<void> {
    if (!state.handle) return;
    const result = await rememberAccount(state.platform, state.handle, type);
    setStatus(
      result.ok
        ? t("remembered", { handle: state.handle, type: translator(lang)(ACCOUNT_TYPE_LABEL[type]) })
        : t("rememberFailed", { reason: result.reason[lang] }),
    );
    if (result.ok) setView(await requestActiveTabState());
  }

  async function showPanel(tabId: number): Promise<void> {
    await sendToTab(tabId, SHOW_PANEL_MESSAGE);
    window.close();
  }

  /**
   * The page's review report (Markdown), from its content script; rendering it also keeps it for
   * the printable report page. Null when the page has none yet (the account type is unknown).
   */
  async function requestReport(tabId: number): Promise<string | null> {
    const report = await sendToTab(tabId, GET_REPORT_MESSAGE).catch(() => null);
    if (typeof report === "string") return report;
    setStatus(t("reportUnavailable"));
    return null;
  }

  async function copyReport(tabId: number): Promise<void> {
    const report = await requestReport(tabId);
    if (report === null) return;
    await navigator.clipboard.writeText(report);
    setStatus(t("reportCopied"));
  }

  async function openPrintableReport(tabId: number): Promise<void> {
    if ((await requestReport(tabId)) === null) return;
    await browser.tabs.create({ url: browser.runtime.getURL("/report.html") });
    window.close();
  }

  async function openOptions(): Promise<void> {
    await browser.runtime.openOptionsPage();
    window.close();
  }

  return (
    <main class="popup" lang={lang}>
      <h1>{t("title")}</h1>
      {view.kind === "loading" && <p>{t("loading")}</p>}
      {view.kind === "no-profile" && <AboutText t={t} />}
      {view.kind === "profile" && (
        <TabStateView
          state={view.state}
          waivers={waivers}
          lang={lang}
          t={t}
          onChooseType={(type) => void chooseType(view.state, type)}
        />
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <nav aria-label={t("actionsLabel")} class="actions">
        {view.kind === "profile" && (
          <>
            <button type="button" onClick={() => void showPanel(view.tabId)}>
              {t("showPanel")}
            </button>
            <button type="button" class="secondary" data-copy-report="" onClick={() => void copyReport(view.tabId)}>
              {t("copyReport")}
            </button>
            <button
              type="button"
              class="secondary"
              data-open-report=""
              onClick={() => void openPrintableReport(view.tabId)}
            >
              {t("openReport")}
            </button>
          </>
        )}
        <button type="button" class="secondary" onClick={() => void openOptions()}>
          {t("openOptions")}
        </button>
        <a href="/playground.html" target="_blank" rel="noopener">
          {t("openPlayground")}
        </a>
        <a href="/kabinetswissel.html" target="_blank" rel="noopener">
          {t("openKabinetswissel")}
        </a>
      </nav>
    </main>
  );
}
