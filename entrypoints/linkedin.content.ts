import { pageMatches } from "@/rules/platforms";
import { startLiveCheck } from "@/utils/live-check";
import { linkedInAdapter } from "@/utils/platforms/linkedin";

export default defineContentScript({
  matches: pageMatches("linkedin"),
  runAt: "document_idle",
  // WXT's started message would tell every page script the extension's id (docs/security.md).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startLiveCheck(ctx, linkedInAdapter);
  },
});
