/**
 * The organisation's accounts: list, add, edit, remove. Entries from the policy are shown as
 * managed and cannot be changed; the type choice only offers pairs that exist on the platform.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { ACCOUNT_TYPE_LABEL } from "@/components/labels";
import type { ConfigAccount, ConfigProblem } from "@/rules/config/schema";
import { PLATFORM_LABELS } from "@/rules/labels";
import { bareHandle } from "@/rules/text/handles";
import { ACCOUNT_TYPES, type AccountType, invalidPairReason, PLATFORMS, type Platform } from "@/rules/vocabulary";
import { configAccountKey } from "@/utils/config-storage";
import { translator } from "@/utils/i18n";
import { EntryActions, problemsRelativeTo, SelectField, TextField } from "./fields";
import type { OptionsMessageKey, OptionsTranslate } from "./messages";
import type { SectionProps } from "./section-props";

const DETAIL_FIELDS = [
  "ministry",
  "ministryHandle",
  "minister",
  "party",
  "personalHandle",
  "pageUrl",
  "predecessorArchive",
  "partyMarker",
  "ministryMarker",
  "ministerMarker",
] as const;
type DetailField = (typeof DETAIL_FIELDS)[number];

const DETAIL_LABEL: Record<DetailField, OptionsMessageKey> = {
  ministry: "fieldMinistry",
  ministryHandle: "fieldMinistryHandle",
  minister: "fieldMinister",
  party: "fieldParty",
  personalHandle: "fieldPersonalHandle",
  pageUrl: "fieldPageUrl",
  predecessorArchive: "fieldPredecessorArchive",
  partyMarker: "fieldPartyMarker",
  ministryMarker: "fieldMinistryMarker",
  ministerMarker: "fieldMinisterMarker",
};

export function validTypes(platform: Platform): AccountType[] {
  return ACCOUNT_TYPES.filter((type) => invalidPairReason(platform, type) === null);
}

/** The account keys the form has a control for; a problem elsewhere is shown for the whole form. */
const FORM_FIELDS = ["handle", "type", ...DETAIL_FIELDS] as const;
type FormErrors = Partial<Record<(typeof FORM_FIELDS)[number] | "form", string>>;

interface AccountFormProps {
  initial: ConfigAccount | null;
  t: OptionsTranslate;
  typeLabel(type: AccountType): string;
  /** Stores the account; the problems it returns have paths relative to the account. */
  onSubmit(account: ConfigAccount): Promise<ConfigProblem[]>;
  onCancel(): void;
}

