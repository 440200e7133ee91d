/**
 * Selector overrides from the policy and the user's own configuration reach the effective
 * configuration (policy first), and an ignored selector is a warning on the options page.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { loadEffectiveConfig, saveLocalConfig } from "@/utils/config-storage";

beforeEach(() => {
  fakeBrowser.reset();
});

describe("selector overrides in the effective configuration", () => {
  it("merge the policy's over the user's, and warn about the ones that are ignored", async () => {
    await saveLocalConfig({
      version: 1,
      selectorOverrides: { x: { bio: ["textarea.local"], displayName: ["input.local"] } },
    });
    await fakeBrowser.storage.managed.set({
      config: { version: 1, selectorOverrides: { x: { bio: ['textarea[name="bio"]', "a::after"] } } },
    });
    const effective = await loadEffectiveConfig();
    expect(effective.config.selectorOverrides).toEqual({
      x: { bio: ['textarea[name="bio"]', "a::after"], displayName: ["input.local"] },
    });
    expect(effective.warnings).toEqual([
      {
        nl: "Selector selectorOverrides.x.bio[1] wordt genegeerd: pseudo-elementen (::) kiezen geen veld",
        en: "Selector selectorOverrides.x.bio[1] is ignored: pseudo-elements (::) pick no field",
      },
    ]);
    // A policy of only overrides is a policy: nothing else of it is lost.
    expect(effective.managed?.selectorOverrides).toBeDefined();
  });
});
