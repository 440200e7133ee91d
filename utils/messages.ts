/** Messages between the content scripts, the popup and the background, validated with zod. */
import { z } from "zod/mini";

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
    }
  | { status: "unreadable"; reason: { nl: string; en: string } };
