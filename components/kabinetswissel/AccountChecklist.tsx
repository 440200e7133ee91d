/** One account's checklist: a summary, then the steps for the old and for the new minister. */

import { checklistSummary, type StepView } from "@/rules/checklist/evidence";
import type { AccountProgress, ManualTick, NameSwapForm as NameSwapValues } from "@/rules/checklist/progress";
import type { ConfigAccount } from "@/rules/config/schema";
import { PLATFORM_LABELS } from "@/rules/labels";
import { normalizeHandle } from "@/rules/text/handles";
import type { Language } from "@/rules/vocabulary";
import { translator } from "@/utils/i18n";
import { ACCOUNT_TYPE_LABEL } from "../labels";
import type { KabinetswisselTranslate } from "./messages";
import { NameSwapForm } from "./NameSwapForm";
import { StepItem } from "./StepItem";

export interface AccountChecklistProps {
  account: ConfigAccount;
  steps: StepView[];
  progress: AccountProgress | undefined;
  lang: Language;
  t: KabinetswisselTranslate;
  today: string;
  onTick(stepId: string, tick: Omit<ManualTick, "at">): void;
  onUntick(stepId: string): void;
  onArchivingNotArranged(notArranged: boolean): void;
  onSaveNameSwap(values: NameSwapValues): void;
  announce(message: string): void;
}

export function AccountChecklist(props: AccountChecklistProps) {
  const { account, steps, progress, lang, t } = props;
  const handle = normalizeHandle(account.handle);
  const key = `${account.platform}-${handle.replace(/\W/g, "-")}`;
  const summary = checklistSummary(steps);
  const headingId = `${key}-heading`;
  return (
    <article class="account" aria-labelledby={headingId} data-account={`${account.platform}:${handle}`}>
      <h3 id={headingId}>
        {t("accountHeading", {
          handle,
          platform: PLATFORM_LABELS[account.platform],
          type: translator(lang)(ACCOUNT_TYPE_LABEL[account.type]),
        })}
        {account.minister ? ` (${account.minister})` : ""}
      </h3>
      <p class={summary.ready ? "summary ready" : "summary"}>
        {summary.ready
          ? t("summaryReady", { total: summary.total })
          : t("summaryOpen", { done: summary.done, total: summary.total })}
      </p>
      {(["old", "new"] as const).map((phase) => {
        const inPhase = steps.filter((view) => view.step.phase === phase);
        if (inPhase.length === 0) return null;
        return (
          // Not a <section>: every account has the same two phase names, and landmarks must differ.
          <div key={phase} class="phase">
            <h4 id={`${key}-${phase}`}>{phase === "old" ? t("phaseOld") : t("phaseNew")}</h4>
            <ol class="steps">
              {inPhase.map((view) => (
                <StepItem
                  key={view.step.id}
                  view={view}
                  platform={account.platform}
                  idPrefix={key}
                  lang={lang}
                  t={t}
                  onTick={(tick) => props.onTick(view.step.id, tick)}
                  onUntick={() => props.onUntick(view.step.id)}
                >
                  {view.step.id === "old/archiving" && view.status.state !== "done" && <ArchivingAnswer {...props} />}
                  {view.step.id === "old/meta-name-swap" && (
                    <NameSwapForm
                      idPrefix={key}
                      platform={account.platform}
                      officialHandle={account.handle}
                      ministry={account.ministry}
                      stored={progress?.nameSwap}
                      lang={lang}
                      t={t}
                      today={props.today}
                      onSave={props.onSaveNameSwap}
                      announce={props.announce}
                    />
                  )}
                </StepItem>
              ))}
            </ol>
          </div>
        );
      })}
    </article>
  );
}

function ArchivingAnswer({ progress, t, onArchivingNotArranged }: AccountChecklistProps) {
  if (progress?.archiving === "not-arranged") {
    return (
      <div class="archiving">
        <p class="step-detail">{t("archivingNotArrangedSet")}</p>
        <button type="button" class="secondary" onClick={() => onArchivingNotArranged(false)}>
          {t("archivingReset")}
        </button>
      </div>
    );
  }
  return (
    <button type="button" class="secondary" onClick={() => onArchivingNotArranged(true)}>
      {t("archivingNotArranged")}
    </button>
  );
}
