/**
 * The Kabinetswissel page: the guideline's cabinet-change checklist for every configured account,
 * grouped per ministry. Provable steps come from the live checks (utils/checklist-evidence.ts);
 * the others are ticked here with a name and a note. Progress is stored in extension storage and
 * travels with the configuration export; the report is a dated Markdown file or the printed page.
 */
import { useEffect, useState } from "preact/hooks";
import { checklistFor } from "@/rules/checklist/evidence";
import {
  type ChecklistProgress,
  findProgress,
  type ManualTick,
  mergeProgress,
  updateAccountProgress,
} from "@/rules/checklist/progress";
import { checklistMarkdown } from "@/rules/checklist/report";
import { findStep } from "@/rules/checklist/steps";
import type { ConfigAccount } from "@/rules/config/schema";
import type { Localized } from "@/rules/types";
import type { Language } from "@/rules/vocabulary";
import { loadChecklist, saveChecklist, watchChecklist } from "@/utils/checklist-storage";
import { type EffectiveConfig, loadEffectiveConfig, watchEffectiveConfig } from "@/utils/config-storage";
import { languageItem, readLanguage } from "@/utils/storage";
import { LanguageSwitch } from "../LanguageSwitch";
import { AccountChecklist } from "./AccountChecklist";
import { kabinetswisselTranslator } from "./messages";

/** "2026-11-30" in local time: the date people see on their calendar. */
export function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function byMinistry(accounts: readonly ConfigAccount[], fallback: string): [string, ConfigAccount[]][] {
  const groups = new Map<string, ConfigAccount[]>();
  for (const account of accounts) {
    const key = account.ministry?.trim() || fallback;
    groups.set(key, [...(groups.get(key) ?? []), account]);
  }
  return [...groups];
}

export interface KabinetswisselAppProps {
  /** The clock, for ticks and the report's date; tests pass a fixed one. */
  now?: () => Date;
}

