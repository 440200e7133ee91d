/**
 * The selected finding explained in full: rule, message, what the rule asks, the guideline quotes
 * for this account, and the actions on it (one-click fix, undo, waiver). In presentation mode it
 * is the large centre of the screen and j/k step through the findings.
 */
import { useState } from "preact/hooks";
import { findRule } from "@/rules/catalog";
import { headingPath, quotesFor } from "@/rules/catalog-text";
import { severityWord } from "@/rules/labels";
import type { Account, Language } from "@/rules/schema";
import type { WaivedFinding } from "@/rules/waivers";
import type { PlaygroundTranslate } from "./messages";

export interface ExplanationProps {
  account: Account;
  entries: readonly WaivedFinding[];
  selected: number;
  lang: Language;
  t: PlaygroundTranslate;
  canUndo: boolean;
  notice: string | null;
  /** True when no waiver can be given here: the account has no handle or the field is unknown. */
  waiverBlocked: boolean;
  onSelect(index: number): void;
  onApplyFix(): void;
  onUndo(): void;
  onWaive(reason: string): void;
  onRemoveWaiver(): void;
}

export function Explanation(props: ExplanationProps) {
  const { account, entries, selected, lang, t } = props;
  const [reason, setReason] = useState("");
  const entry = entries[selected];
  const rule = entry ? findRule(entry.finding.rule) : undefined;
  return (
    <section class="card explanation" aria-labelledby="explanation-title">
      <h2 id="explanation-title">{t("explanation")}</h2>
      {/* Undo stays reachable after a fix removed the last finding. */}
      <div class="fix">
        {entry?.finding.fix && (
          <button type="button" onClick={props.onApplyFix}>
            {t("applyFix")}
          </button>
        )}
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo}>
          {t("undo")}
        </button>
      </div>
      {props.notice && (
        <p class="notice" role="alert">
          {props.notice}
        </p>
      )}
      {!entry ? (
        <p>{t("noFindings")}</p>
      ) : (
        <>
          <div class="nav">
            <button type="button" onClick={() => props.onSelect(selected - 1)} disabled={selected === 0}>
              {t("previous")}
            </button>
            <span aria-live="polite">{t("findingOf", { n: selected + 1, total: entries.length })}</span>
            <button
              type="button"
              onClick={() => props.onSelect(selected + 1)}
              disabled={selected >= entries.length - 1}
            >
              {t("next")}
            </button>
          </div>
          <p class="title">
            <strong class={`severity-${entry.finding.severity}`}>{severityWord(entry.finding.severity, lang)}</strong>
            {" — "}
            <strong>{rule?.meta.title[lang] ?? entry.finding.rule}</strong> <code>{entry.finding.rule}</code>
          </p>
          <p>{entry.finding.message}</p>
          {entry.waiver && (
            <p class="waived">
              {t("waived", { reason: entry.waiver.reason })}{" "}
              <button type="button" onClick={props.onRemoveWaiver}>
                {t("removeWaiver")}
              </button>
            </p>
          )}
          {rule && (
            <>
              <p>{rule.meta.description[lang]}</p>
              {quotesFor(rule, account.platform, account.type).map((quote) => (
                <blockquote key={quote.text}>
                  <p>“{quote.text.replace(/\*\*/g, "")}”</p>
                  <footer>{headingPath(quote)}</footer>
                </blockquote>
              ))}
            </>
          )}
          {!entry.waiver && !props.waiverBlocked && (
            <form
              class="waiver"
              onSubmit={(event) => {
                event.preventDefault();
                if (reason.trim() === "") return;
                props.onWaive(reason.trim());
                setReason("");
              }}
            >
              <label for="waiver-reason">{t("waiveReason")}</label>
              <div class="link-row">
                <input
                  id="waiver-reason"
                  type="text"
                  value={reason}
                  onInput={(event) => setReason(event.currentTarget.value)}
                />
                <button type="submit" disabled={reason.trim() === ""}>
                  {t("waive")}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </section>
  );
}
