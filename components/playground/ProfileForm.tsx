/**
 * Mock edit forms: per platform and page kind, the fields that edit page has, with its labels and
 * character limits, so trainees recognise what they would see on the real site.
 */

import { PLATFORM_LABELS } from "@/rules/labels";
import type { Account, Profile } from "@/rules/schema";
import { ACCOUNT_TYPES, type AccountType, invalidPairReason, PLATFORMS, type Platform } from "@/rules/vocabulary";
import type { PlaygroundMessageKey, PlaygroundTranslate } from "./messages";
import { SAMPLES, type SampleName } from "./samples";

type FormKind = "x" | "instagram" | "linkedinPerson" | "linkedinShowcase" | "facebook";

interface FormShape {
  title: PlaygroundMessageKey;
  name: PlaygroundMessageKey;
  handle: PlaygroundMessageKey;
  bio: PlaygroundMessageKey;
  /** The platform's limits, shown as a counter (not enforced: trainees may paste long texts). */
  nameMax: number;
  bioMax: number;
  maxLinks: number;
}

const FORMS: Record<FormKind, FormShape> = {
  x: { title: "formX", name: "name", handle: "handle", bio: "bio", nameMax: 50, bioMax: 160, maxLinks: 1 },
  instagram: {
    title: "formInstagram",
    name: "name",
    handle: "username",
    bio: "bio",
    nameMax: 30,
    bioMax: 150,
    maxLinks: 5,
  },
  linkedinPerson: {
    title: "formLinkedinPerson",
    name: "name",
    handle: "publicUrl",
    bio: "headline",
    nameMax: 100,
    bioMax: 220,
    maxLinks: 1,
  },
  linkedinShowcase: {
    title: "formLinkedinShowcase",
    name: "pageName",
    handle: "publicUrl",
    bio: "about",
    nameMax: 100,
    bioMax: 2000,
    maxLinks: 1,
  },
  facebook: {
    title: "formFacebook",
    name: "pageName",
    handle: "username",
    bio: "introFacebook",
    nameMax: 75,
    bioMax: 101,
    maxLinks: 5,
  },
};

function formKind(platform: Platform, type: AccountType): FormKind {
  if (platform === "linkedin") return type === "showcase" ? "linkedinShowcase" : "linkedinPerson";
  return platform;
}

const TYPE_LABEL: Record<AccountType, PlaygroundMessageKey> = {
  corporate: "typeCorporate",
  hybrid: "typeHybrid",
  showcase: "typeShowcase",
};

const ACCOUNT_DETAILS = [
  "ministry",
  "ministryHandle",
  "minister",
  "party",
  "personalHandle",
  "pageUrl",
  "predecessorArchive",
] as const;

/** A showcase page is LinkedIn's corporate account, so switching platform swaps the one for the other. */
const COUNTERPART: Record<AccountType, AccountType> = {
  corporate: "showcase",
  showcase: "corporate",
  hybrid: "hybrid",
};

/** The account type to keep when the platform changes: the current one when allowed there. */
export function validTypeFor(platform: Platform, type: AccountType): AccountType {
  return invalidPairReason(platform, type) === null ? type : COUNTERPART[type];
}

export type AvatarChoice = { kind: "unknown" } | { kind: "none" } | { kind: "sample"; name: SampleName };

export interface ProfileFormProps {
  account: Account;
  profile: Profile;
  t: PlaygroundTranslate;
  avatarPreview: string | null;
  avatarStatus: string | null;
  onAccount(account: Account): void;
  onProfile(profile: Profile): void;
  onAvatarChoice(choice: AvatarChoice): void;
  onAvatarFile(file: File): void;
}

function Counter({ text, max, t, id }: { text: string; max: number; t: PlaygroundTranslate; id: string }) {
  return (
    <p class="counter" id={id} aria-live="off">
      {t("characters", { count: text.length, max })}
    </p>
  );
}

