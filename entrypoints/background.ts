import { handleMessage } from "@/utils/background-messages";
import { refreshManagedCache } from "@/utils/config-storage";
import { MANAGED_CONFIG_KEY } from "@/utils/storage-keys";

/** The background: answers the content scripts (utils/background-messages.ts) and keeps the policy's copy fresh. */
export default defineBackground(() => {
  // Read the policy ahead, and again when it changes; content scripts reload when the copy changes.
  void refreshManagedCache();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === "managed" && MANAGED_CONFIG_KEY in changes) void refreshManagedCache();
  });
  browser.runtime.onMessage.addListener(handleMessage);
});
