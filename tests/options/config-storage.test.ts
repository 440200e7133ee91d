import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { CATALOG } from "@/rules/catalog";
import { accountProgressSchema, checklistProgressSchema } from "@/rules/checklist/progress";
import type { OrgConfigInput } from "@/rules/config/schema";
import { accountSchema } from "@/rules/schema";
import {
  exportConfigJson,
  importConfigJson,
  loadEffectiveConfig,
  localConfigItem,
  MAX_IMPORT_CHARACTERS,
  managedCacheItem,
  refreshManagedCache,
  rememberAccount,
  saveLocalConfig,
  watchEffectiveConfig,
} from "@/utils/config-storage";
import managedSchema from "../../public/managed_schema.json";

const LOCAL = {
  version: 1,
  organisation: "Ministerie van VWS",
  accounts: [
    { platform: "x", handle: "MinisterVWS", type: "corporate", ministry: "VWS", minister: "Fleur Agema" },
    { platform: "instagram", handle: "ministervws", type: "hybrid" },
  ],
  rules: { "bio/webcare": "warning", "name/full-name": "off" },
  parties: [{ name: "Voorbeeldpartij", abbreviations: ["VBP"], websites: ["voorbeeldpartij.nl"] }],
  templates: { webcare: "Vragen? Mail ons." },
} satisfies OrgConfigInput;

const MANAGED = {
  version: 1,
  accounts: [{ platform: "x", handle: "@ministervws", type: "hybrid", ministry: "VWS", minister: "Beheerd" }],
  rules: { "bio/webcare": "error" },
  parties: [{ name: "voorbeeldpartij", abbreviations: ["VP"] }],
};

