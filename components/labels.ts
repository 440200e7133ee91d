/** Which utils/i18n.ts text names each platform, account type, severity and field, for the options page and popup. */
import type { AccountType, FieldName, Platform, Severity } from "@/rules/vocabulary";
import type { Translate } from "@/utils/i18n";

type PanelMessageKey = Parameters<Translate>[0];

/** Brand names, the same in both languages. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  x: "X",
  instagram: "Instagram",
  linkedin: "LinkedIn",
  facebook: "Facebook",
};

export const ACCOUNT_TYPE_LABEL: Record<AccountType, PanelMessageKey> = {
  corporate: "accountTypeCorporate",
  hybrid: "accountTypeHybrid",
  showcase: "accountTypeShowcase",
};

export const SEVERITY_LABEL: Record<Severity, PanelMessageKey> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};

export const FIELD_LABEL: Record<FieldName, PanelMessageKey> = {
  displayName: "fieldDisplayName",
  handle: "fieldHandle",
  bio: "fieldBio",
  links: "fieldLinks",
  avatar: "fieldAvatar",
  verified: "fieldVerified",
};
