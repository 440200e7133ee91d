/**
 * The words of the rule contract (../shared/spec/rules.md): platforms, account types, fields,
 * severities. Kept free of zod so that code which only needs the words (the content scripts)
 * stays small; rules/schema.ts builds the schemas from them.
 */
export const PLATFORMS = ["x", "instagram", "linkedin", "facebook"] as const;
export const ACCOUNT_TYPES = ["corporate", "hybrid", "showcase"] as const;
/** The fields of a profile. */
export const FIELDS = ["displayName", "handle", "bio", "links", "avatar", "verified"] as const;
/** The field of a post or a reply: its text. */
export const MESSAGE_FIELDS = ["text"] as const;
/** Every field a finding can be on. */
export const FINDING_FIELDS = [...FIELDS, ...MESSAGE_FIELDS] as const;
/** What a case describes: a profile (the default), a post or a reply. */
export const CASE_KINDS = ["profile", "post", "reply"] as const;
export const MESSAGE_KINDS = ["post", "reply"] as const;
/** Who writes a message: the ministry's editors or webcare, the party's team, the minister personally. */
export const ROLES = ["ministry", "party", "minister"] as const;
export const SEVERITIES = ["error", "warning", "info"] as const;
export const LANGUAGES = ["nl", "en"] as const;

export type Platform = (typeof PLATFORMS)[number];
export type AccountType = (typeof ACCOUNT_TYPES)[number];
export type FieldName = (typeof FIELDS)[number];
export type MessageFieldName = (typeof MESSAGE_FIELDS)[number];
export type FindingField = (typeof FINDING_FIELDS)[number];
export type CaseKind = (typeof CASE_KINDS)[number];
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export type Role = (typeof ROLES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Language = (typeof LANGUAGES)[number];

/**
 * Why a platform/type pair is impossible, or null when it is allowed. The guideline: a corporate
 * account "is niet op exact dezelfde manier mogelijk op LinkedIn" (use a showcase page), and a
 * showcase page only exists on LinkedIn.
 */
export function invalidPairReason(platform: Platform, type: AccountType): string | null {
  if (platform === "linkedin" && type === "corporate") {
    return 'linkedin + corporate bestaat niet: kies "showcase" (showcasepagina) of "hybrid" (persoonlijk profiel in hybride beheer)';
  }
  if (type === "showcase" && platform !== "linkedin") {
    return `showcase bestaat alleen op linkedin: kies "corporate" of "hybrid" voor ${platform}`;
  }
  return null;
}

/** Whether a case is a post or a reply (its `kind`), not a profile. */
export function isMessageCase<C extends { kind?: string | undefined }>(
  input: C,
): input is Extract<C, { kind: "post" | "reply" }> {
  return input.kind === "post" || input.kind === "reply";
}
