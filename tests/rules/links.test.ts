import { describe, expect, it } from "vitest";
import { parseRijksoverheidPath, rijksoverheidLinkProblem } from "../../rules/links/rijksoverheid";
import {
  comparablePath,
  hasExplicitScheme,
  hostMatchesDomain,
  isRijksoverheidHost,
  isSocialMediaHost,
  looksLikeRijksoverheid,
  parseLooseUrl,
  profileHandleOfUrl,
  readableHost,
} from "../../rules/links/url";

describe("parseLooseUrl", () => {
  it.each<[string, string | null]>([
    ["https://www.rijksoverheid.nl/regering", "www.rijksoverheid.nl"],
    ["rijksoverheid.nl/regering", "rijksoverheid.nl"],
    ["  HTTP://VVD.NL  ", "vvd.nl"],
    ["https://www.rijksoverheid.nl@evil.example/", "evil.example"],
    ["ftp://rijksoverheid.nl", null],
    ["javascript:alert(1)", null],
    ["mailto:info@vvd.nl", null],
    ["localhost", null],
    ["", null],
    ["   ", null],
    ["niet een adres", null],
    ["https://", null],
  ])("%j -> %j", (input, host) => {
    expect(parseLooseUrl(input)?.hostname ?? null).toBe(host);
  });

  it("knows whether a scheme was typed", () => {
    expect(hasExplicitScheme("http://rijksoverheid.nl")).toBe(true);
    expect(hasExplicitScheme("rijksoverheid.nl")).toBe(false);
  });
});

describe("hosts", () => {
  it.each<[string, string, boolean]>([
    ["vvd.nl", "vvd.nl", true],
    ["www.vvd.nl", "vvd.nl", true],
    ["utrecht.cda.nl", "cda.nl", true],
    ["a.b.cda.nl", "www.cda.nl", true],
    ["VVD.NL.", "vvd.nl", true],
    ["notvvd.nl", "vvd.nl", false],
    ["vvd.nl.example.org", "vvd.nl", false],
    ["vvd.nl", "pvv.nl", false],
  ])("hostMatchesDomain(%j, %j) = %s", (host, domain, expected) => {
    expect(hostMatchesDomain(host, domain)).toBe(expected);
  });

  it("decodes punycode labels for reading", () => {
    expect(readableHost("xn--rijksverheid-8fk.nl")).toBe("rijks\u043everheid.nl");
    expect(readableHost(new URL("https://bücher.example").hostname)).toBe("bücher.example");
    expect(readableHost("www.rijksoverheid.nl")).toBe("www.rijksoverheid.nl");
    // A broken label stays as it is.
    expect(readableHost("xn--!!!.nl")).toBe("xn--!!!.nl");
  });

  it("recognises only the two Rijksoverheid hosts", () => {
    expect(isRijksoverheidHost("rijksoverheid.nl")).toBe(true);
    expect(isRijksoverheidHost("WWW.RIJKSOVERHEID.NL")).toBe(true);
    expect(isRijksoverheidHost("english.rijksoverheid.nl")).toBe(false);
  });

  it.each([
    "rijksoverheid.nl.example.org",
    "rijks0verheid.nl",
    "rijksoverheid-nl.com",
    "xn--rijksverheid-8fk.nl",
    "www.rijksoverheld.nl",
    "rijksoverhied.nl",
    "r1jksoverheid.nl",
    "rijksoverheid.com",
  ])("look-alike: %s", (host) => {
    expect(looksLikeRijksoverheid(host)).toBe(true);
  });

  it.each(["rijksoverheid.nl", "www.rijksoverheid.nl", "overheid.nl", "government.nl", "vvd.nl"])(
    "not a look-alike: %s",
    (host) => {
      expect(looksLikeRijksoverheid(host)).toBe(false);
    },
  );

  it("recognises social-media hosts and the profile they point to", () => {
    expect(isSocialMediaHost("mobile.twitter.com")).toBe(true);
    expect(isSocialMediaHost("notx.com")).toBe(false);
    expect(profileHandleOfUrl(new URL("https://x.com/@FleurAgema/status/1"))).toBe("FleurAgema");
    expect(profileHandleOfUrl(new URL("https://www.linkedin.com/in/fleur-agema/"))).toBe("fleur-agema");
    expect(profileHandleOfUrl(new URL("https://x.com/"))).toBeNull();
  });

  it("compares paths without trailing slash, query and fragment", () => {
    expect(comparablePath(new URL("https://a.nl/Regering/Bewindspersonen/x/?q=1#f"))).toBe(
      "/regering/bewindspersonen/x",
    );
    expect(comparablePath(new URL("https://a.nl"))).toBe("/");
  });
});

describe("rijksoverheidLinkProblem", () => {
  it.each<[string | undefined, string | null]>([
    ["https://www.rijksoverheid.nl/", null],
    ["rijksoverheid.nl", null],
    [undefined, "missing"],
    ["", "missing"],
    ["http://www.rijksoverheid.nl", "notHttps"],
    ["https://www.rijksoverheid.nl@evil.example", "userinfo"],
    ["https://rijks0verheid.nl", "lookalike"],
    ["https://www.overheid.nl", "otherHost"],
    ["ftp://www.rijksoverheid.nl", "notAUrl"],
  ])("%j -> %s", (link, kind) => {
    expect(rijksoverheidLinkProblem(link)?.kind ?? null).toBe(kind);
  });

  it("names the real host of a user-info link", () => {
    expect(rijksoverheidLinkProblem("https://www.rijksoverheid.nl@evil.example")).toEqual({
      kind: "userinfo",
      host: "evil.example",
    });
    expect(parseRijksoverheidPath("https://www.rijksoverheid.nl@evil.example")).toBeNull();
    expect(parseRijksoverheidPath("https://rijksoverheid.nl/regering")?.pathname).toBe("/regering");
  });
});
