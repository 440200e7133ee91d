/** Extra parties (name, abbreviations, websites, hashtags); the policy's parties are read-only. */
import { useEffect, useRef, useState } from "preact/hooks";
import type { ConfigParty, ConfigProblem } from "@/rules/config/schema";
import { EntryActions, problemsRelativeTo, splitList, TextField } from "./fields";
import type { OptionsTranslate } from "./messages";
import type { SectionProps } from "./section-props";

const LIST_FIELDS = ["abbreviations", "websites", "hashtags"] as const;
type ListField = (typeof LIST_FIELDS)[number];
const FORM_FIELDS = ["name", ...LIST_FIELDS] as const;
type FormErrors = Partial<Record<(typeof FORM_FIELDS)[number] | "form", string>>;

const LIST_LABEL = {
  abbreviations: ["fieldAbbreviations", "fieldAbbreviationsHint"],
  websites: ["fieldWebsites", "fieldWebsitesHint"],
  hashtags: ["fieldHashtags", "fieldHashtagsHint"],
} as const;

function partyKey(name: string): string {
  return name.trim().toLowerCase();
}

interface PartyFormProps {
  initial: ConfigParty | null;
  t: OptionsTranslate;
  onSubmit(party: ConfigParty): Promise<ConfigProblem[]>;
  onCancel(): void;
}

function PartyForm({ initial, t, onSubmit, onCancel }: PartyFormProps) {
  const [name, setName] = useState(initial?.name ?? "");
  const [lists, setLists] = useState<Record<ListField, string>>({
    abbreviations: initial?.abbreviations?.join(", ") ?? "",
    websites: initial?.websites?.join(", ") ?? "",
    hashtags: initial?.hashtags?.join(", ") ?? "",
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => nameRef.current?.focus(), []);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const nextErrors: FormErrors = {};
    if (name.trim() === "") {
      nextErrors.name = t("required");
    } else {
      // Keys the form does not show (names, ambiguous, handles) are kept as they were.
      const party: ConfigParty = { ...initial, name: name.trim() };
      for (const field of LIST_FIELDS) {
        const values = splitList(lists[field]);
        if (values.length > 0) party[field] = values;
        else delete party[field];
      }
      for (const problem of await onSubmit(party)) {
        const key = FORM_FIELDS.find((field) => problem.path === field || problem.path.startsWith(`${field}[`));
        const target = key ?? "form";
        nextErrors[target] = nextErrors[target] ? `${nextErrors[target]} ${problem.message}` : problem.message;
      }
    }
    setErrors(nextErrors);
    if (nextErrors.name) nameRef.current?.focus();
  }

  return (
    <form class="entry-form" onSubmit={submit} noValidate data-form="party">
      <fieldset>
        <legend>{initial ? t("partyFormEditLegend", { name: initial.name }) : t("partyFormAddLegend")}</legend>
        {errors.form && (
          <p class="error" role="alert">
            {errors.form}
          </p>
        )}
        <TextField
          id="party-name"
          label={t("fieldPartyName")}
          value={name}
          onInput={setName}
          error={errors.name}
          required
          inputRef={nameRef}
        />
        {LIST_FIELDS.map((field) => (
          <TextField
            key={field}
            id={`party-${field}`}
            label={`${t(LIST_LABEL[field][0])} ${t("optional")}`}
            hint={t(LIST_LABEL[field][1])}
            value={lists[field]}
            onInput={(value) => setLists({ ...lists, [field]: value })}
            error={errors[field]}
          />
        ))}
        <div class="actions">
          <button type="submit">{t("save")}</button>
          <button type="button" class="secondary" onClick={onCancel}>
            {t("cancel")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

export function PartiesSection({ effective, t, announce, saveLocal }: SectionProps) {
  const [editing, setEditing] = useState<"new" | number | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const { local, managed } = effective;
  const managedNames = new Set((managed?.parties ?? []).map((party) => partyKey(party.name)));

  function closeForm(): void {
    setEditing(null);
    requestAnimationFrame(() => addButtonRef.current?.focus());
  }

  async function submit(party: ConfigParty): Promise<ConfigProblem[]> {
    if (managedNames.has(partyKey(party.name))) return [{ path: "name", message: t("partyManagedConflict") }];
    const index = editing === "new" || editing === null ? local.parties.length : editing;
    const parties = [...local.parties];
    parties[index] = party;
    const result = await saveLocal({ ...local, parties });
    if (!result.ok) return problemsRelativeTo(`parties[${index}]`, result.problems);
    announce(t("partySaved", { name: party.name }));
    closeForm();
    return [];
  }

  async function remove(index: number): Promise<void> {
    const party = local.parties[index];
    if (!party) return;
    const result = await saveLocal({ ...local, parties: local.parties.filter((_, each) => each !== index) });
    if (result.ok) announce(t("partyRemoved", { name: party.name }));
    requestAnimationFrame(() => addButtonRef.current?.focus());
  }

  const rows = [
    ...(managed?.parties ?? []).map((party) => ({ party, index: null })),
    ...local.parties
      .map((party, index) => ({ party, index }))
      .filter(({ party }) => !managedNames.has(partyKey(party.name))),
  ];

  return (
    <section aria-labelledby="parties-heading">
      <h2 id="parties-heading">{t("partiesHeading")}</h2>
      <p>{t("partiesIntro")}</p>
      {rows.length === 0 ? (
        <p>{t("partiesEmpty")}</p>
      ) : (
        <ul class="entries">
          {rows.map(({ party, index }) => (
            <li key={partyKey(party.name)} class="entry" data-party={party.name} data-managed={String(index === null)}>
              <p class="entry-title">
                <strong>{party.name}</strong>
                {party.abbreviations?.length ? ` (${party.abbreviations.join(", ")})` : ""}
                {index === null && <span class="badge">{t("managedBadge")}</span>}
              </p>
              {(party.websites?.length || party.hashtags?.length) && (
                <p class="entry-details">
                  {[
                    ...(party.websites ?? []),
                    ...(party.hashtags ?? []).map((tag) => `#${tag.replace(/^#/, "")}`),
                  ].join(" · ")}
                </p>
              )}
              {index !== null && editing === null && (
                <EntryActions
                  editText={t("edit")}
                  editLabel={t("editPartyLabel", { name: party.name })}
                  removeText={t("remove")}
                  removeLabel={t("removePartyLabel", { name: party.name })}
                  onEdit={() => setEditing(index)}
                  onRemove={() => void remove(index)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {editing === null ? (
        <button type="button" ref={addButtonRef} onClick={() => setEditing("new")}>
          {t("addParty")}
        </button>
      ) : (
        <PartyForm
          key={String(editing)}
          initial={editing === "new" ? null : (local.parties[editing] ?? null)}
          t={t}
          onSubmit={submit}
          onCancel={closeForm}
        />
      )}
    </section>
  );
}
