/**
 * The options page: what the extension does, the language, and the organisation configuration
 * (accounts, rules, waivers, parties, fix sentences, import/export). Every change is saved at once and
 * announced in a live region; what the organisation manages by policy is shown read-only.
 */
import { useEffect, useState } from "preact/hooks";
import type { OrgConfigInput } from "@/rules/config/schema";
import type { Language } from "@/rules/vocabulary";
import {
  type ConfigWriteResult,
  type EffectiveConfig,
  loadEffectiveConfig,
  saveLocalConfig,
  watchEffectiveConfig,
} from "@/utils/config-storage";
import { languageItem, readLanguage } from "@/utils/storage";
import { LanguageSwitch } from "../LanguageSwitch";
import { AccountsSection } from "./AccountsSection";
import { ImportExportSection } from "./ImportExportSection";
import { type OptionsTranslate, optionsTranslator } from "./messages";
import { PartiesSection } from "./PartiesSection";
import { RulesSection } from "./RulesSection";
import type { SectionProps } from "./section-props";
import { TemplatesSection } from "./TemplatesSection";
import { WaiversSection } from "./WaiversSection";

function AboutSection({ t }: { t: OptionsTranslate }) {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t("aboutHeading")}</h2>
      <p>{t("aboutText")}</p>
      <p>{t("whereText")}</p>
      <p>
        <a href="/playground.html">{t("playgroundLink")}</a>
      </p>
      <p>
        <a href="/kabinetswissel.html">{t("kabinetswisselLink")}</a>
      </p>
    </section>
  );
}

export function OptionsApp() {
  const [lang, setLang] = useState<Language>("nl");
  const [effective, setEffective] = useState<EffectiveConfig | null>(null);
  const [status, setStatus] = useState("");
  const t = optionsTranslator(lang);

  useEffect(() => {
    void readLanguage().then(setLang);
    void loadEffectiveConfig().then(setEffective);
    const unwatchConfig = watchEffectiveConfig(setEffective);
    const unwatchLanguage = languageItem.watch((next) => setLang(next === "en" ? "en" : "nl"));
    return () => {
      unwatchConfig();
      unwatchLanguage();
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("pageTitle");
  }, [lang]);

  async function refresh(): Promise<void> {
    setEffective(await loadEffectiveConfig());
  }

  async function saveLocal(next: OrgConfigInput): Promise<ConfigWriteResult> {
    const result = await saveLocalConfig(next, lang);
    if (result.ok) await refresh();
    else setStatus(t("saveFailed", { problems: result.problems.map((problem) => problem.message).join("; ") }));
    return result;
  }

  function chooseLanguage(next: Language): void {
    setLang(next);
    void languageItem.setValue(next);
  }

  const sectionProps: SectionProps | null = effective && { effective, lang, t, announce: setStatus, saveLocal };
  // The sentences form copies the stored values; it starts again when they change (an import, a policy).
  const templatesKey = effective
    ? JSON.stringify([
        effective.local.organisation,
        effective.local.templates,
        effective.managed?.organisation,
        effective.managed?.templates,
      ])
    : "";

  return (
    <main class="options" lang={lang}>
      <header class="page-header">
        <h1>{t("pageTitle")}</h1>
        <LanguageSwitch
          lang={lang}
          labels={{ legend: t("languageLegend"), dutch: t("languageDutch"), english: t("languageEnglish") }}
          onChange={chooseLanguage}
        />
      </header>
      <p class="status" role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
      <AboutSection t={t} />
      {sectionProps ? (
        <>
          {sectionProps.effective.warnings.length > 0 && (
            <section class="warnings" aria-labelledby="warnings-heading">
              <h2 id="warnings-heading">{t("warningsHeading")}</h2>
              <ul>
                {sectionProps.effective.warnings.map((warning) => (
                  <li key={warning.nl}>{warning[lang]}</li>
                ))}
              </ul>
            </section>
          )}
          <AccountsSection {...sectionProps} />
          <RulesSection {...sectionProps} />
          <WaiversSection {...sectionProps} />
          <PartiesSection {...sectionProps} />
          <TemplatesSection key={templatesKey} {...sectionProps} />
          <ImportExportSection lang={lang} t={t} announce={setStatus} onImported={() => void refresh()} />
        </>
      ) : (
        <p>{t("loading")}</p>
      )}
    </main>
  );
}
