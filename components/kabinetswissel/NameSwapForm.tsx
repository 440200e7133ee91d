/**
 * The Meta name swap (guideline: "levert elk departement de URL's van het oude en het nieuwe
 * account aan bij de RVD"): the form, its plausibility problems, and the text for the RVD.
 */
import { useState } from "preact/hooks";
import { checkNameSwap, type NameSwapProblem, nameSwapRequestText } from "@/rules/checklist/name-swap";
import type { NameSwapForm as NameSwapValues } from "@/rules/checklist/progress";
import type { Language, Platform } from "@/rules/vocabulary";
import { pluralForm } from "@/utils/i18n";
import type { KabinetswisselTranslate } from "./messages";

export interface NameSwapFormProps {
  idPrefix: string;
  platform: Platform;
  officialHandle: string;
  ministry: string | undefined;
  stored: NameSwapValues | undefined;
  lang: Language;
  t: KabinetswisselTranslate;
  /** Today's date as shown in the text. */
  today: string;
  onSave(values: NameSwapValues): void;
  announce(message: string): void;
}

const EMPTY: NameSwapValues = { oldUrl: "", newUrl: "", archiveHandle: "", contact: "" };
const FIELDS = ["oldUrl", "newUrl", "archiveHandle", "contact"] as const;

export function NameSwapForm(props: NameSwapFormProps) {
  const { idPrefix, platform, officialHandle, ministry, lang, t, today, onSave, announce } = props;
  const [values, setValues] = useState<NameSwapValues>(props.stored ?? EMPTY);
  const [problems, setProblems] = useState<NameSwapProblem[] | null>(null);
  const context = { platform, officialHandle };
  const errors = problems?.filter((problem) => problem.level === "error") ?? [];
  const text =
    problems && errors.length === 0
      ? nameSwapRequestText({ form: values, context, ministry, date: today, lang })
      : null;
  const id = (field: string) => `${idPrefix}-swap-${field}`;
  const problemsOf = (field: string) => problems?.filter((problem) => problem.field === field) ?? [];

  return (
    <form
      class="name-swap"
      onSubmit={(event) => {
        event.preventDefault();
        const found = checkNameSwap(values, context);
        setProblems(found);
        onSave(values);
        const errorCount = found.filter((problem) => problem.level === "error").length;
        announce(
          errorCount > 0
            ? t(`nameSwapErrors_${pluralForm(lang, errorCount)}`, { count: errorCount })
            : t("nameSwapChecked"),
        );
      }}
    >
      <fieldset>
        <legend>{t("nameSwapLegend")}</legend>
        {FIELDS.map((field) => {
          const own = problemsOf(field);
          const invalid = own.some((problem) => problem.level === "error");
          return (
            <div class="field" key={field}>
              <label for={id(field)}>{t(field)}</label>
              <input
                id={id(field)}
                type={field.endsWith("Url") ? "url" : "text"}
                value={values[field]}
                aria-invalid={invalid ? "true" : undefined}
                aria-describedby={own.length > 0 ? `${id(field)}-problems` : undefined}
                onInput={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
              />
              {own.length > 0 && (
                <ul id={`${id(field)}-problems`} class="field-problems">
                  {own.map((problem) => (
                    <li key={problem.message.nl} class={problem.level === "error" ? "error" : "warning"}>
                      {problem.level === "error" ? t("problemError") : t("problemWarning")}: {problem.message[lang]}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
        {problemsOf("platform").map((problem) => (
          <p key={problem.message.nl} class="error">
            {problem.message[lang]}
          </p>
        ))}
        <button type="submit">{t("checkNameSwap")}</button>
        {text && (
          <div class="field">
            <label for={id("text")}>{t("requestText")}</label>
            <textarea id={id("text")} rows={12} readOnly value={text} />
            <button
              type="button"
              class="secondary"
              onClick={() => {
                void navigator.clipboard.writeText(text).then(() => announce(t("copied")));
              }}
            >
              {t("copyText")}
            </button>
          </div>
        )}
      </fieldset>
    </form>
  );
}
