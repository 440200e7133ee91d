import { describe, expect, it } from "vitest";
import { normalizeHost, siteDomain } from "../../rules/links/host";

describe("host helpers (rules/links/host.ts): one way to write a host and a site's domain", () => {
  it("compares hosts in lower case without the trailing dot", () => {
    expect(normalizeHost("WWW.Rijksoverheid.NL.")).toBe("www.rijksoverheid.nl");
  });

  it.each([
    ["voorbeeldpartij.nl", "voorbeeldpartij.nl"],
    ["https://www.Voorbeeldpartij.nl/over?x=1", "voorbeeldpartij.nl"],
    ["HTTP://utrecht.voorbeeldpartij.nl.", "utrecht.voorbeeldpartij.nl"],
    ["  www.voorbeeldpartij.nl#top ", "voorbeeldpartij.nl"],
  ])("siteDomain(%j) is %j", (address, domain) => {
    expect(siteDomain(address)).toBe(domain);
  });
});