function AccountForm({ initial, t, typeLabel, onSubmit, onCancel }: AccountFormProps) {
  const [platform, setPlatform] = useState<Platform>(initial?.platform ?? "x");
  const [type, setType] = useState<AccountType>(initial?.type ?? "corporate");
  const [handle, setHandle] = useState(initial?.handle ?? "");
  const [details, setDetails] = useState<Record<DetailField, string>>(
    () =>
      Object.fromEntries(DETAIL_FIELDS.map((field) => [field, initial?.[field] ?? ""])) as Record<DetailField, string>,
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const handleRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => handleRef.current?.focus(), []);

  function choosePlatform(next: Platform): void {
    setPlatform(next);
    // A type that does not exist on the new platform is replaced, never kept as an invalid pair.
    if (invalidPairReason(next, type)) setType(validTypes(next)[0] as AccountType);
  }

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const trimmedHandle = bareHandle(handle);
    let nextErrors: FormErrors = {};
    if (trimmedHandle === "") {
      nextErrors = { handle: t("required") };
    } else {
      const account: ConfigAccount = { platform, handle: trimmedHandle, type };
      for (const field of DETAIL_FIELDS) {
        const value = details[field].trim();
        if (value !== "") account[field] = value;
      }
      for (const problem of await onSubmit(account)) {
        const key = FORM_FIELDS.find((field) => field === problem.path) ?? "form";
        nextErrors[key] = nextErrors[key] ? `${nextErrors[key]} ${problem.message}` : problem.message;
      }
    }
    setErrors(nextErrors);
    // Focus the first control that is wrong, so keyboard and screen-reader users land on it.
    const firstInvalid = Object.keys(nextErrors).find((key) => key !== "form");
    if (firstInvalid) formRef.current?.querySelector<HTMLElement>(`#account-${firstInvalid}`)?.focus();
  }

  const legend = initial ? t("accountFormEditLegend", { handle: initial.handle }) : t("accountFormAddLegend");
  return (
    <form ref={formRef} class="entry-form" onSubmit={submit} noValidate data-form="account">
      <fieldset>
        <legend>{legend}</legend>
        {errors.form && (
          <p class="error" role="alert">
            {errors.form}
          </p>
        )}
        <SelectField<Platform>
          id="account-platform"
          label={t("fieldPlatform")}
          value={platform}
          options={PLATFORMS.map((each) => ({ value: each, label: PLATFORM_LABELS[each] }))}
          onChange={choosePlatform}
        />
        <TextField
          id="account-handle"
          label={t("fieldHandle")}
          hint={t("fieldHandleHint")}
          value={handle}
          onInput={setHandle}
          error={errors.handle}
          required
          inputRef={handleRef}
        />
        <SelectField<AccountType>
          id="account-type"
          label={t("fieldType")}
          hint={t("fieldTypeHint")}
          value={type}
          options={validTypes(platform).map((each) => ({ value: each, label: typeLabel(each) }))}
          onChange={setType}
          error={errors.type}
        />
        {DETAIL_FIELDS.map((field) => (
          <TextField
            key={field}
            id={`account-${field}`}
            label={`${t(DETAIL_LABEL[field])} ${t("optional")}`}
            hint={field === "ministry" ? t("fieldMinistryHint") : undefined}
            type={field === "pageUrl" || field === "predecessorArchive" ? "url" : "text"}
            value={details[field]}
            onInput={(value) => setDetails({ ...details, [field]: value })}
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

export function AccountsSection({ effective, lang, t, announce, saveLocal }: SectionProps) {
  const panelText = translator(lang);
  const typeLabel = (type: AccountType) => panelText(ACCOUNT_TYPE_LABEL[type]);
  /** null: no form; "new": adding; a number: editing that local account. */
  const [editing, setEditing] = useState<"new" | number | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const { local, managed, managedAccountKeys } = effective;
  const shadowed = (account: ConfigAccount) =>
    managedAccountKeys.has(configAccountKey(account.platform, account.handle));

  function closeForm(): void {
    setEditing(null);
    requestAnimationFrame(() => addButtonRef.current?.focus());
  }

  async function submit(account: ConfigAccount): Promise<ConfigProblem[]> {
    if (managedAccountKeys.has(configAccountKey(account.platform, account.handle))) {
      return [{ path: "handle", message: t("accountManagedConflict") }];
    }
    const index = editing === "new" || editing === null ? local.accounts.length : editing;
    const accounts = [...local.accounts];
    accounts[index] = account;
    const result = await saveLocal({ ...local, accounts });
    if (!result.ok) return problemsRelativeTo(`accounts[${index}]`, result.problems);
    announce(t("accountSaved", { handle: account.handle }));
    closeForm();
    return [];
  }

  async function remove(index: number): Promise<void> {
    const account = local.accounts[index];
    if (!account) return;
    const result = await saveLocal({ ...local, accounts: local.accounts.filter((_, each) => each !== index) });
    if (result.ok) announce(t("accountRemoved", { handle: account.handle }));
    requestAnimationFrame(() => addButtonRef.current?.focus());
  }

  const rows = [
    ...(managed?.accounts ?? []).map((account) => ({ account, index: null })),
    ...local.accounts.map((account, index) => ({ account, index })).filter(({ account }) => !shadowed(account)),
  ];

  return (
    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{t("accountsHeading")}</h2>
      <p>{t("accountsIntro")}</p>
      {rows.length === 0 ? (
        <p>{t("accountsEmpty")}</p>
      ) : (
        <ul class="entries">
          {rows.map(({ account, index }) => {
            const platformName = PLATFORM_LABELS[account.platform];
            const details = [account.minister, account.ministry].filter(Boolean).join(" · ");
            return (
              <li
                key={configAccountKey(account.platform, account.handle)}
                class="entry"
                data-account={configAccountKey(account.platform, account.handle)}
                data-managed={index === null ? "true" : "false"}
              >
                <p class="entry-title">
                  <strong>@{account.handle}</strong> · {platformName} · {typeLabel(account.type)}
                  {index === null && <span class="badge">{t("managedBadge")}</span>}
                </p>
                {details && <p class="entry-details">{details}</p>}
                {index !== null && editing === null && (
                  <EntryActions
                    editText={t("edit")}
                    editLabel={t("editAccountLabel", { handle: account.handle, platform: platformName })}
                    removeText={t("remove")}
                    removeLabel={t("removeAccountLabel", { handle: account.handle, platform: platformName })}
                    onEdit={() => setEditing(index)}
                    onRemove={() => void remove(index)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editing === null ? (
        <button type="button" ref={addButtonRef} onClick={() => setEditing("new")}>
          {t("addAccount")}
        </button>
      ) : (
        <AccountForm
          key={String(editing)}
          initial={editing === "new" ? null : (local.accounts[editing] ?? null)}
          t={t}
          typeLabel={typeLabel}
          onSubmit={submit}
          onCancel={closeForm}
        />
      )}
    </section>
  );
}
