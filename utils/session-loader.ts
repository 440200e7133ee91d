/**
 * The profile check in two parts, so what every platform page loads stays small: the content
 * script carries only this loader and the URL test of its platform; the session (adapter, engine
 * and panel) is a module in the extension's own package that is imported the first time the tab
 * shows a page the check works on (an edit page or a profile). Nothing is fetched from a network.
 *
 * The session module is built as a WXT unlisted script (`entrypoints/<platform>-session.ts`) and
 * declared web-accessible to its platform's pages only, with a per-session URL on Chromium
 * (`use_dynamic_url`). A module a content script imports runs in the content script's own world, so
 * the module hands its start function over through that world's global object, which page scripts
 * cannot see.
 */
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import type { Platform } from "@/rules/vocabulary";
import type { PageKind } from "./platforms/types";

export type SessionStart = (ctx: ContentScriptContext) => void;

const REGISTRY_KEY = Symbol.for("profielcheck.session-start");

type SessionRegistry = Partial<Record<Platform, SessionStart>>;

function registry(): SessionRegistry {
  const world = globalThis as { [REGISTRY_KEY]?: SessionRegistry };
  world[REGISTRY_KEY] ??= {};
  return world[REGISTRY_KEY];
}

/** Called by a session module when it is imported: how to start the check for its platform. */
export function registerSession(platform: Platform, start: SessionStart): void {
  registry()[platform] = start;
}

/** The path of a platform's session module in the extension package (see wxt.config.ts). */
export function sessionModulePath(platform: Platform): `/${Platform}-session.js` {
  return `/${platform}-session.js`;
}

/**
 * Starts the platform's profile check once the tab shows a page it works on, now or after a
 * navigation inside the single-page app; from then on the session follows navigation itself.
 */
export function startSessionWhenNeeded(
  ctx: ContentScriptContext,
  platform: Platform,
  pageKind: (url: URL) => PageKind | null,
  importModule: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
): void {
  let loading = false;

  async function load(): Promise<void> {
    loading = true;
    try {
      await importModule(browser.runtime.getURL(sessionModulePath(platform)));
      const start = registry()[platform];
      if (!start) throw new Error(`${sessionModulePath(platform)} registered no session`);
      if (ctx.isValid) start(ctx);
    } catch (error) {
      // The page must keep working when the check cannot start (an extension update, a broken build).
      console.warn("Profielcheck: de controle kon niet starten / the check could not start", error);
    }
  }

  if (pageKind(new URL(location.href))) {
    void load();
    return;
  }
  ctx.addEventListener(window, "wxt:locationchange", (event) => {
    // A page script can dispatch an event of the same name, without a URL our world can see.
    if (!loading && event.newUrl instanceof URL && pageKind(event.newUrl)) void load();
  });
}
