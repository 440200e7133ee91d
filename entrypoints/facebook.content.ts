import { startLiveCheck } from "@/utils/live-check";
import { facebookAdapter } from "@/utils/platforms/facebook";

export default defineContentScript({
  matches: ["https://www.facebook.com/*"],
  runAt: "document_idle",
  // WXT's started message would tell every page script the extension's id (docs/security.md).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startLiveCheck(ctx, facebookAdapter);
  },
});
