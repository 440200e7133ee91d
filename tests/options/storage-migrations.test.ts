/**
 * Storage migrations run once, from the background, on install and update (issue 10, item 3): one
 * test per shape an earlier version stored (git history of utils/storage.ts,
 * utils/config-storage.ts and utils/checklist-evidence.ts), and the policy's copy kept fresh through the
 * managed item's watch.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import background from "@/entrypoints/background";
import { loadChecklist } from "@/utils/checklist-storage";
import { keepManagedCacheFresh, loadEffectiveConfig, migrateStorage, saveLocalConfig } from "@/utils/config-storage";

/** What the panel stored before the configuration existed (3d0b62d): account types per "platform:handle". */
const CHOICES = {
  "x:ministervws": "hybrid", // configured in the second shape: the configured entry stays
  "instagram:minvws": "corporate",
  "linkedin:staatssecretaris": "showcase",
  "linkedin:someone": "corporate", // impossible pair: dropped
  "x:": "hybrid", // no handle: dropped
};
const FROM_CHOICES = [
  { platform: "instagram", handle: "minvws", type: "corporate" },
  { platform: "linkedin", handle: "staatssecretaris", type: "showcase" },
];
const CONFIGURED = { platform: "x", handle: "MinisterVWS", type: "corporate" } as const;

async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe("storage migrations", () => {
  it("moves the choices of a version without a configuration (only `accountChoices`) into a new one", async () => {
    await fakeBrowser.storage.local.set({ accountChoices: CHOICES, language: "en" });
    await migrateStorage();
    const { config } = await loadEffectiveConfig();
    expect(config.accounts).toEqual([{ platform: "x", handle: "ministervws", type: "hybrid" }, ...FROM_CHOICES]);
    expect(await fakeBrowser.storage.local.get(["accountChoices", "accountChoices$"])).toEqual({});
    expect(await stored("language")).toBe("en");
  });

  it("merges the choices stored beside a configuration (version 1 of the item, as WXT wrote it)", async () => {
    await saveLocalConfig({ version: 1, accounts: [CONFIGURED] });
    await fakeBrowser.storage.local.set({ accountChoices: CHOICES, accountChoices$: { v: 1 } });
    await migrateStorage();
    expect((await loadEffectiveConfig()).config.accounts).toEqual([CONFIGURED, ...FROM_CHOICES]);
    expect(await fakeBrowser.storage.local.get(["accountChoices", "accountChoices$"])).toEqual({});

    // Once done, running again writes nothing.
    const writes = vi.spyOn(fakeBrowser.storage.local, "set");
    await migrateStorage();
    expect(writes).not.toHaveBeenCalled();
  });

  it("leaves the choices waiting, at version 1, beside a configuration that cannot be read", async () => {
    const unreadable = { version: 7, accounts: "?" };
    await fakeBrowser.storage.local.set({ orgConfig: unreadable, accountChoices: CHOICES });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await migrateStorage();
    expect(logged).toHaveBeenCalled();
    expect(await stored("orgConfig")).toEqual(unreadable);
    expect(await stored("accountChoices")).toEqual(CHOICES);
    expect(await stored("accountChoices$")).toBeUndefined();
  });

  it("leaves a store of the current shape as it is", async () => {
    await saveLocalConfig({ version: 1, accounts: [CONFIGURED] });
    const before = await fakeBrowser.storage.local.get();
    await migrateStorage();
    expect(await fakeBrowser.storage.local.get()).toEqual(before);
  });

  it("keys the checklist evidence of version 1 (by step, 87e233f) by kind of evidence", async () => {
    const lastCheck = { checkedAt: "2026-11-30T09:00:00.000Z", evaluated: [], findings: [] };
    const byStep = {
      "new/avatar": "2026-11-29T08:00:00.000Z",
      "new/handle": "2026-11-28T08:00:00.000Z",
      "new/handle-hybrid": "2026-11-29T10:00:00.000Z", // the same kind as new/handle: the later date wins
      "old/archiving": "2026-11-29T10:00:00.000Z", // ticked by hand, never by evidence: dropped
    };
    await fakeBrowser.storage.local.set({
      checklistEvidence: { "x:ministervws": { lastCheck, provenAt: byStep } },
      checklistEvidence$: { v: 1 },
    });
    expect((await loadChecklist()).warnings).toHaveLength(1); // unreadable before the migration

    await migrateStorage();
    const { progress, warnings } = await loadChecklist();
    expect(warnings).toEqual([]);
    expect(progress.accounts[0]?.provenAt).toEqual({
      avatar: "2026-11-29T08:00:00.000Z",
      handle: "2026-11-29T10:00:00.000Z",
    });
    expect(await stored("checklistEvidence$")).toEqual({ v: 2 });

    // Evidence written since (by kind, without a version of its own) survives another run.
    const before = await stored("checklistEvidence");
    await fakeBrowser.storage.local.remove("checklistEvidence$");
    await migrateStorage();
    expect(await stored("checklistEvidence")).toEqual(before);
  });

  it("never migrates on a read: reading the configuration leaves the old item alone", async () => {
    await fakeBrowser.storage.local.set({ accountChoices: CHOICES });
    expect((await loadEffectiveConfig()).config.accounts).toEqual([]);
    expect(await stored("accountChoices")).toEqual(CHOICES);
  });

  it("runs in the background on install and update, not when the browser updates", async () => {
    background.main?.();
    await fakeBrowser.storage.local.set({ accountChoices: CHOICES });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: "chrome_update" } as never);
    expect(await stored("accountChoices")).toEqual(CHOICES);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: "update", previousVersion: "0.0.9" } as never);
    expect(await stored("accountChoices")).toBeUndefined();
    expect((await loadEffectiveConfig()).config.accounts).toHaveLength(3);
  });
});

describe("the copy of the policy", () => {
  const POLICY = { version: 1, accounts: [{ platform: "x", handle: "ministervws", type: "corporate" }] };

  it("follows the managed item's changes without reading the managed area again", async () => {
    const managedGet = vi.spyOn(fakeBrowser.storage.managed, "get");
    const stop = keepManagedCacheFresh();
    // Read ahead once, at start (no policy yet: nothing to copy).
    await vi.waitFor(() => expect(managedGet).toHaveBeenCalledTimes(1), { timeout: 60_000 });

    await fakeBrowser.storage.managed.set({ config: POLICY });
    await vi.waitFor(async () => expect(await stored("managedConfigCache")).toEqual({ value: POLICY }), {
      timeout: 60_000,
    });
    const answered = await loadEffectiveConfig({ managed: "cached" });
    expect(answered.managedAccountKeys).toEqual(new Set(["x:ministervws"]));

    await fakeBrowser.storage.managed.remove("config");
    await vi.waitFor(async () => expect(await stored("managedConfigCache")).toEqual({}), { timeout: 60_000 });
    expect(managedGet).toHaveBeenCalledTimes(1);
    stop();
  });

  it("stops following when asked", async () => {
    const managedGet = vi.spyOn(fakeBrowser.storage.managed, "get");
    const stop = keepManagedCacheFresh();
    await vi.waitFor(() => expect(managedGet).toHaveBeenCalledTimes(1), { timeout: 60_000 });
    stop();
    await fakeBrowser.storage.managed.set({ config: POLICY });
    await loadEffectiveConfig({ managed: "cached" });
    expect(await stored("managedConfigCache")).toBeUndefined();
  });
});
