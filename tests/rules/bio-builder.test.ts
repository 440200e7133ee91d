import { describe, expect, it } from "vitest";
import { buildBios, describeChange } from "../../rules/bio-builder";
import { MINISTRIES } from "../../rules/data/ministries";
import { checkCase } from "../../rules/engine";
import { countCharacters, fieldLimit } from "../../rules/limits";
import type { Account } from "../../rules/schema";
import { VALID_PAIRS } from "./rule-tester";

/** The account as an organisation would configure it: the ministry's handle on that platform, or its X handle. */
function accountFor(code: string, pair: (typeof VALID_PAIRS)[number]): Account {
  const [platform, type] = pair;
  const ministry = MINISTRIES.find((each) => each.code === code);
  const handle = ministry?.handles[platform]?.[0] ?? ministry?.handles.x?.[0];
  return {
    platform,
    type,
    ministry: code,
    ...(handle ? { ministryHandle: handle } : {}),
    minister: "Fleur Agema",
    ...(type === "hybrid" ? { party: "PVV" } : { predecessorArchive: "minpresrutte" }),
  };
}

const COMBINATIONS = MINISTRIES.flatMap((ministry) => VALID_PAIRS.map((pair) => [ministry.code, pair] as const));

describe("bio builder: every ministry × account type × platform", () => {
  it.each(COMBINATIONS.map(([code, pair]) => [`${code} ${pair[0]}/${pair[1]}`, code, pair] as const))(
    "%s: every complete proposal passes all bio rules and fits; at least one is complete",
    (_name, code, pair) => {
      const account = accountFor(code, pair);
      const proposals = buildBios({ account });
      const limit = fieldLimit(account.platform, account.type, "bio")?.limit ?? Number.POSITIVE_INFINITY;
      const complete = proposals.filter((proposal) => proposal.remaining.length === 0);
      // Only complete proposals are offered when there is one.
      expect(complete.length, JSON.stringify(proposals, null, 1)).toBe(proposals.length);
      expect(complete.length).toBeGreaterThan(0);
      for (const proposal of proposals) {
        expect(proposal.count).toBe(countCharacters(proposal.bio));
        expect(proposal.count).toBeLessThanOrEqual(limit);
      }
      for (const proposal of complete) {
        const findings = checkCase({ account, profile: { bio: proposal.bio } }).findings;
        expect(findings.filter((finding) => finding.field === "bio")).toEqual([]);
      }
    },
  );
});

describe("bio builder: keeping what the editor wrote", () => {
  const account: Account = { platform: "x", type: "corporate", ministry: "VWS", ministryHandle: "MinVWS" };

  it("keeps the editor's text and says what it added", () => {
    const [normal] = buildBios({ account, bio: "Werkt aan zorg dichtbij." });
    expect(normal?.existing).toBe("kept");
    expect(normal?.bio.startsWith("Minister van Volksgezondheid, Welzijn en Sport. Werkt aan zorg dichtbij.")).toBe(
      true,
    );
    expect(normal?.changes.map((change) => change.rule)).toEqual([
      "bio/sender",
      "bio/managed-by-ministry",
      "bio/webcare",
    ]);
    expect(normal && describeChange(normal.changes[2] as never).nl).toMatch(/^toegevoegd \(Webcare vermeld\): /);
    expect(normal?.remaining).toEqual([]);
  });

  it("a short proposal is shorter than the normal one", () => {
    const proposals = buildBios({ account });
    expect(proposals.map((proposal) => proposal.variant)).toEqual(["normal", "short"]);
    expect((proposals[1]?.count ?? 0) < (proposals[0]?.count ?? 0)).toBe(true);
  });

  it("starts afresh when the editor's text leaves no room, and says so", () => {
    const long = `Werkt aan zorg. ${"a".repeat(140)}`;
    const proposals = buildBios({ account, bio: long });
    const complete = proposals.find((proposal) => proposal.remaining.length === 0);
    expect(complete?.existing).toBe("dropped");
    expect(complete?.count).toBeLessThanOrEqual(160);
  });

  it("removes a party reference from a corporate bio and says so", () => {
    const [normal] = buildBios({ account, bio: "Trots op #TeamPVV." });
    expect(normal?.changes).toContainEqual({ rule: "bio/no-party", kind: "removed", text: "#TeamPVV" });
    expect(normal?.remaining).toEqual([]);
  });

  it("uses the party marker on a hybrid account", () => {
    const hybrid: Account = {
      platform: "instagram",
      type: "hybrid",
      ministry: "VWS",
      ministryHandle: "MinVWS",
      party: "PVV",
    };
    const [normal] = buildBios({ account: hybrid, partyMarker: "#TeamPVV" });
    expect(normal?.bio).toContain("#TeamPVV");
    expect(normal?.remaining).toEqual([]);
  });

  it("the page's maxlength bounds the proposals", () => {
    const proposals = buildBios({ account: { ...account, platform: "facebook" }, options: { maxLength: { bio: 80 } } });
    for (const proposal of proposals) expect(proposal.count).toBeLessThanOrEqual(80);
  });

  it("an account without a ministry handle cannot get a ministry reference: the proposal says so", () => {
    const proposals = buildBios({ account: { platform: "x", type: "corporate", ministry: "VWS" } });
    expect(proposals).toHaveLength(1);
    expect(proposals[0]?.remaining.map((finding) => finding.rule)).toEqual(["bio/ministry-account"]);
  });
});
