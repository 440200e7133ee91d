/**
 * A rule whose severity differs per platform says so for every platform on which the account type
 * exists, or gives a `default`: a platform left out would switch the rule off there without anyone
 * deciding it (issue 10, item 4). Adding a platform makes this test name every table to decide.
 */
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../rules/catalog";
import { PLATFORM_DESCRIPTORS } from "../../rules/platforms";
import { severityFor } from "../../rules/rule-run";
import type { Rule } from "../../rules/types";
import { ACCOUNT_TYPES, type AccountType, PLATFORMS, type Platform } from "../../rules/vocabulary";

function platformsWith(type: AccountType): Platform[] {
  return PLATFORMS.filter((platform) => PLATFORM_DESCRIPTORS[platform].accountTypes[type] !== undefined);
}

/** The platforms a rule's per-platform table leaves undecided for an account type. */
function undecidedPlatforms(rule: Rule, type: AccountType): Platform[] {
  const spec = rule.meta.severity[type];
  if (spec === undefined || typeof spec === "string" || spec.default !== undefined) return [];
  return platformsWith(type).filter((platform) => spec[platform] === undefined);
}

describe("severity tables", () => {
  it.each(CATALOG.map((rule) => [rule.meta.id, rule] as const))("%s decides every platform", (_id, rule) => {
    for (const type of ACCOUNT_TYPES) expect(undecidedPlatforms(rule, type), type).toEqual([]);
  });

  it("finds a table that leaves a platform out", () => {
    const rule = { meta: { severity: { hybrid: { x: "warning", instagram: "warning" } } } } as unknown as Rule;
    expect(undecidedPlatforms(rule, "hybrid")).toEqual(["linkedin", "facebook"]);
  });

  it('reads "off" as not applying, like an account type without a severity', () => {
    const rule = { meta: { severity: { corporate: { x: "error", default: "off" } } } } as unknown as Rule;
    expect(severityFor(rule, "x", "corporate")).toBe("error");
    expect(severityFor(rule, "facebook", "corporate")).toBeUndefined();
  });
});
