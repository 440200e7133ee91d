import { badgeMessageSchema } from "@/utils/messages";

/** Shows the error count of each tab on the toolbar button; the content scripts report it. */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const parsed = badgeMessageSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return;
    const { errors, warnings } = parsed.data;
    const text = errors > 0 ? String(errors) : warnings > 0 ? String(warnings) : "";
    // Dark red / dark amber: both keep white badge text readable (contrast ≥ 4.5:1).
    const color = errors > 0 ? "#a4000f" : "#8a4b00";
    void browser.action.setBadgeText({ tabId, text });
    void browser.action.setBadgeBackgroundColor({ tabId, color });
  });
});
