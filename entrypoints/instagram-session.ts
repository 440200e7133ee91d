import { startLiveCheck } from "@/utils/live-check";
import { instagramAdapter } from "@/utils/platforms/instagram";
import { registerSession } from "@/utils/session-loader";

/** The profile check on instagram: imported by `instagram.content.ts` on the pages it works on (utils/session-loader.ts). */
export default defineUnlistedScript({
  // Anonymous: imported as a module, it needs no global name.
  globalName: false,
  main() {
    registerSession("instagram", (ctx) => startLiveCheck(ctx, instagramAdapter));
  },
});
