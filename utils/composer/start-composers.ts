/**
 * The composer check as a content script starts it: the engine as the checker, and the
 * organisation configuration asked for only when a person first focuses a message box.
 */
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { checkMessage } from "@/rules/message-engine";
import type { Platform } from "@/rules/vocabulary";
import { ConfigClient } from "../config-client";
import { type MessageChecker, startComposerCheck } from "./composer-session";

/** The engine's post and reply rules (it holds corporate and showcase accounts to the ministry's rules itself). */
export const checkWithEngine: MessageChecker = ({ kind, account, text, role, inReplyTo, lang }, options) =>
  checkMessage({ kind, account, post: { text, role, inReplyTo } }, { ...options, lang });

export function startComposers(ctx: ContentScriptContext, platform: Platform): void {
  let client: Promise<ConfigClient> | null = null;
  const configClient = () => {
    client ??= (async () => {
      const loaded = new ConfigClient(() => undefined);
      ctx.onInvalidated(loaded.watch());
      await loaded.load();
      return loaded;
    })();
    return client;
  };
  startComposerCheck(ctx, platform, configClient, checkWithEngine);
}
