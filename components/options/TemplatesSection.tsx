/** The organisation's name and the sentences the fixes insert; values the policy sets are read-only. */
import { useState } from "preact/hooks";
import type { OrgConfigInput } from "@/rules/config/schema";
import { DEFAULT_TEMPLATES } from "@/rules/engine";
import { TextField } from "./fields";
import type { SectionProps } from "./section-props";

const TEXT_FIELDS = ["organisation", "managedBy", "webcare"] as const;
type TextFieldName = (typeof TEXT_FIELDS)[number];

export function TemplatesSection({ effective, t, announce, saveLocal }: SectionProps) {
  const { local, managed } = effective;
  const managedValue: Record<TextFieldName, string | undefined> = {
    organisation: managed?.organisation,
    managedBy: managed?.templates?.managedBy,
    webcare: managed?.templates?.webcare,
  };
  const [values, setValues] = useState<Record<TextFieldName, string>>({
    organisation: local.organisation ?? "",
    managedBy: local.templates?.managedBy ?? "",
    webcare: local.templates?.webcare ?? "",
  });
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const { organisation, templates, ...rest } = local;
    const next: OrgConfigInput = { ...rest };
    const trimmed = (field: TextFieldName) => values[field].trim();
    if (trimmed("organisation")) next.organisation = trimmed("organisation");
    // Keep what this form does not show (the short variants), so saving loses nothing.
    const { managedBy: _managedBy, webcare: _webcare, ...otherTemplates } = templates ?? {};
    const nextTemplates = {
      ...otherTemplates,
      ...(trimmed("managedBy") ? { managedBy: trimmed("managedBy") } : {}),
      ...(trimmed("webcare") ? { webcare: trimmed("webcare") } : {}),
    };
    if (Object.keys(nextTemplates).length > 0) next.templates = nextTemplates;
    const result = await saveLocal(next);
    if (result.ok) {
      setFormError(null);
      announce(t("templatesSaved"));
    } else {
      setFormError(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join("; "));
    }
  }

  const field = (name: TextFieldName, label: string, hint?: string) => {
    const fromPolicy = managedValue[name];
    return (
      <TextField
        id={`templates-${name}`}
        label={label}
        hint={
          fromPolicy !== undefined
            ? [hint, `${t("managedBadge")}: ${t("managedHelp")}`].filter(Boolean).join(" ")
            : hint
        }
        value={fromPolicy ?? values[name]}
        readOnly={fromPolicy !== undefined}
        onInput={(value) => setValues({ ...values, [name]: value })}
      />
    );
  };

  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t("templatesHeading")}</h2>
      <form class="entry-form" onSubmit={submit} noValidate data-form="templates">
        <fieldset>
          <legend>{t("templatesHeading")}</legend>
          <p>{t("templatesIntro")}</p>
          {formError && (
            <p class="error" role="alert">
              {formError}
            </p>
          )}
          {field("organisation", `${t("fieldOrganisation")} ${t("optional")}`)}
          {field(
            "managedBy",
            `${t("fieldManagedBy")} ${t("optional")}`,
            t("fieldManagedByHint", { ministry: "{ministry}", default: DEFAULT_TEMPLATES.managedBy }),
          )}
          {field(
            "webcare",
            `${t("fieldWebcare")} ${t("optional")}`,
            t("fieldWebcareHint", { default: DEFAULT_TEMPLATES.webcare }),
          )}
          <div class="actions">
            <button type="submit">{t("save")}</button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
