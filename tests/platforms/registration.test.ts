/**
 * A platform is one registration (rules/platforms.ts): the content scripts' pages, the manifest's
 * host permissions and the avatar fetch's allowlist are derived from it, not written again.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { imageHostMatches, isImageHost, PLATFORM_DESCRIPTORS, pageMatches } from "../../rules/platforms";
import { ACCOUNT_TYPES, invalidPairReason, PLATFORMS } from "../../rules/vocabulary";
import { isAllowedAvatarUrl } from "../../utils/avatar-analysis";
import { PLATFORM_OF_HOST } from "../../utils/message-sender";
import config from "../../wxt.config";

describe("platform registrations", () => {
  it("give each platform exactly the account types the contract allows there", () => {
    for (const platform of PLATFORMS) {
      const allowed = ACCOUNT_TYPES.filter((type) => invalidPairReason(platform, type) === null);
      expect(Object.keys(PLATFORM_DESCRIPTORS[platform].accountTypes).sort(), platform).toEqual(allowed.sort());
    }
  });

  it.each(
    readdirSync("entrypoints")
      .filter((file) => file.endsWith(".content.ts"))
      .map((file) => [file]),
  )("%s runs on its platform's pages as registered", (file) => {
    const platform = file.replace(/(-composer)?\.content\.ts$/, "");
    expect(PLATFORMS).toContain(platform);
    expect(readFileSync(`entrypoints/${file}`, "utf8")).toContain(`matches: pageMatches("${platform}"),`);
  });

  it("lets the background answer content scripts on the registered hosts only, each about its platform", () => {
    expect(PLATFORM_OF_HOST).toEqual({
      "x.com": "x",
      "twitter.com": "x",
      "www.instagram.com": "instagram",
      "www.linkedin.com": "linkedin",
      "www.facebook.com": "facebook",
    });
  });

  it("asks host permissions for the registered image hosts only", () => {
    expect((config.manifest as { host_permissions?: string[] }).host_permissions).toEqual(imageHostMatches());
    expect(pageMatches("x")).toEqual(["https://x.com/*", "https://twitter.com/*"]);
  });

  it.each([
    ["pbs.twimg.com", true],
    ["scontent-ams2-1.cdninstagram.com", true],
    ["scontent.xx.fbcdn.net", true],
    ["media.licdn.com", true],
    ["cdninstagram.com", false],
    ["evilpbs.twimg.com", false],
    ["media.licdn.com.example", false],
    ["fbcdn.net.example", false],
  ])("fetches avatars from %s: %s", (host, allowed) => {
    expect(isImageHost(host)).toBe(allowed);
    expect(isAllowedAvatarUrl(`https://${host}/avatar.jpg`)).toBe(allowed);
  });
});