export function ProfileForm(props: ProfileFormProps) {
  const { account, profile, t, onAccount, onProfile } = props;
  const kind = formKind(account.platform, account.type);
  const shape = FORMS[kind];
  const links = profile.links ?? [];
  const avatarValue =
    profile.avatar === null || profile.avatar === undefined
      ? "unknown"
      : profile.avatar === ""
        ? "none"
        : profile.avatar in SAMPLES
          ? profile.avatar
          : "file";
  const setText = (field: "displayName" | "handle" | "bio") => (event: Event) =>
    onProfile({ ...profile, [field]: (event.currentTarget as HTMLInputElement).value });
  const setLink = (index: number, value: string) => {
    const next = [...links];
    next[index] = value;
    onProfile({ ...profile, links: next });
  };

  return (
    <form class="profile" aria-labelledby="form-title" onSubmit={(event) => event.preventDefault()}>
      <div class="row">
        <div>
          <label for="platform">{t("platform")}</label>
          <select
            id="platform"
            value={account.platform}
            onChange={(event) => {
              const platform = event.currentTarget.value as Platform;
              onAccount({ ...account, platform, type: validTypeFor(platform, account.type) });
            }}
          >
            {PLATFORMS.map((platform) => (
              <option key={platform} value={platform}>
                {PLATFORM_LABELS[platform]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="account-type">{t("accountType")}</label>
          <select
            id="account-type"
            value={account.type}
            onChange={(event) => onAccount({ ...account, type: event.currentTarget.value as AccountType })}
          >
            {ACCOUNT_TYPES.map((type) => (
              <option key={type} value={type} disabled={invalidPairReason(account.platform, type) !== null}>
                {t(TYPE_LABEL[type])}
              </option>
            ))}
          </select>
        </div>
      </div>

      <h3 id="form-title">{t(shape.title)}</h3>
      <label for="display-name">{t(shape.name)}</label>
      <input
        id="display-name"
        type="text"
        value={profile.displayName ?? ""}
        aria-describedby="display-name-count"
        onInput={setText("displayName")}
      />
      <Counter id="display-name-count" text={profile.displayName ?? ""} max={shape.nameMax} t={t} />

      <label for="handle">{t(shape.handle)}</label>
      <input id="handle" type="text" value={profile.handle ?? ""} onInput={setText("handle")} />

      <label for="bio">{t(shape.bio)}</label>
      <textarea id="bio" value={profile.bio ?? ""} aria-describedby="bio-count" onInput={setText("bio")} />
      <Counter id="bio-count" text={profile.bio ?? ""} max={shape.bioMax} t={t} />

      {shape.maxLinks === 1 ? (
        <>
          <label for="link-0">{t("link")}</label>
          <input
            id="link-0"
            type="url"
            value={links[0] ?? ""}
            onInput={(event) => {
              const value = event.currentTarget.value;
              onProfile({ ...profile, links: value === "" ? [] : [value, ...links.slice(1)] });
            }}
          />
        </>
      ) : (
        <fieldset class="links">
          <legend class="field-label">{t("links")}</legend>
          {links.map((link, index) => (
            <div class="link-row" key={index}>
              <label class="visually-hidden" for={`link-${index}`}>
                {t("linkNumber", { n: index + 1 })}
              </label>
              <input
                id={`link-${index}`}
                type="url"
                value={link}
                onInput={(event) => setLink(index, event.currentTarget.value)}
              />
              <button
                type="button"
                aria-label={t("removeLink", { n: index + 1 })}
                onClick={() => onProfile({ ...profile, links: links.filter((_, i) => i !== index) })}
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            disabled={links.length >= shape.maxLinks}
            onClick={() => onProfile({ ...profile, links: [...links, ""] })}
          >
            {t("addLink")}
          </button>
        </fieldset>
      )}

      <label for="verified">{t("verified")}</label>
      <select
        id="verified"
        value={profile.verified === null || profile.verified === undefined ? "unknown" : String(profile.verified)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onProfile({ ...profile, verified: value === "unknown" ? null : value === "true" });
        }}
      >
        <option value="true">{t("verifiedYes")}</option>
        <option value="false">{t("verifiedNo")}</option>
        <option value="unknown">{t("verifiedUnknown")}</option>
      </select>

      <label for="avatar-sample">{t("avatar")}</label>
      <div class="avatar-row">
        {props.avatarPreview && <img class="avatar-preview" src={props.avatarPreview} alt="" />}
        <div>
          <select
            id="avatar-sample"
            value={avatarValue}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value === "unknown") props.onAvatarChoice({ kind: "unknown" });
              else if (value === "none") props.onAvatarChoice({ kind: "none" });
              else if (value in SAMPLES) props.onAvatarChoice({ kind: "sample", name: value as SampleName });
            }}
          >
            <option value="unknown">{t("avatarUnknown")}</option>
            <option value="none">{t("avatarNone")}</option>
            {Object.keys(SAMPLES).map((name) => (
              <option key={name} value={name}>
                {t("avatarSample")}: {name}
              </option>
            ))}
            {avatarValue === "file" && <option value="file">{profile.avatar}</option>}
          </select>
          <label for="avatar-file">{t("avatarFile")}</label>
          <input
            id="avatar-file"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) props.onAvatarFile(file);
            }}
          />
          {props.avatarStatus && (
            <p class="avatar-status" role="status">
              {props.avatarStatus}
            </p>
          )}
        </div>
      </div>

      <details class="account">
        <summary>{t("accountDetails")}</summary>
        {ACCOUNT_DETAILS.map((key) => (
          <div key={key}>
            <label for={`account-${key}`}>{t(key)}</label>
            <input
              id={`account-${key}`}
              type="text"
              value={account[key] ?? ""}
              onInput={(event) => {
                const value = event.currentTarget.value;
                onAccount({ ...account, [key]: value.trim() === "" ? undefined : value });
              }}
            />
          </div>
        ))}
      </details>
    </form>
  );
}
