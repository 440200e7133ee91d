/**
 * Per rule: the catalog default, off, or a severity of the organisation's choosing; with the
 * rule's title, explanation and guideline quote. Rules the policy sets are read-only.
 */

import { SEVERITY_LABEL } from "@/components/labels";
import { CATALOG } from "@/rules/catalog";
import type { RuleSetting } from "@/rules/engine";
import { SEVERITIES } from "@/rules/vocabulary";
import { translator } from "@/utils/i18n";
import { SelectField } from "./fields";
import type { SectionProps } from "./section-props";

type RuleChoice = RuleSetting | "default";

export function RulesSection({ effective, lang, t, announce, saveLocal }: SectionProps) {
  const panelText = translator(lang);
  const { local, config, managedRuleIds } = effective;
  const choices: { value: RuleChoice; label: string }[] = [
    { value: "default", label: t("ruleDefault") },
    { value: "off", label: t("ruleOff") },
    ...SEVERITIES.map((severity) => ({ value: severity, label: panelText(SEVERITY_LABEL[severity]) })),
  ];

  async function choose(ruleId: string, title: string, choice: RuleChoice): Promise<void> {
    const rules = { ...local.rules };
    if (choice === "default") delete rules[ruleId];
    else rules[ruleId] = choice;
    const result = await saveLocal({ ...local, rules });
    if (result.ok) announce(t("ruleSaved", { rule: title }));
  }

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t("rulesHeading")}</h2>
      <p>{t("rulesIntro")}</p>
      <ul class="rules">
        {CATALOG.map(({ meta }, index) => {
          const managed = managedRuleIds.has(meta.id);
          const title = meta.title[lang];
          return (
            <li key={meta.id} class="rule" data-rule={meta.id} data-managed={managed ? "true" : "false"}>
              <SelectField
                id={`rule-${index}`}
                label={title}
                hint={managed ? `${t("managedBadge")}: ${t("managedHelp")}` : undefined}
                value={config.rules[meta.id] ?? "default"}
                options={choices}
                disabled={managed}
                onChange={(choice) => void choose(meta.id, title, choice)}
              />
              <p class="rule-id">
                <code>{meta.id}</code>
              </p>
              <details>
                <summary>{t("ruleDetails")}</summary>
                <p>{meta.description[lang]}</p>
                {meta.guideline.map((quote) => (
                  <blockquote key={quote.text}>
                    <p>“{quote.text.replace(/\*\*/g, "")}”</p>
                    <footer>
                      {panelText("guidelineSource")} — {quote.headings.join(" › ")}
                    </footer>
                  </blockquote>
                ))}
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
