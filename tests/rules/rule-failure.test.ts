/**
 * A rule that throws is a bug, and the engine contains it (issue 10): the other rules still run,
 * the rule is not counted as evaluated, and its field says "not checked" with the rule's id, never
 * passed. The same for the message rules, which list it under notEvaluated.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { findMessageRule } from "../../rules/catalog/message-rules";
import { findProfileRule } from "../../rules/catalog/profile-rules";
import { checkCase } from "../../rules/engine";
import { checkMessage } from "../../rules/message-engine";
import type { Rule } from "../../rules/types";

function breaking(rule: Rule | undefined): void {
  if (!rule) throw new Error("rule not in the catalog");
  vi.spyOn(rule, "check").mockImplementation(() => {
    throw new Error("a bug in the rule");
  });
}

afterEach(() => vi.restoreAllMocks());

describe("a rule that throws", () => {
  it("leaves its field not checked, with its id, and the other rules run", () => {
    breaking(findProfileRule("bio/webcare"));
    const result = checkCase({
      account: { platform: "x", type: "corporate", ministry: "VWS" },
      profile: { bio: "Minister van VWS. #TeamVVD", displayName: "Minister van VWS" },
    });
    expect(result.evaluated).not.toContain("bio/webcare");
    expect(result.failed).toEqual(["bio/webcare"]);
    expect(result.fields.bio).toEqual({
      status: "not-checked",
      reason: expect.objectContaining({ nl: expect.stringContaining("bio/webcare") }),
    });
    // Another rule on the same field still ran and found the party hashtag.
    expect(result.findings.map((finding) => finding.rule)).toContain("bio/no-party");
  });

  it("in a message: is listed as not evaluated, and the other rules run", () => {
    breaking(findMessageRule("post/no-paid-promotion"));
    const result = checkMessage({
      kind: "post",
      account: { platform: "x", type: "corporate" },
      post: { text: "Vandaag op bezoek. #TeamVVD #ad" },
    });
    expect(result.notEvaluated.map((entry) => entry.rule)).toContain("post/no-paid-promotion");
    expect(result.findings.map((finding) => finding.rule)).toContain("post/no-party");
  });
});
