/** Messages between the content scripts, the popup and the background, validated with zod. */
import { z } from "zod/mini";
import type { OrgConfig } from "@/rules/config";
import type { ReportCase } from "@/rules/report";
import { ACCOUNT_TYPES, LANGUAGES, type Language, PLATFORMS } from "@/rules/vocabulary";

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
  url: z.string(),
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
  handle: z.string(),
  accountType: z.enum(ACCOUNT_TYPES),
});
export type RememberAccountMessage = z.infer<typeof rememberAccountMessageSchema>;

/** A content script records a waiver the user gave in the panel. */
export const addWaiverMessageSchema = z.object({
  type: z.literal("profielcheck:add-waiver"),
  platform: z.enum(PLATFORMS),
  handle: z.string(),
  rule: z.string(),
  value: z.string(),
  reason: z.string(),
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
export interface RenderReportMessage {
  type: "profielcheck:render-report";
  lang: Language;
  reportCase: ReportCase;
}
export const renderReportMessageSchema = z.object({
  type: z.literal("profielcheck:render-report"),
  lang: z.enum(LANGUAGES),
  // The case comes from our own content script, which built it from the engine's own output.
  reportCase: z.custom<ReportCase>((value) => typeof value === "object" && value !== null),
});
