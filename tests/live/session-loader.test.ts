// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { ContentScriptContext } from "wxt/utils/content-script-context";
import { xPageKind } from "@/utils/platforms/page-kinds";
import { registerSession, sessionModulePath, startSessionWhenNeeded } from "@/utils/session-loader";

/** Moves the page the way a single-page app does, and tells the loader as WXT's location watcher would. */
function navigate(path: string): void {
  history.pushState({}, "", path);
  const event = new Event("wxt:locationchange") as Event & { newUrl: URL; oldUrl: URL };
  event.newUrl = new URL(location.href);
  window.dispatchEvent(event);
}

describe("startSessionWhenNeeded", () => {
  let ctx: ContentScriptContext;
  const started = vi.fn();
  /** A stand-in for the dynamic import: the module registers its start function, as x-session.ts does. */
  const importModule = vi.fn(async (_url: string) => registerSession("x", started));

  beforeEach(() => {
    fakeBrowser.reset();
    started.mockClear();
    importModule.mockClear();
    ctx = new ContentScriptContext("x-test");
    // The loader listens through ctx for WXT's event name; dispatch under that name.
    vi.spyOn(ctx, "addEventListener").mockImplementation((target, type, handler) =>
      (target as Window).addEventListener(type as string, handler as EventListener, { signal: ctx.signal }),
    );
  });
  afterEach(() => ctx.abort());

  it("imports nothing on a page the check does not work on", async () => {
    history.replaceState({}, "", "/home");
    startSessionWhenNeeded(ctx, "x", xPageKind, importModule);
    await Promise.resolve();
    expect(importModule).not.toHaveBeenCalled();
    expect(started).not.toHaveBeenCalled();
  });

  it("imports the platform's session module at once on an edit page and starts it with the context", async () => {
    history.replaceState({}, "", "/settings/profile");
    startSessionWhenNeeded(ctx, "x", xPageKind, importModule);
    await vi.waitFor(() => expect(started).toHaveBeenCalledWith(ctx));
    expect(importModule).toHaveBeenCalledTimes(1);
    expect(importModule.mock.calls[0]?.[0]).toMatch(new RegExp(`${sessionModulePath("x")}$`));
  });

  it("imports once, after navigation inside the app reaches a profile, and leaves later navigation to the session", async () => {
    history.replaceState({}, "", "/home");
    startSessionWhenNeeded(ctx, "x", xPageKind, importModule);
    navigate("/explore");
    expect(importModule).not.toHaveBeenCalled();
    navigate("/MinisterVWS");
    await vi.waitFor(() => expect(started).toHaveBeenCalledTimes(1));
    navigate("/settings/profile");
    navigate("/MinisterBZK");
    expect(importModule).toHaveBeenCalledTimes(1);
    expect(started).toHaveBeenCalledTimes(1);
  });

  it("keeps the page working when the module cannot be loaded", async () => {
    history.replaceState({}, "", "/settings/profile");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const failing = vi.fn(async () => {
      throw new TypeError("Failed to fetch dynamically imported module");
    });
    startSessionWhenNeeded(ctx, "x", xPageKind, failing);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(started).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