async function setManaged(value: unknown): Promise<void> {
  await fakeBrowser.storage.managed.set({ config: value });
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe("managed configuration", () => {
  it("wins per account, rule and party, and is marked as managed", async () => {
    await saveLocalConfig(LOCAL);
    await setManaged(MANAGED);

    const effective = await loadEffectiveConfig();

    expect(effective.warnings).toEqual([]);
    const x = effective.config.accounts.filter((account) => account.platform === "x");
    expect(x).toEqual([MANAGED.accounts[0]]);
    expect(effective.config.accounts).toContainEqual(LOCAL.accounts[1]);
    expect(effective.managedAccountKeys).toEqual(new Set(["x:ministervws"]));
    expect(effective.config.rules).toEqual({ "bio/webcare": "error", "name/full-name": "off" });
    expect(effective.managedRuleIds).toEqual(new Set(["bio/webcare"]));
    expect(effective.config.parties).toEqual([{ name: "voorbeeldpartij", abbreviations: ["VP"] }]);
    expect(effective.config.templates).toEqual(LOCAL.templates);
    // The user's own part is untouched.
    expect(effective.local.accounts).toHaveLength(2);
  });

  it("accepts the configuration as a JSON string (Firefox policies, registry values)", async () => {
    await setManaged(JSON.stringify(MANAGED));
    const effective = await loadEffectiveConfig();
    expect(effective.managedRuleIds).toEqual(new Set(["bio/webcare"]));
  });

  it("ignores an invalid managed value with a warning in both languages", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await saveLocalConfig(LOCAL);
    await setManaged({ version: 1, accounts: [{ platform: "linkedin", handle: "x", type: "corporate" }] });

    const effective = await loadEffectiveConfig();

    expect(effective.config.accounts).toHaveLength(2);
    expect(effective.managedAccountKeys.size).toBe(0);
    expect(effective.warnings).toHaveLength(1);
    expect(effective.warnings[0]?.nl).toContain("accounts[0].type");
    expect(effective.warnings[0]?.en).toContain("is ignored");
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("ignores managed JSON that does not parse, with a warning", async () => {
    await setManaged("{ not json");
    const effective = await loadEffectiveConfig();
    expect(effective.managed).toBeNull();
    expect(effective.warnings[0]?.nl).toContain("geen geldige JSON");
  });

  it("treats missing managed storage (Firefox without a policy) as nothing managed", async () => {
    vi.spyOn(fakeBrowser.storage.managed, "get").mockRejectedValueOnce(new Error("Managed storage manifest not found"));
    await saveLocalConfig(LOCAL);
    const effective = await loadEffectiveConfig();
    expect(effective.managed).toBeNull();
    expect(effective.warnings).toEqual([]);
    expect(effective.config.accounts).toHaveLength(2);
  });

  it("reports policy and local changes to watchers", async () => {
    const seen: number[] = [];
    const unwatch = watchEffectiveConfig((effective) => seen.push(effective.config.accounts.length));
    await saveLocalConfig(LOCAL);
    await vi.waitFor(() => expect(seen.at(-1)).toBe(2));
    await setManaged({ version: 1, accounts: [{ platform: "facebook", handle: "minvws", type: "corporate" }] });
    await vi.waitFor(() => expect(seen.at(-1)).toBe(3));
    unwatch();
  });
});

describe("the copy of the policy the content scripts are answered from", () => {
  it("answers from the copy without reading the managed area, which may take seconds", async () => {
    await saveLocalConfig(LOCAL);
    await setManaged(MANAGED);
    const managedGet = vi.spyOn(fakeBrowser.storage.managed, "get");
    managedGet.mockClear();
    const before = await loadEffectiveConfig({ managed: "cached" });
    expect(managedGet).not.toHaveBeenCalled();
    expect(before.managed).toBeNull();
    expect(before.config.accounts).toHaveLength(2);

    await refreshManagedCache();
    const after = await loadEffectiveConfig({ managed: "cached" });
    expect(managedGet).toHaveBeenCalledTimes(1);
    expect(after.managedAccountKeys).toEqual(new Set(["x:ministervws"]));
    expect(after.config.rules["bio/webcare"]).toBe("error");
  });

  it("is written only when the policy changed, so content scripts reload only then", async () => {
    await setManaged(MANAGED);
    await refreshManagedCache();
    const writes = vi.spyOn(managedCacheItem, "setValue");
    writes.mockClear();
    await refreshManagedCache();
    expect(writes).not.toHaveBeenCalled();
    await setManaged({ ...MANAGED, rules: {} });
    await refreshManagedCache();
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it("validates the copy like the policy itself: an invalid one is ignored with a warning", async () => {
    await setManaged({ version: 1, accounts: [{ platform: "myspace", handle: "x", type: "corporate" }] });
    await refreshManagedCache();
    const effective = await loadEffectiveConfig({ managed: "cached" });
    expect(effective.managed).toBeNull();
    expect(effective.warnings[0]?.nl).toContain("ongeldig");
  });
});

describe("import and export", () => {
  it("export then import gives the same configuration", async () => {
    await saveLocalConfig(LOCAL);
    const exported = await exportConfigJson();
    await fakeBrowser.storage.local.clear();
    expect((await loadEffectiveConfig()).local.accounts).toEqual([]);

    expect(await importConfigJson(exported)).toEqual({ ok: true });

    expect(await exportConfigJson()).toBe(exported);
    expect((await loadEffectiveConfig()).local).toMatchObject(LOCAL);
  });

  it("an invalid import changes nothing and names every problem by its key path", async () => {
    await saveLocalConfig(LOCAL);
    const before = await localConfigItem.getValue();

    const result = await importConfigJson(
      JSON.stringify({
        version: 1,
        accounts: [
          { platform: "linkedin", handle: "a", type: "corporate" },
          { platform: "x", type: "hybrid" },
        ],
        rules: { "bio/does-not-exist": "off" },
        colour: "blue",
      }),
    );

    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining(["accounts[0].type", "accounts[1].handle", 'rules["bio/does-not-exist"]', "colour"]),
    );
    expect(await localConfigItem.getValue()).toEqual(before);
  });

  it("reports text that is not JSON at the document itself", async () => {
    const result = await importConfigJson("{", "en");
    expect(result).toMatchObject({ ok: false, problems: [{ path: "" }] });
    expect(result.ok ? "" : result.problems[0]?.message).toMatch(/^not valid JSON/);
  });
});

describe("rememberAccount", () => {
  it("adds an account, and changes only the type of an existing local one", async () => {
    expect(await rememberAccount("x", "@MinisterVWS", "corporate")).toEqual({ ok: true });
    await saveLocalConfig({
      version: 1,
      accounts: [{ platform: "x", handle: "MinisterVWS", type: "corporate", minister: "Fleur Agema" }],
    });
    expect(await rememberAccount("x", "ministervws", "hybrid")).toEqual({ ok: true });
    expect((await loadEffectiveConfig()).local.accounts).toEqual([
      { platform: "x", handle: "MinisterVWS", type: "hybrid", minister: "Fleur Agema" },
    ]);
  });

  it("never overwrites a managed entry, and refuses impossible pairs", async () => {
    await setManaged(MANAGED);
    // What the background does when it starts and when the policy changes; writes go by that copy.
    await refreshManagedCache();
    const managed = await rememberAccount("x", "MinisterVWS", "corporate");
    expect(managed).toMatchObject({ ok: false });
    expect((await loadEffectiveConfig()).local.accounts).toEqual([]);
    expect(await rememberAccount("linkedin", "someone", "corporate")).toMatchObject({ ok: false });
  });
});

describe("public/managed_schema.json", () => {
  const config = managedSchema.properties.config.properties;

  it("lists every rule of the catalog, and only those", () => {
    expect(Object.keys(config.rules.properties).sort()).toEqual(CATALOG.map((rule) => rule.meta.id).sort());
  });

  // Generated from the zod schema (scripts/generate-managed-schema.ts): every key the extension reads.
  it("describes the checklist's keys", () => {
    expect(Object.keys(config.checklist.properties).sort()).toEqual(Object.keys(checklistProgressSchema.shape).sort());
    expect(Object.keys(config.checklist.properties.accounts.items.properties).sort()).toEqual(
      Object.keys(accountProgressSchema.shape).sort(),
    );
  });

  it("describes every account key of the configuration", () => {
    const accountKeys = Object.keys(accountSchema.shape);
    expect(Object.keys(config.accounts.items.properties).sort()).toEqual(accountKeys.sort());
  });
});

describe("stored configuration read entry by entry (issue 17, item 3)", () => {
  const DROPPED = { platform: "x", handle: "MinisterVWS", rule: "bio/dropped-rule", value: "", reason: "Oud besluit" };

  it("keeps the valid entries when one is invalid, and sets that one aside with a warning", async () => {
    await fakeBrowser.storage.local.set({ orgConfig: { ...LOCAL, waivers: [DROPPED] } });
    const effective = await loadEffectiveConfig();
    expect(effective.local.accounts).toHaveLength(2);
    expect(effective.local.parties).toHaveLength(1);
    expect(effective.setAside.map((entry) => entry.path)).toEqual(["waivers[0]"]);
    expect(effective.warnings[0]?.nl).toContain('waivers[0].rule: onbekende regel "bio/dropped-rule"');
    expect(effective.warnings[0]?.en).toContain("set aside");
  });

  // Before the fix the next write stored an empty configuration plus the change.
  it("keeps everything through a write, and exports the set-aside entry with the rest", async () => {
    await fakeBrowser.storage.local.set({ orgConfig: { ...LOCAL, waivers: [DROPPED] } });
    expect(await rememberAccount("facebook", "minvws", "corporate")).toEqual({ ok: true });
    const effective = await loadEffectiveConfig();
    expect(effective.local.accounts.map((account) => account.handle)).toEqual(["MinisterVWS", "ministervws", "minvws"]);
    expect(effective.setAside).toHaveLength(1);
    const exported = JSON.parse(await exportConfigJson());
    expect(exported.waivers).toEqual([DROPPED]);
    expect(exported.accounts).toHaveLength(3);
  });

  it("never writes over a stored value that cannot be read, and exports it as it is", async () => {
    const unreadable = { version: 2, accounts: [{ platform: "x", handle: "a", type: "corporate" }] };
    await fakeBrowser.storage.local.set({ orgConfig: unreadable });
    const effective = await loadEffectiveConfig();
    expect(effective.warnings[0]?.nl).toContain("kan niet worden gelezen");
    expect(await rememberAccount("x", "MinPres", "corporate")).toMatchObject({ ok: false });
    expect(await saveLocalConfig(LOCAL)).toMatchObject({ ok: false, problems: [{ path: "" }] });
    expect((await fakeBrowser.storage.local.get("orgConfig")).orgConfig).toEqual(unreadable);
    expect(JSON.parse(await exportConfigJson())).toEqual(unreadable);
    // An import is an explicit replacement.
    expect(await importConfigJson(JSON.stringify(LOCAL))).toEqual({ ok: true });
    expect((await loadEffectiveConfig()).local.accounts).toHaveLength(2);
  });

  it("uses the valid part of a policy and names the rest", async () => {
    await setManaged({ ...MANAGED, waivers: [DROPPED], colour: "blue" });
    const effective = await loadEffectiveConfig();
    expect(effective.managed?.accounts).toHaveLength(1);
    expect(effective.warnings[0]?.nl).toMatch(/waivers\[0\]\.rule.*colour: onbekende sleutel/);
  });

  it("keeps a warning about 50,000 invalid policy entries short", async () => {
    const accounts = Array.from({ length: 50_000 }, (_, index) => ({
      platform: "linkedin",
      handle: `a${index}`,
      type: "corporate",
    }));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await setManaged({ version: 1, accounts });
    const effective = await loadEffectiveConfig();
    warn.mockRestore();
    expect(effective.warnings[0]?.nl.length).toBeLessThan(3000);
    expect(effective.warnings[0]?.nl).toContain("… en 49.990 meer");
  }, 60_000);
});

describe("import limits (issue 17, item 10)", () => {
  it("refuses a file above the limit before parsing it", async () => {
    const result = await importConfigJson(" ".repeat(MAX_IMPORT_CHARACTERS + 1));
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: "", message: expect.stringMatching(/^het bestand is te groot/) }],
    });
  });

  it("says so when the storage refuses the write (quota)", async () => {
    vi.spyOn(localConfigItem, "setValue").mockRejectedValueOnce(new Error("QUOTA_BYTES quota exceeded"));
    const result = await importConfigJson(JSON.stringify(LOCAL), "en");
    expect(result).toMatchObject({
      ok: false,
      problems: [{ message: "could not be stored: QUOTA_BYTES quota exceeded" }],
    });
  });
});
