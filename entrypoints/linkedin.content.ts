import { pageMatches } from "@/rules/platforms";
import { linkedInPageKind } from "@/utils/platforms/page-kinds";
import { startSessionWhenNeeded } from "@/utils/session-loader";

/** Loads the profile check (linkedin-session.ts) when the tab shows a page it works on. */
export default defineContentScript({
  matches: pageMatches("linkedin"),
  runAt: "document_idle",
  // WXT's started message would tell every page script the extension's id (docs/security.md).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startSessionWhenNeeded(ctx, "linkedin", linkedInPageKind);
  },
});
