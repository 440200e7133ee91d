/**
 * What the popup asks a tab's content script, and what the content script answers: the state of
 * the check on that page. Validated with zod/mini on both sides of `browser.tabs.sendMessage`.
 */
import { z } from "zod/mini";
import type { CheckResult } from "@/rules/engine";
import {
  ACCOUNT_TYPES,
  type AccountType,
  FIELDS,
  type FieldName,
  type Language,
  PLATFORMS,
  type Platform,
  SEVERITIES,
} from "@/rules/vocabulary";

export const GET_STATE_MESSAGE = "profielcheck:get-state";
export const SHOW_PANEL_MESSAGE = "profielcheck:show-panel";

/** A request from the popup to the content script of the active tab. */
export const tabRequestSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal(GET_STATE_MESSAGE) }),
  z.object({ type: z.literal(SHOW_PANEL_MESSAGE) }),
]);
export type TabRequest = z.infer<typeof tabRequestSchema>;

export const FIELD_STATES = ["ok", "findings", "not-checked", "not-applicable"] as const;
export type FieldState = (typeof FIELD_STATES)[number];

const fieldNameSchema = z.enum(FIELDS);

export const tabStateSchema = z.object({
  platform: z.enum(PLATFORMS),
  handle: z.nullable(z.string()),
  pageKind: z.enum(["edit", "profile"]),
  /** The account as checked; null while its type is unknown (the panel asks for it). */
  account: z.nullable(
    z.object({
      type: z.enum(ACCOUNT_TYPES),
      minister: z.optional(z.string()),
      ministry: z.optional(z.string()),
    }),
  ),
  /** Whether the account is in the organisation configuration. */
  configured: z.boolean(),
  findings: z.array(
    z.object({ rule: z.string(), severity: z.enum(SEVERITIES), field: fieldNameSchema, message: z.string() }),
  ),
  fields: z.record(fieldNameSchema, z.enum(FIELD_STATES)),
  /** Why a field was not checked, in the user's language. */
  notCheckedReasons: z.partialRecord(fieldNameSchema, z.string()),
});
export type TabState = z.infer<typeof tabStateSchema>;

export interface TabStateInput {
  platform: Platform;
  handle: string | null;
  pageKind: "edit" | "profile";
  account: { type: AccountType; minister?: string | undefined; ministry?: string | undefined } | null;
  configured: boolean;
  /** The last check, or null when none ran (account type unknown). */
  result: CheckResult | null;
  lang: Language;
}

/** The answer to `GET_STATE_MESSAGE`, built from the content script's last check. */
export function tabStateFromCheck(input: TabStateInput): TabState {
  const { result, lang } = input;
  const fields = {} as Record<FieldName, FieldState>;
  const notCheckedReasons: Partial<Record<FieldName, string>> = {};
  for (const field of FIELDS) {
    const status = result?.fields[field];
    if (!status || status.status === "not-checked") {
      fields[field] = "not-checked";
      if (status?.status === "not-checked") notCheckedReasons[field] = status.reason[lang];
    } else if (result.findings.some((finding) => finding.field === field)) {
      fields[field] = "findings";
    } else {
      fields[field] = status.status === "checked" ? "ok" : "not-applicable";
    }
  }
  const account = input.account && {
    type: input.account.type,
    ...(input.account.minister ? { minister: input.account.minister } : {}),
    ...(input.account.ministry ? { ministry: input.account.ministry } : {}),
  };
  return {
    platform: input.platform,
    handle: input.handle,
    pageKind: input.pageKind,
    account,
    configured: input.configured,
    findings: (result?.findings ?? []).map(({ rule, severity, field, message }) => ({
      rule,
      severity,
      field,
      message,
    })),
    fields,
    notCheckedReasons,
  };
}
