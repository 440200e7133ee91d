import { describe, expect, it } from "vitest";
import { MESSAGE_SCENARIOS } from "@/components/playground/message-scenarios";
import { findRule } from "@/rules/catalog";
import { checkMessage } from "@/rules/message-engine";
import { messageCaseSchema } from "@/rules/schema";

const byId = (id: string) => {
  const scenario = MESSAGE_SCENARIOS.find((each) => each.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return scenario;
};

describe("playground message scenarios", () => {
  it("has at least eight scenarios with unique ids", () => {
    expect(MESSAGE_SCENARIOS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(MESSAGE_SCENARIOS.map((scenario) => scenario.id)).size).toBe(MESSAGE_SCENARIOS.length);
  });

  it.each(MESSAGE_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    "%s finds exactly its expected rules",
    (_, scenario) => {
      expect(messageCaseSchema.safeParse(scenario.case).success).toBe(true);
      for (const id of scenario.expectedRules) expect(findRule(id), id).toBeDefined();
      const found = new Set(checkMessage(scenario.case).findings.map((finding) => finding.rule));
      expect([...found].sort()).toEqual([...scenario.expectedRules].sort());
    },
  );

  it("says what each scenario teaches, in both languages", () => {
    for (const scenario of MESSAGE_SCENARIOS) {
      for (const text of [scenario.title, scenario.teaches]) {
        expect(text.nl.trim(), scenario.id).not.toBe("");
        expect(text.en.trim(), scenario.id).not.toBe("");
      }
    }
  });

  it("covers the situations of the issue", () => {
    const minister = byId("post-minister-party-hashtag").case;
    expect([minister.account.type, minister.post.role]).toEqual(["corporate", "minister"]);
    expect(byId("post-party-without-marker").case.post.role).toBe("party");
    expect(byId("reply-ministry-campaign-question").case).toMatchObject({ kind: "reply", post: { role: "ministry" } });
    expect(byId("reply-formal-webcare").case.post.text).toMatch(/\bu\b/);
    expect(byId("post-working-visit-advertisement").case.post.text).toMatch(/Werkbezoek/);
    expect(byId("post-paid-promotion").case.post.text).toMatch(/#ad\b/);
    // The reply that says who answers is on a hybrid account with its ministry marker; drop it and it is an error.
    const says = byId("reply-says-who-answers").case;
    expect(says.account.type).toBe("hybrid");
    const unsigned = { ...says, post: { ...says.post, text: says.post.text.replace(" #MinFin", "") } };
    expect(checkMessage(unsigned).findings).toEqual([
      expect.objectContaining({ rule: "reply/responder-marker", severity: "error" }),
    ]);
    expect(byId("reply-clean").case.kind).toBe("reply");
  });

  it("spreads the scenarios over the four platforms", () => {
    const platforms = new Set(MESSAGE_SCENARIOS.map((scenario) => scenario.case.account.platform));
    expect([...platforms].sort()).toEqual(["facebook", "instagram", "linkedin", "x"]);
  });

  it("a hybrid message without a role says which rules were not checked", () => {
    const result = checkMessage(byId("post-hybrid-no-role").case);
    expect(result.notEvaluated.map((entry) => entry.rule).sort()).toEqual(["post/no-party", "post/role-marker"]);
  });
});
