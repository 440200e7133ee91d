/**
 * The check of the active tab as the popup shows it: platform, account (or the choice of its
 * type), findings by severity with the top ones, and the status of every field.
 */

import { ACCOUNT_TYPE_LABEL, FIELD_LABEL, SEVERITY_LABEL } from "@/components/labels";
import { findRule } from "@/rules/catalog";
import type { Waiver } from "@/rules/config/schema";
import { PLATFORM_LABELS } from "@/rules/labels";
import { severityCount } from "@/rules/report/words";
import {
  ACCOUNT_TYPES,
  type AccountType,
  FIELDS,
  type FieldName,
  invalidPairReason,
  type Language,
  SEVERITIES,
} from "@/rules/vocabulary";
import { translator } from "@/utils/i18n";
import type { FieldState, TabState } from "@/utils/protocol";
import type { PopupTranslate } from "./messages";
import { openCauseCounts, splitWaived } from "./open-findings";

/** How many findings the popup lists; the panel on the page has all of them. */
const TOP_FINDINGS = 3;

/** Shapes as well as colours, so severity does not rest on colour alone (WCAG 1.4.1). */
const SEVERITY_ICON = { error: "✖", warning: "▲", info: "ℹ" } as const;

interface TabStateViewProps {
  state: TabState;
  /** The configuration's waivers, as the popup read them last. */
  waivers: readonly Waiver[];
  lang: Language;
  t: PopupTranslate;
  onChooseType(type: AccountType): void;
}

export function TabStateView({ state, waivers, lang, t, onChooseType }: TabStateViewProps) {
  const panelText = translator(lang);
  const fieldStateLabel: Record<FieldState, string> = {
    ok: panelText("fieldOk"),
    findings: panelText("fieldFindings"),
    "not-checked": panelText("fieldNotChecked"),
    "not-applicable": t("fieldNotApplicable"),
  };
  const { account, handle } = state;
  // Waived findings count nowhere, as on the panel and the badge; the popup says how many there are.
  const { open, waived } = splitWaived(state, waivers);
  const causes = openCauseCounts(open);
  const waivedCount = waived.length;
  /** A field whose findings are all waived is in order, as the panel shows it. */
  const fieldState = (field: FieldName): FieldState =>
    state.fields[field] === "findings" && !open.some((finding) => finding.field === field) ? "ok" : state.fields[field];
  const sorted = [...open].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const top = sorted.slice(0, TOP_FINDINGS);

  return (
    <div data-platform={state.platform} data-account-type={account?.type ?? ""}>
      <dl class="summary" aria-label={t("summaryLabel")}>
        <dt>{t("platformLabel")}</dt>
        <dd>{PLATFORM_LABELS[state.platform]}</dd>
        <dt>{t("accountLabel")}</dt>
        <dd>@{handle ?? t("unknownHandle")}</dd>
        <dt>{t("pageLabel")}</dt>
        <dd>{state.pageKind === "edit" ? t("pageKindEdit") : t("pageKindProfile")}</dd>
        <dt>{t("typeLabel")}</dt>
        <dd data-testid="account-type">
          {account
            ? `${panelText(ACCOUNT_TYPE_LABEL[account.type])} (${state.configured ? t("configuredYes") : t("configuredNo")})`
            : t("unknownAccount")}
        </dd>
        {account?.minister && (
          <>
            <dt>{t("ministerLabel")}</dt>
            <dd>{account.minister}</dd>
          </>
        )}
        {account?.ministry && (
          <>
            <dt>{t("ministryLabel")}</dt>
            <dd>{account.ministry}</dd>
          </>
        )}
      </dl>
      {!account &&
        (handle ? (
          <fieldset class="choose">
            <legend>{t("chooseTypeLegend", { handle })}</legend>
            {state.notMinister && <p data-not-minister="">{t("notMinisterChosen", { handle })}</p>}
            <p>{t("chooseTypeHelp")}</p>
            <div class="choices">
              {ACCOUNT_TYPES.filter((type) => invalidPairReason(state.platform, type) === null).map((type) => (
                <button type="button" key={type} data-choose-account-type={type} onClick={() => onChooseType(type)}>
                  {panelText(ACCOUNT_TYPE_LABEL[type])}
                </button>
              ))}
            </div>
          </fieldset>
        ) : (
          <p>{t("noHandle")}</p>
        ))}
      {account && (
        <>
          <section aria-labelledby="findings-heading">
            <h2 id="findings-heading">{t("findingsHeading")}</h2>
            {waivedCount > 0 && (
              <p data-waived-count={waivedCount}>
                {t(new Intl.PluralRules(lang).select(waivedCount) === "one" ? "waivedOne" : "waivedMany", {
                  count: waivedCount,
                })}
              </p>
            )}
            {open.length === 0 ? (
              <p>{t("noFindings")}</p>
            ) : (
              <>
                <ul class="counts">
                  {SEVERITIES.map((severity) => (
                    <li key={severity} class={`severity-${severity}`} data-count={severity}>
                      <span aria-hidden="true">{SEVERITY_ICON[severity]} </span>
                      {severityCount(severity, causes[severity], lang)}
                    </li>
                  ))}
                </ul>
                <h3>{t("topFindingsHeading")}</h3>
                <ol class="findings">
                  {top.map((finding, index) => (
                    <li
                      key={`${finding.rule}-${index}`}
                      class={`severity-${finding.severity}`}
                      data-rule={finding.rule}
                      data-severity={finding.severity}
                    >
                      <span aria-hidden="true">{SEVERITY_ICON[finding.severity]} </span>
                      <strong>
                        {panelText(SEVERITY_LABEL[finding.severity])}:{" "}
                        {findRule(finding.rule)?.meta.title[lang] ?? finding.rule}
                      </strong>
                      <br />
                      {finding.message}
                    </li>
                  ))}
                </ol>
                {sorted.length > TOP_FINDINGS && <p>{t("moreFindings", { count: sorted.length - TOP_FINDINGS })}</p>}
              </>
            )}
          </section>
          <section aria-labelledby="fields-heading">
            <h2 id="fields-heading">{t("fieldsHeading")}</h2>
            <ul class="fields">
              {FIELDS.map((field) => (
                <li key={field} data-field={field} data-field-status={fieldState(field)}>
                  {panelText(FIELD_LABEL[field])}: {fieldStateLabel[fieldState(field)]}
                  {state.notCheckedReasons[field] && <span class="reason"> — {state.notCheckedReasons[field]}</span>}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
