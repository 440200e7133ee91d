import { startComposers } from "@/utils/composer/start-composers";
import { startLiveCheck } from "@/utils/live-check";
import { instagramAdapter } from "@/utils/platforms/instagram";

export default defineContentScript({
  matches: ["https://www.instagram.com/*"],
  runAt: "document_idle",
  main(ctx) {
    startLiveCheck(ctx, instagramAdapter);
    startComposers(ctx, "instagram");
  },
});
