/**
 * The status of each field: the fields that pass fold into one line, those with findings into
 * another (their cards follow), each field not checked gets its own line with the reason, and the
 * avatar says "bezig…" while it is analysed.
 */
import type { CheckResult } from "@/rules/engine";
import { FIELDS, type FieldName, type Language } from "@/rules/vocabulary";
import type { Translate } from "@/utils/i18n";
import { FIELD_LABEL } from "../labels";
import type { PanelTranslate } from "./messages";

export type FieldDisplayStatus = "ok" | "findings" | "not-checked" | "checking";

export function fieldDisplayStatus(result: CheckResult, field: FieldName): FieldDisplayStatus | null {
  const status = result.fields[field];
  if (status.status === "not-checked") return "not-checked";
  if (result.findings.some((finding) => finding.field === field)) return "findings";
  return status.status === "checked" ? "ok" : null;
}

export function FieldStatusList(props: {
  result: CheckResult;
  lang: Language;
  t: PanelTranslate;
  labels: Translate;
  /** The avatar is being analysed: "bezig…", not "niet gecontroleerd". */
  avatarPending: boolean;
}) {
  const { result, lang, t, labels, avatarPending } = props;
  const statuses = FIELDS.map((field) => {
    const status = fieldDisplayStatus(result, field);
    return { field, status: field === "avatar" && avatarPending && status === "not-checked" ? "checking" : status };
  }).filter((entry): entry is { field: FieldName; status: FieldDisplayStatus } => entry.status !== null);
  const passing = statuses.filter((entry) => entry.status === "ok");
  const withFindings = statuses.filter((entry) => entry.status === "findings");
  const others = statuses.filter((entry) => entry.status !== "ok" && entry.status !== "findings");
  const label = {
    findings: labels("fieldFindings"),
    "not-checked": labels("fieldNotChecked"),
    checking: t("avatarChecking"),
  };
  return (
    <ul class="fields" aria-label={labels("fieldsLabel")}>
      {passing.length > 0 && (
        <li class="fields-ok">
          {t("fieldsOk")}:{" "}
          {passing.map(({ field }, index) => (
            <span key={field} data-field={field} data-field-status="ok">
              {index > 0 && ", "}
              {labels(FIELD_LABEL[field])}
            </span>
          ))}
        </li>
      )}
      {withFindings.length > 0 && (
        <li class="fields-findings">
          {t("fieldsWithFindings")}:{" "}
          {withFindings.map(({ field }, index) => (
            <span key={field} data-field={field} data-field-status="findings">
              {index > 0 && ", "}
              {labels(FIELD_LABEL[field])}
            </span>
          ))}
        </li>
      )}
      {others.map(({ field, status }) => {
        const entry = result.fields[field];
        return (
          <li key={field} data-field={field} data-field-status={status} class={`field-${status}`}>
            <span class="field-name">{labels(FIELD_LABEL[field])}</span>: {label[status as keyof typeof label]}
            {status === "not-checked" && entry.status === "not-checked" && (
              <span class="reason"> — {entry.reason[lang]}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
