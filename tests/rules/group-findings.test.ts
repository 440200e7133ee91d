import { describe, expect, it } from "vitest";
import { checkCase } from "@/rules/engine";
import { countOpenCauses, groupFindings } from "@/rules/group-findings";
import type { Finding } from "@/rules/schema";

function rulesPerGroup(findings: Finding[]): string[][] {
  return groupFindings(findings).map((group) => group.findings.map((finding) => finding.rule).sort());
}

describe("one cause, one card", () => {
  it("puts '(PVV)' in a corporate account's name in one group with both rules it breaks", () => {
    const { findings } = checkCase({
      account: { platform: "x", type: "corporate" },
      profile: { displayName: "Fleur Agema (PVV)" },
    });
    expect(findings.map((finding) => finding.rule).sort()).toEqual(["name/full-name", "name/no-party"]);
    expect(rulesPerGroup(findings)).toEqual([["name/full-name", "name/no-party"]]);
    expect(groupFindings(findings)[0]?.severity).toBe("error");
  });

  it("puts a pvv.nl link in one group, and keeps each missing part of the bio a cause of its own", () => {
    const { findings } = checkCase({
      account: { platform: "x", type: "corporate", ministry: "VWS" },
      profile: { bio: "Minister", links: ["https://pvv.nl/fleur"] },
    });
    const groups = rulesPerGroup(findings);
    expect(groups).toContainEqual(["link/no-party-site", "link/rijksoverheid"]);
    const bioRules = findings.filter((finding) => finding.field === "bio").map((finding) => [finding.rule]);
    for (const rule of bioRules) expect(groups).toContainEqual(rule);
  });

  it("groups overlapping ranges in the bio but not ranges apart, nor different links", () => {
    const finding = (rule: string, start: number, end: number, index?: number): Finding => ({
      rule,
      severity: "warning",
      field: index === undefined ? "bio" : "links",
      message: rule,
      start,
      end,
      ...(index === undefined ? {} : { index }),
    });
    expect(rulesPerGroup([finding("a", 0, 5), finding("b", 3, 8), finding("c", 10, 12)])).toEqual([["a", "b"], ["c"]]);
    expect(rulesPerGroup([finding("a", 0, 5, 0), finding("b", 0, 5, 1)])).toEqual([["a"], ["b"]]);
  });

  it("puts the worst finding of a group first", () => {
    const groups = groupFindings([
      { rule: "w", severity: "warning", field: "displayName", message: "w" },
      { rule: "e", severity: "error", field: "displayName", message: "e" },
    ]);
    expect(groups.map((group) => group.findings.map((finding) => finding.rule))).toEqual([["e", "w"]]);
    expect(groups[0]?.severity).toBe("error");
  });
});

describe("counting open causes, as the panel, the badge and the popup do", () => {
  const name = (rule: string, severity: Finding["severity"]): Finding => ({
    rule,
    severity,
    field: "displayName",
    message: rule,
  });

  it("counts '(PVV)' in the name as one error, not two", () => {
    const { findings } = checkCase({
      account: { platform: "x", type: "corporate" },
      profile: { displayName: "Fleur Agema (PVV)" },
    });
    expect(countOpenCauses(groupFindings(findings), () => true)).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it("counts a cause at the worst severity still open, and not at all when every finding is settled", () => {
    const groups = groupFindings([name("e", "error"), name("w", "warning")]);
    expect(countOpenCauses(groups, (finding) => finding.rule !== "e")).toEqual({ error: 0, warning: 1, info: 0 });
    expect(countOpenCauses(groups, () => false)).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
