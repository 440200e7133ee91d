/** Messages between the content scripts, the popup and the background, validated with zod. */
import { z } from "zod/mini";

/** A content script reports the error count of its tab, for the toolbar badge. */
export const badgeMessageSchema = z.object({
  type: z.literal("profielcheck:badge"),
  errors: z.number().check(z.int(), z.nonnegative()),
  warnings: z.number().check(z.int(), z.nonnegative()),
});
export type BadgeMessage = z.infer<typeof badgeMessageSchema>;
