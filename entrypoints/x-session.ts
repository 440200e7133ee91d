import { startLiveCheck } from "@/utils/live-check";
import { xAdapter } from "@/utils/platforms/x";
import { registerSession } from "@/utils/session-loader";

/** The profile check on x: imported by `x.content.ts` on the pages it works on (utils/session-loader.ts). */
export default defineUnlistedScript({
  // Anonymous: imported as a module, it needs no global name.
  globalName: false,
  main() {
    registerSession("x", (ctx) => startLiveCheck(ctx, xAdapter));
  },
});
