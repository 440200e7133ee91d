/**
 * Messages between the content scripts, the popup and the background, validated with zod. The
 * background parses every request once against `backgroundRequestSchema`; sizes are capped so a
 * request cannot make it store or render arbitrarily much.
 */
import { z } from "zod/mini";
import type { OrgConfig } from "@/rules/config/schema";
import type { ReportCase } from "@/rules/report";
import { ACCOUNT_TYPES, LANGUAGES, type Language, PLATFORMS } from "@/rules/vocabulary";

/** Longest handle, rule id, field value and waiver reason the background accepts. */
const MAX_HANDLE = 200;
const MAX_RULE = 100;
const MAX_VALUE = 20_000;
const MAX_REASON = 2_000;
/** The review report's case (profile, findings, waivers) as JSON, and an avatar URL (data: previews). */
const MAX_REPORT_CASE_JSON = 1_000_000;
const MAX_AVATAR_URL = 16_000_000;

const handleSchema = z.string().check(z.maxLength(MAX_HANDLE));

/** A content script reports the error count of its tab, for the toolbar badge. */
export const badgeMessageSchema = z.object({
  type: z.literal("profielcheck:badge"),
  errors: z.number().check(z.int(), z.nonnegative()),
  warnings: z.number().check(z.int(), z.nonnegative()),
});
export type BadgeMessage = z.infer<typeof badgeMessageSchema>;

/** A content script asks the background to analyse an avatar (an image-host URL or a data: URL). */
export const analyseAvatarMessageSchema = z.object({
  type: z.literal("profielcheck:analyse-avatar"),
  url: z.string().check(z.maxLength(MAX_AVATAR_URL)),
});
export type AnalyseAvatarMessage = z.infer<typeof analyseAvatarMessageSchema>;

/** The background's answer: the detector's verdict on the image it decoded, or why it could not. */
export type AvatarAnswer =
  | {
      status: "analysed";
      outcome: "present" | "absent" | "uncertain";
      confidence: number;
      /** The logo's box as fractions (0..1) of the image, for drawing it on a thumbnail. */
      box?: { x: number; y: number; width: number; height: number };
      /** Why the detector is uncertain (uncertain only). */
      reason?: { nl: string; en: string };
    }
  | { status: "unreadable"; reason: { nl: string; en: string } };

/** A content script asks for the configuration that applies (the background validates it). */
export const getConfigMessageSchema = z.object({ type: z.literal("profielcheck:get-config") });

/** A content script stores the account type the user chose in the panel. */
export const rememberAccountMessageSchema = z.object({
  type: z.literal("profielcheck:remember-account"),
  platform: z.enum(PLATFORMS),
  handle: handleSchema,
  accountType: z.enum(ACCOUNT_TYPES),
});
export type RememberAccountMessage = z.infer<typeof rememberAccountMessageSchema>;

/** A content script records a waiver the user gave in the panel. */
export const addWaiverMessageSchema = z.object({
  type: z.literal("profielcheck:add-waiver"),
  platform: z.enum(PLATFORMS),
  handle: handleSchema,
  rule: z.string().check(z.maxLength(MAX_RULE)),
  value: z.string().check(z.maxLength(MAX_VALUE)),
  reason: z.string().check(z.minLength(1), z.maxLength(MAX_REASON)),
});
export type AddWaiverMessage = z.infer<typeof addWaiverMessageSchema>;

/** The configuration as the background hands it to a content script (already validated). */
export interface ConfigAnswer {
  config: OrgConfig;
  /** `platform:handle` of the accounts the organisation manages. */
  managedAccountKeys: string[];
  /** The user's language for every screen. */
  language: Language;
}

/** A content script asks the background to render the review report of its last check. */
export const renderReportMessageSchema = z.object({
  type: z.literal("profielcheck:render-report"),
  lang: z.enum(LANGUAGES),
  // The case comes from our own content script, which built it from the engine's own output.
  reportCase: z.custom<ReportCase>(
    (value) => typeof value === "object" && value !== null && JSON.stringify(value).length <= MAX_REPORT_CASE_JSON,
  ),
});

/** Every request the background answers, told apart by `type`. */
export const backgroundRequestSchema = z.discriminatedUnion("type", [
  badgeMessageSchema,
  analyseAvatarMessageSchema,
  getConfigMessageSchema,
  rememberAccountMessageSchema,
  addWaiverMessageSchema,
  renderReportMessageSchema,
]);
export type RenderReportMessage = z.infer<typeof renderReportMessageSchema>;
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;
