import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { OrgConfigInput } from "@/rules/config/schema";
import { handleMessage } from "@/utils/background-messages";
import { saveLocalConfig } from "@/utils/config-storage";

const OWN_ID = fakeBrowser.runtime.id;
const FROM_X = { id: OWN_ID, url: "https://x.com/settings/profile", tab: { id: 3 } };

const CONFIG = {
  version: 1,
  accounts: [
    { platform: "x", handle: "MinisterVWS", type: "corporate" },
    { platform: "instagram", handle: "ministervws", type: "hybrid" },
  ],
  waivers: [
    { platform: "x", handle: "MinisterVWS", rule: "bio/webcare", value: "bio", reason: "Webcare staat op de site" },
    { platform: "instagram", handle: "ministervws", rule: "bio/webcare", value: "bio", reason: "Geheim overleg" },
  ],
} satisfies OrgConfigInput;

const remember = { type: "profielcheck:remember-account", platform: "x", handle: "MinFin", accountType: "corporate" };

beforeEach(async () => {
  fakeBrowser.reset();
  await saveLocalConfig(CONFIG);
});

describe("the background's messages", () => {
  it("answers our content script on a platform host", async () => {
    expect(await handleMessage(remember, FROM_X)).toEqual({ ok: true });
  });

  it.each([
    ["another extension", { ...FROM_X, id: "some-other-extension" }],
    ["a page that is not a platform's", { ...FROM_X, url: "https://example.com/x.com" }],
    ["a look-alike host", { ...FROM_X, url: "https://x.com.example.net/settings/profile" }],
    ["plain http", { ...FROM_X, url: "http://x.com/settings/profile" }],
    ["no tab (an extension page or worker)", { id: OWN_ID, url: "https://x.com/settings/profile" }],
  ])("does not answer %s", (_label, sender) => {
    expect(handleMessage(remember, sender)).toBeUndefined();
  });

  it("does not let a content script speak for another platform than its tab's", () => {
    expect(handleMessage({ ...remember, platform: "instagram" }, FROM_X)).toBeUndefined();
    const waiver = {
      type: "profielcheck:add-waiver",
      platform: "facebook",
      handle: "a",
      rule: "r",
      value: "v",
      reason: "x",
    };
    expect(handleMessage(waiver, FROM_X)).toBeUndefined();
  });

  it("refuses oversized values", () => {
    expect(handleMessage({ ...remember, handle: "a".repeat(201) }, FROM_X)).toBeUndefined();
    const waiver = {
      type: "profielcheck:add-waiver",
      platform: "x",
      handle: "a",
      rule: "r",
      value: "v",
      reason: "x".repeat(2001),
    };
    expect(handleMessage(waiver, FROM_X)).toBeUndefined();
  });

  it("gives a content script only the accounts and waivers of its own platform", async () => {
    const answer = (await handleMessage({ type: "profielcheck:get-config" }, FROM_X)) as {
      config: { accounts: { platform: string }[]; waivers: { platform: string; reason: string }[] };
    };
    expect(answer.config.accounts.map((account) => account.platform)).toEqual(["x"]);
    expect(answer.config.waivers).toHaveLength(1);
    expect(JSON.stringify(answer)).not.toContain("Geheim overleg");
  });

  it("ignores what is not a request it knows", () => {
    expect(handleMessage({ type: "profielcheck:unknown" }, FROM_X)).toBeUndefined();
    expect(handleMessage("profielcheck:get-config", FROM_X)).toBeUndefined();
  });
});
