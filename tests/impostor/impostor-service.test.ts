import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { saveLocalConfig } from "@/utils/config-storage";
import { assessProfileMessage } from "@/utils/impostor-service";
import type { AssessProfileRequest } from "@/utils/protocol";
import { languageItem } from "@/utils/storage";

const NOW = new Date(2026, 10, 30, 12, 0);

function request(handle: string, displayName: string, bio = ""): AssessProfileRequest {
  return {
    platform: "x" as const,
    url: `https://x.com/${handle}`,
    handle,
    displayName,
    bio,
    avatarUrl: null,
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await saveLocalConfig({
    version: 1,
    accounts: [{ platform: "x", handle: "MinisterVWS", type: "corporate", ministry: "VWS", minister: "Fleur Agema" }],
  });
});

describe("fake-account answers of the background", () => {
  it("warns on an impostor, with reasons, steps, the official account and a dated report text", async () => {
    const note = await assessProfileMessage(request("MinisterVVVS", "Fleur Agema"), NOW);
    expect(note).toMatchObject({
      kind: "suspect",
      title: "Mogelijk nepaccount",
      compareWith: { label: "@ministervws", url: "https://x.com/ministervws" },
    });
    expect(note?.reasons).toEqual([
      "De accountnaam lijkt op @ministervws (X), met letters die erop lijken (vv voor w, rn voor m, 1 voor l).",
      "De profielnaam noemt Fleur Agema.",
    ]);
    expect(note?.steps).toHaveLength(3);
    expect(note?.reportText).toContain("Gezien op: 2026-11-30");
  });

  it("gives a parody account a note only", async () => {
    const note = await assessProfileMessage(request("AgemaParodie", "Fleur Agema (parodie)"), NOW);
    expect(note).toMatchObject({ kind: "parody", title: "Parodie- of fanaccount" });
    expect(note?.reportText).toBeUndefined();
  });

  it("answers in English when that is the user's language", async () => {
    await languageItem.setValue("en");
    expect((await assessProfileMessage(request("MinisterVVVS", "Fleur Agema"), NOW))?.title).toBe(
      "Possible fake account",
    );
  });

  it.each([
    ["the configured account", request("MinisterVWS", "Fleur Agema")],
    [
      "an unrelated account that mentions the minister",
      request("bakkerijjansen", "Bakkerij Jansen", "Minister Agema kocht hier brood."),
    ],
    ["a profile without a handle", { ...request("x", "Fleur Agema"), handle: null }],
  ])("says nothing on %s", async (_, message) => {
    expect(await assessProfileMessage(message, NOW)).toBeNull();
  });

  it("says nothing when the configuration has no accounts", async () => {
    await saveLocalConfig({ version: 1 });
    expect(await assessProfileMessage(request("MinisterVVVS", "Fleur Agema"), NOW)).toBeNull();
  });
});
