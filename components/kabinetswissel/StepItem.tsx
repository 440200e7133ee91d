/**
 * One step of an account's checklist: its status in words, the guideline's line, what proved it or
 * who ticked it, and — for steps ticked by hand — a small form (name, note) or a button to untick.
 */
import { useState } from "preact/hooks";
import type { StepView } from "@/rules/checklist/evidence";
import type { ManualTick } from "@/rules/checklist/progress";
import type { Language, Platform } from "@/rules/vocabulary";
import type { KabinetswisselTranslate } from "./messages";

export interface StepItemProps {
  view: StepView;
  platform: Platform;
  /** A unique prefix for element ids: the account's key. */
  idPrefix: string;
  lang: Language;
  t: KabinetswisselTranslate;
  onTick(tick: Omit<ManualTick, "at">): void;
  onUntick(): void;
  /** Extra controls under the step (the archiving answer, the name-swap form). */
  children?: preact.ComponentChildren;
}

function StatusText({ view, lang, t }: Pick<StepItemProps, "view" | "lang" | "t">) {
  const { status } = view;
  if (status.state === "done" && status.source === "evidence") {
    return <p class="step-detail">{t("byEvidence", { date: status.at, seen: status.seen[lang] })}</p>;
  }
  if (status.state === "done") {
    return (
      <p class="step-detail">
        {t("byHand", { by: status.by, date: status.at })}
        {status.note ? ` ${status.note}` : ""}
      </p>
    );
  }
  if (status.state === "blocked") return <p class="step-detail">{status.why[lang]}</p>;
  return (
    <>
      {status.wasDoneAt && <p class="step-detail step-undone">{t("wasDone", { date: status.wasDoneAt })}</p>}
      {status.why && <p class="step-detail">{status.why[lang]}</p>}
    </>
  );
}

function TickForm({ view, idPrefix, lang, t, onTick }: StepItemProps) {
  const [by, setBy] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState(false);
  const base = `${idPrefix}-${view.step.id.replace(/\W/g, "-")}`;
  const title = view.step.title[lang];
  return (
    <form
      class="tick-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (by.trim() === "") {
          setError(true);
          return;
        }
        setError(false);
        onTick({ by: by.trim(), note: note.trim() });
      }}
    >
      <fieldset>
        <legend class="visually-hidden">{t("tickLegend", { step: title })}</legend>
        <div class="field">
          <label for={`${base}-by`}>{t("nameLabel")}</label>
          <input
            id={`${base}-by`}
            type="text"
            autocomplete="name"
            value={by}
            aria-invalid={error ? "true" : undefined}
            aria-describedby={error ? `${base}-by-error` : undefined}
            onInput={(event) => setBy(event.currentTarget.value)}
          />
          {error && (
            <p id={`${base}-by-error`} class="error">
              {t("nameRequired")}
            </p>
          )}
        </div>
        <div class="field">
          <label for={`${base}-note`}>{t("noteLabel")}</label>
          <input id={`${base}-note`} type="text" value={note} onInput={(event) => setNote(event.currentTarget.value)} />
        </div>
        <button type="submit" aria-label={`${t("tick")}: ${title}`}>
          {t("tick")}
        </button>
      </fieldset>
    </form>
  );
}

export function StepItem(props: StepItemProps) {
  const { view, lang, t, onUntick, children } = props;
  const { status, step } = view;
  const stateLabel =
    status.state === "done" ? t("stateDone") : status.state === "blocked" ? t("stateBlocked") : t("stateOpen");
  const title = step.title[lang];
  const platformNote = step.platformNote?.(props.platform)?.[lang];
  return (
    <li class={`step step-${status.state}`} data-step={step.id} data-state={status.state}>
      <p class="step-title">
        <span class="step-state">
          <span aria-hidden="true">{status.state === "done" ? "✔" : status.state === "blocked" ? "⏸" : "☐"}</span>{" "}
          {stateLabel}:
        </span>{" "}
        <strong>{title}</strong>
      </p>
      <blockquote lang="nl">
        {step.quotes.map((quote) => (
          <p key={quote.text}>{quote.text}</p>
        ))}
        <footer>{t("fromGuideline")}</footer>
      </blockquote>
      {platformNote && <p class="step-detail">{platformNote}</p>}
      <StatusText view={view} lang={lang} t={t} />
      {view.byEvidence && status.state !== "done" && <p class="step-detail">{t("evidenceHint")}</p>}
      {!view.byEvidence && status.state === "open" && <TickForm {...props} />}
      {!view.byEvidence && status.state === "done" && (
        <button type="button" class="secondary" onClick={onUntick}>
          {t("untick", { step: title })}
        </button>
      )}
      {children}
    </li>
  );
}