export function KabinetswisselApp({ now = () => new Date() }: KabinetswisselAppProps) {
  const [lang, setLang] = useState<Language>("nl");
  const [effective, setEffective] = useState<EffectiveConfig | null>(null);
  /** The user's own progress; the organisation's pre-filled progress is merged under it for display. */
  const [ownProgress, setProgress] = useState<ChecklistProgress | null>(null);
  const [warnings, setWarnings] = useState<Localized[]>([]);
  const [status, setStatus] = useState("");
  const t = kabinetswisselTranslator(lang);

  useEffect(() => {
    const reloadChecklist = () =>
      void loadChecklist().then((loaded) => {
        setProgress(loaded.progress);
        setWarnings(loaded.warnings);
      });
    void readLanguage().then(setLang);
    void loadEffectiveConfig().then(setEffective);
    reloadChecklist();
    const unwatchConfig = watchEffectiveConfig(setEffective);
    const unwatchChecklist = watchChecklist(reloadChecklist);
    const unwatchLanguage = languageItem.watch((next) => setLang(next === "en" ? "en" : "nl"));
    return () => {
      unwatchConfig();
      unwatchChecklist();
      unwatchLanguage();
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("pageTitle");
  }, [lang]);

  const progress = ownProgress && mergeProgress(effective?.managed?.checklist, ownProgress);

  async function change(next: ChecklistProgress, message?: string): Promise<void> {
    setProgress(next);
    await saveChecklist(next);
    if (message) setStatus(message);
  }

  function updateAccount(
    account: ConfigAccount,
    update: Parameters<typeof updateAccountProgress>[3],
    message?: string,
  ) {
    if (!progress) return;
    void change(updateAccountProgress(progress, account.platform, account.handle, update), message);
  }

  function chooseLanguage(next: Language): void {
    setLang(next);
    void languageItem.setValue(next);
  }

  function downloadReport(): void {
    if (!effective || !progress) return;
    const date = localDate(now());
    const markdown = checklistMarkdown({
      accounts: effective.config.accounts,
      progress,
      ruleSettings: effective.config.rules,
      date,
      lang,
    });
    const file = `kabinetswissel-${date}.md`;
    const link = document.createElement("a");
    link.href = `data:text/markdown;charset=utf-8,${encodeURIComponent(markdown)}`;
    link.download = file;
    link.click();
    setStatus(t("reportDownloaded", { file }));
  }

  const loaded = effective !== null && progress !== null;
  const allWarnings = [...(effective?.warnings ?? []), ...warnings];
  const today = localDate(now());

  return (
    <main class="kabinetswissel" lang={lang}>
      <header class="page-header">
        <h1>{t("heading")}</h1>
        <LanguageSwitch
          lang={lang}
          labels={{ legend: t("languageLegend"), dutch: t("languageDutch"), english: t("languageEnglish") }}
          onChange={chooseLanguage}
        />
      </header>
      <p class="status" role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
      <p>{t("intro")}</p>
      <p class="no-print">
        <a href="/options.html">{t("optionsLink")}</a>
      </p>
      {allWarnings.length > 0 && (
        <section class="warnings" aria-labelledby="warnings-heading">
          <h2 id="warnings-heading">{t("warningsHeading")}</h2>
          <ul>
            {allWarnings.map((warning) => (
              <li key={warning.nl}>{warning[lang]}</li>
            ))}
          </ul>
        </section>
      )}
      {!loaded && <p>{t("loading")}</p>}
      {loaded && effective.config.accounts.length === 0 && <p>{t("noAccounts")}</p>}
      {loaded && effective.config.accounts.length > 0 && (
        <>
          <div class="controls no-print">
            <div class="field">
              <label for="cabinet-date">{t("cabinetDateLabel")}</label>
              <input
                id="cabinet-date"
                type="date"
                value={progress.cabinetChangeDate ?? ""}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  const { cabinetChangeDate: _, ...rest } = progress;
                  void change(value ? { ...rest, cabinetChangeDate: value } : rest);
                }}
              />
            </div>
            <fieldset>
              <legend>{t("reportLegend")}</legend>
              <p id="report-help" class="hint">
                {t("reportHelp")}
              </p>
              <div class="actions">
                <button type="button" aria-describedby="report-help" onClick={downloadReport}>
                  {t("downloadReport")}
                </button>
                <button type="button" class="secondary" onClick={() => window.print()}>
                  {t("printReport")}
                </button>
              </div>
            </fieldset>
          </div>
          {byMinistry(effective.config.accounts, t("noMinistry")).map(([ministry, accounts], index) => (
            <section key={ministry} class="ministry" aria-labelledby={`ministry-${index}`}>
              <h2 id={`ministry-${index}`}>{ministry}</h2>
              {accounts.map((account) => {
                const accountProgress = findProgress(progress, account.platform, account.handle);
                const steps = checklistFor(account, accountProgress, effective.config.rules);
                return (
                  <AccountChecklist
                    key={`${account.platform}:${account.handle}`}
                    account={account}
                    steps={steps}
                    progress={accountProgress}
                    lang={lang}
                    t={t}
                    today={today}
                    announce={setStatus}
                    onTick={(stepId, tick) => {
                      const full: ManualTick = { ...tick, at: today };
                      const title = findStep(stepId)?.title[lang] ?? stepId;
                      updateAccount(
                        account,
                        (entry) => ({ ...entry, ticks: { ...entry.ticks, [stepId]: full } }),
                        t("ticked", { step: title }),
                      );
                    }}
                    onUntick={(stepId) => {
                      const title = findStep(stepId)?.title[lang] ?? stepId;
                      updateAccount(
                        account,
                        (entry) => {
                          const { [stepId]: _, ...ticks } = entry.ticks;
                          return { ...entry, ticks };
                        },
                        t("unticked", { step: title }),
                      );
                    }}
                    onArchivingNotArranged={(notArranged) =>
                      updateAccount(account, (entry) => {
                        const { archiving: _, ...rest } = entry;
                        return notArranged ? { ...rest, archiving: "not-arranged" } : rest;
                      })
                    }
                    onSaveNameSwap={(values) => updateAccount(account, (entry) => ({ ...entry, nameSwap: values }))}
                  />
                );
              })}
            </section>
          ))}
        </>
      )}
    </main>
  );
}
