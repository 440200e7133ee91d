/**
 * The composer check as a content script starts it: the engine as the checker, and the
 * organisation configuration asked for only when a person first focuses a message box.
 */
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { checkCase } from "@/rules/engine";
import type { Platform } from "@/rules/vocabulary";
import { ConfigClient } from "../config-client";
import { type MessageChecker, startComposerCheck } from "./composer-session";

/** The post and reply rules of the engine, with the role rules of cli.md: corporate and showcase write as the ministry. */
export const checkWithEngine: MessageChecker = (message, options) => {
  const role = message.account.type === "hybrid" ? message.role : "ministry";
  const post = { text: message.text, role, ...(message.kind === "reply" ? { inReplyTo: message.inReplyTo } : {}) };
  return checkCase({ kind: message.kind, account: message.account, post }, { ...options, lang: message.lang }).findings;
};

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
