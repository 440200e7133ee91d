/**
 * What the popup asks a tab's content script, and what the content script answers: the state of
 * the check on that page, validated with zod/mini by the popup. The content script builds it with
 * utils/tab-state-build.ts, which carries no validation library.
 */
import { z } from "zod/mini";
import { ACCOUNT_TYPES, FIELDS, PLATFORMS, SEVERITIES } from "@/rules/vocabulary";
import { FIELD_STATES, GET_REPORT_MESSAGE, GET_STATE_MESSAGE, SHOW_PANEL_MESSAGE } from "./tab-state-build";

/** A request from the popup to the content script of the active tab. */
export const tabRequestSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal(GET_STATE_MESSAGE) }),
  z.object({ type: z.literal(SHOW_PANEL_MESSAGE) }),
  z.object({ type: z.literal(GET_REPORT_MESSAGE) }),
]);
export type TabRequest = z.infer<typeof tabRequestSchema>;

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
    z.object({
      rule: z.string(),
      severity: z.enum(SEVERITIES),
      field: fieldNameSchema,
      message: z.string(),
      /** The field value a waiver for this finding is recorded against (rules/waivers.ts). */
      waiverValue: z.optional(z.string()),
    }),
  ),
  fields: z.record(fieldNameSchema, z.enum(FIELD_STATES)),
  /** Why a field was not checked, in the user's language. */
  notCheckedReasons: z.partialRecord(fieldNameSchema, z.string()),
});
export type TabState = z.infer<typeof tabStateSchema>;
