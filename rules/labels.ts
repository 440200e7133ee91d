/**
 * The names of the contract's words, in one table each, Dutch first: platforms, account types,
 * severities and fields. The command, the review report and the extension's screens
 * (components/labels.ts, utils/i18n.ts) all name them from here.
 */
import { PLATFORM_DESCRIPTORS } from "./platforms";
import { type AccountType, type FieldName, type Language, PLATFORMS, type Platform, type Severity } from "./vocabulary";

/** Brand names, the same in both languages, from each platform's registration. */
export const PLATFORM_LABELS = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */
  PLATFORMS.map((platform) => [platform, PLATFORM_DESCRIPTORS[platform].label]),
) as Readonly<Record<Platform, string>>;

/** An account type's short name, as in a choice between the three. */
export const ACCOUNT_TYPE_LABELS: Readonly<Record<Language, Readonly<Record<AccountType, string>>>> = {
  nl: { corporate: "Corporate", hybrid: "Hybride", showcase: "Showcasepagina" },
  en: { corporate: "Corporate", hybrid: "Hybrid", showcase: "Showcase page" },
};

/** An account type with who owns it, where it is named on its own. */
export const ACCOUNT_TYPE_DESCRIPTIONS: Readonly<Record<Language, Readonly<Record<AccountType, string>>>> = {
  nl: {
    corporate: "Corporate (van het ministerie)",
    hybrid: "Hybride (van de bewindspersoon)",
    showcase: "Showcasepagina (LinkedIn)",
  },
  en: {
    corporate: "Corporate (owned by the ministry)",
    hybrid: "Hybrid (owned by the minister)",
    showcase: "Showcase page (LinkedIn)",
  },
};

export const SEVERITY_LABELS: Readonly<Record<Language, Readonly<Record<Severity, string>>>> = {
  nl: { error: "Fout", warning: "Waarschuwing", info: "Advies" },
  en: { error: "Error", warning: "Warning", info: "Advice" },
};

/**
 * A severity inside a line of the command, the review report and the rule docs (cli.md): the Dutch
 * word, or in English the severity as the configuration writes it ("info").
 */
export function severityWord(severity: Severity, lang: Language): string {
  return lang === "nl" ? SEVERITY_LABELS.nl[severity].toLowerCase() : severity;
}

export const FIELD_LABELS: Readonly<Record<Language, Readonly<Record<FieldName, string>>>> = {
  nl: {
    displayName: "Naam",
    handle: "Handle",
    bio: "Bio",
    links: "Link",
    avatar: "Profielfoto",
    verified: "Verificatie",
  },
  en: {
    displayName: "Name",
    handle: "Handle",
    bio: "Bio",
    links: "Link",
    avatar: "Profile picture",
    verified: "Verification",
  },
};
