import { analyseAvatar } from "@/utils/avatar-analysis";
import { analyseAvatarMessageSchema, badgeMessageSchema } from "@/utils/messages";

/**
 * The background: the toolbar badge with each tab's error count (reported by the content
 * scripts), and the avatar analysis, which needs the image hosts' permission a page lacks.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const avatarRequest = analyseAvatarMessageSchema.safeParse(message);
    if (avatarRequest.success) return analyseAvatar(avatarRequest.data.url);

    const badge = badgeMessageSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (!badge.success || tabId === undefined) return undefined;
    const { errors, warnings } = badge.data;
    const text = errors > 0 ? String(errors) : warnings > 0 ? String(warnings) : "";
    // Dark red / dark amber: both keep white badge text readable (contrast ≥ 4.5:1).
    const color = errors > 0 ? "#a4000f" : "#7a4100";
    void browser.action.setBadgeText({ tabId, text });
    void browser.action.setBadgeBackgroundColor({ tabId, color });
    return undefined;
  });
});
