import { describe, expect, it } from "vitest";
import { checkCase } from "@/rules/engine";
import type { Case } from "@/rules/schema";
import { applyWaivers, type Waiver, waiverValue } from "@/rules/waivers";

const BIO = "Minister van VWS. Redactie: directie Communicatie @MinVWS. Webcare op werkdagen. #PVV";
const profileCase: Case = {
  account: { platform: "x", type: "corporate", ministryHandle: "MinVWS", minister: "Fleur Agema" },
  profile: {
    displayName: "Fleur Agema",
    handle: "MinisterVWS",
    bio: BIO,
    links: ["https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema", "https://www.pvv.nl"],
    verified: false,
  },
};
const waiver: Waiver = {
  platform: "x",
  handle: "@ministervws",
  rule: "bio/no-party",
  value: BIO,
  reason: "Afgesproken met de SG tot de verkiezingen",
};

function waivedRules(testCase: Case, waivers: Waiver[]): string[] {
  const { findings } = checkCase(testCase);
  return applyWaivers(findings, waivers, testCase.profile, testCase.account.platform)
    .filter((entry) => entry.waiver)
    .map((entry) => entry.finding.rule);
}

describe("applyWaivers", () => {
  it("accepts the finding of the waived rule on this account and value, and keeps every finding listed", () => {
    const { findings } = checkCase(profileCase);
    const entries = applyWaivers(findings, [waiver], profileCase.profile, "x");
    expect(entries.map((entry) => entry.finding)).toEqual(findings);
    const waived = entries.filter((entry) => entry.waiver);
    expect(waived.map((entry) => entry.finding.rule)).toEqual(["bio/no-party"]);
    expect(waived[0]?.waiver).toBe(waiver);
    expect(entries.some((entry) => entry.finding.rule === "account/verified" && !entry.waiver)).toBe(true);
  });

  it("shows the finding again once the field's value changes", () => {
    const changed = { ...profileCase, profile: { ...profileCase.profile, bio: `${BIO} #TeamPVV` } };
    expect(checkCase(changed).findings.some((finding) => finding.rule === "bio/no-party")).toBe(true);
    expect(waivedRules(changed, [waiver])).toEqual([]);
  });

  it("holds only for its own account", () => {
    expect(waivedRules(profileCase, [{ ...waiver, platform: "instagram" }])).toEqual([]);
    expect(waivedRules(profileCase, [{ ...waiver, handle: "MinisterVWSpers" }])).toEqual([]);
    const withoutHandle = { ...profileCase, profile: { ...profileCase.profile, handle: null } };
    expect(waivedRules(withoutHandle, [waiver])).toEqual([]);
  });

  it("holds only for its own rule", () => {
    expect(waivedRules(profileCase, [{ ...waiver, rule: "bio/webcare" }])).toEqual([]);
  });

  it("records a link finding against the link it is about, and verified as true/false", () => {
    const linkWaiver: Waiver = { ...waiver, rule: "link/no-party-site", value: "https://www.pvv.nl" };
    const verifiedWaiver: Waiver = { ...waiver, rule: "account/verified", value: "false" };
    expect(waivedRules(profileCase, [linkWaiver, verifiedWaiver]).sort()).toEqual([
      "account/verified",
      "link/no-party-site",
    ]);
    const moved = { ...profileCase, profile: { ...profileCase.profile, links: ["https://www.pvv.nl/"] } };
    expect(waivedRules(moved, [linkWaiver])).toEqual([]);
  });

  it("has no value for an unknown field", () => {
    expect(waiverValue({ rule: "r", severity: "error", field: "bio", message: "m" }, { bio: null })).toBeUndefined();
    expect(waiverValue({ rule: "r", severity: "error", field: "links", message: "m" }, { links: ["a", "b"] })).toBe(
      "a\nb",
    );
  });
});
