/**
 * Which utils/i18n.ts text names each account type, severity and field, for the panel, options page
 * and popup; the texts themselves come from the tables in rules/labels.ts, as do platform names.
 */
import type { AccountType, FieldName, Severity } from "@/rules/vocabulary";
import type { Translate } from "@/utils/i18n";

type PanelMessageKey = Parameters<Translate>[0];

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
