import { startLiveCheck } from "@/utils/live-check";
import { facebookAdapter } from "@/utils/platforms/facebook";
import { registerSession } from "@/utils/session-loader";

/** The profile check on facebook: imported by `facebook.content.ts` on the pages it works on (utils/session-loader.ts). */
export default defineUnlistedScript({
  // Anonymous: imported as a module, it needs no global name.
  globalName: false,
  main() {
    registerSession("facebook", (ctx) => startLiveCheck(ctx, facebookAdapter));
  },
});
