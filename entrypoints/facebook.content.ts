import { startLiveCheck } from "@/utils/live-check";
import { facebookAdapter } from "@/utils/platforms/facebook";

export default defineContentScript({
  matches: ["https://www.facebook.com/*"],
  runAt: "document_idle",
  main(ctx) {
    startLiveCheck(ctx, facebookAdapter);
  },
});
