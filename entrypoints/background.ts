import { handleMessage } from "@/utils/background-messages";
import { keepManagedCacheFresh, migrateStorage } from "@/utils/config-storage";

/**
 * The background: migrates what is stored on install and update, keeps the copy of the policy
 * fresh, and answers the content scripts (utils/background-messages.ts).
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) =>
    reason === "install" || reason === "update" ? migrateStorage() : undefined,
  );
  // Content scripts are answered from the copy and reload when it changes (issue 16).
  keepManagedCacheFresh();
  browser.runtime.onMessage.addListener(handleMessage);
});
