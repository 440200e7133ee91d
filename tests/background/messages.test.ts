import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import background from "@/entrypoints/background";
import type { OrgConfigInput } from "@/rules/config/schema";
import { checkCase } from "@/rules/engine";
import { badgeTitle, handleMessage } from "@/utils/background-messages";
import { saveLocalConfig } from "@/utils/config-storage";
import { BACKGROUND_PROTOCOL, type BackgroundProtocol, type RequestOf } from "@/utils/protocol";

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

/** A valid request of every message the background answers, as a content script on x.com sends it. */
const REPORT_CASE = { account: { platform: "x", type: "corporate" }, profile: { bio: "Ministerie van VWS" } } as const;
const REQUESTS: { [Name in keyof BackgroundProtocol]: RequestOf<BackgroundProtocol, Name> } = {
  "profielcheck:badge": { errors: 1, warnings: 0 },
  "profielcheck:analyse-avatar": { url: "data:image/png;base64,AAAA" },
  "profielcheck:get-config": {},
  "profielcheck:remember-account": { platform: "x", handle: "MinFin", accountType: "corporate" },
  "profielcheck:add-waiver": { platform: "x", handle: "MinFin", rule: "bio/webcare", value: "bio", reason: "Zo" },
  "profielcheck:render-report": {
    lang: "nl",
    reportCase: { ...REPORT_CASE, result: checkCase(REPORT_CASE) },
  },
  "profielcheck:record-checklist-evidence": {
    account: { platform: "x", type: "corporate", handle: "MinisterVWS" },
    evidence: { checkedAt: "2026-11-30T09:00:00.000Z", url: "https://x.com/MinisterVWS", evaluated: [], findings: [] },
    ruleSettings: {},
  },
  "profielcheck:assess-profile": {
    platform: "x",
    url: "https://x.com/MinisterVWS_",
    handle: "MinisterVWS_",
    displayName: "Minister van VWS",
    bio: "",
    avatarUrl: null,
  },
};

describe("the one protocol", () => {
  beforeEach(() => {
    // The report names the extension's version; the fake browser has no manifest.
    vi.spyOn(fakeBrowser.runtime, "getManifest").mockReturnValue({ version: "0.1.0" } as never);
  });

  it.each(Object.keys(REQUESTS) as (keyof BackgroundProtocol)[])(
    "answers %s as its response schema says",
    async (name) => {
      const answer = await handleMessage({ type: name, ...REQUESTS[name] }, FROM_X);
      const parsed = BACKGROUND_PROTOCOL[name].response.safeParse(answer);
      expect(parsed.error?.issues).toBeUndefined();
    },
  );

  it("answers every request through the background's one listener", async () => {
    background.main?.();
    for (const [name, request] of Object.entries(REQUESTS)) {
      const answers = await fakeBrowser.runtime.onMessage.trigger(
        { type: name, ...request },
        FROM_X as Browser.runtime.MessageSender,
      );
      expect(answers, name).toHaveLength(1);
    }
  });

  it("does not let a content script record evidence or ask about a profile of another platform", () => {
    const fromInstagram = { ...FROM_X, url: "https://www.instagram.com/ministervws" };
    for (const name of ["profielcheck:record-checklist-evidence", "profielcheck:assess-profile"] as const) {
      expect(handleMessage({ type: name, ...REQUESTS[name] }, fromInstagram), name).toBeUndefined();
    }
  });

  it("takes no name of an object's own machinery for a message", () => {
    for (const type of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(handleMessage({ type }, FROM_X), type).toBeUndefined();
    }
  });
});

describe("the toolbar button's tooltip", () => {
  it("says the counts behind the badge in words, in the user's language", () => {
    expect(badgeTitle(2, 1, "nl")).toBe("Profielcheck: 2 fouten, 1 waarschuwing");
    expect(badgeTitle(0, 3, "en")).toBe("Profielcheck: 3 warnings");
    expect(badgeTitle(0, 0, "nl")).toBe("Profielcheck");
  });
});
