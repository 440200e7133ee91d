import { startComposers } from "@/utils/composer/start-composers";
import { startLiveCheck } from "@/utils/live-check";
import { xAdapter } from "@/utils/platforms/x";

export default defineContentScript({
  matches: ["https://x.com/*", "https://twitter.com/*"],
  runAt: "document_idle",
  main(ctx) {
    startLiveCheck(ctx, xAdapter);
    startComposers(ctx, "x");
  },
});
