import { pageMatches } from "@/rules/platforms";
import { startLiveCheck } from "@/utils/live-check";
import { xAdapter } from "@/utils/platforms/x";

export default defineContentScript({
  matches: pageMatches("x"),
  runAt: "document_idle",
  // WXT's started message would tell every page script the extension's id (docs/security.md).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startLiveCheck(ctx, xAdapter);
  },
});
