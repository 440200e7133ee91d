import { startLiveCheck } from "@/utils/live-check";
import { linkedInAdapter } from "@/utils/platforms/linkedin";
import { registerSession } from "@/utils/session-loader";

/** The profile check on linkedin: imported by `linkedin.content.ts` on the pages it works on (utils/session-loader.ts). */
export default defineUnlistedScript({
  // Anonymous: imported as a module, it needs no global name.
  globalName: false,
  main() {
    registerSession("linkedin", (ctx) => startLiveCheck(ctx, linkedInAdapter));
  },
});
