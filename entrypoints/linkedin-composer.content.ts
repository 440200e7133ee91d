import { pageMatches } from "@/rules/platforms";
import { startComposers } from "@/utils/composer/start-composers";

/**
 * Posts and replies on LinkedIn: a content script of its own, so the message rules are not loaded with
 * the profile panel (and each script stays within its size budget). Until a person focuses a
 * message box it does nothing but listen for focus.
 */
export default defineContentScript({
  matches: pageMatches("linkedin"),
  runAt: "document_idle",
  // WXT's started message would tell every page script the extension's id (docs/security.md).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startComposers(ctx, "linkedin");
  },
});
