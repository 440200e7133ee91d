/**
 * No fix ever produces text over the platform's limit (issue 11): a property over generated
 * profiles near the limits, and the issue's own scenarios replayed fix by fix.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTextFix } from "../../rules/apply-fix";
import { type CheckOptions, checkCase } from "../../rules/engine";
import { countCharacters, fieldLimit, type LimitedField } from "../../rules/limits";
import type { Account, Case, Finding, Profile } from "../../rules/schema";
import { VALID_PAIRS } from "./rule-tester";

const NUM_RUNS = 200;
/** A guard against a hang, not a timing assertion: long bios on a busy machine take seconds. */
const TIMEOUT_MS = 120_000;

/** Words a bio is made of, so that generated bios sit near the limits and trigger every fix. */
const WORDS = [
  "Minister van VWS.",
  "Staatssecretaris van Financiën.",
  "Fleur",
  "Agema",
  "zorg",
  "👍",
  "👨‍👩‍👧",
  "e\u0301",
  "\r\n",
  "\n",
  "Volg",
  "ook",
  "https://www.rijksoverheid.nl/regering/bewindspersonen",
  "#TeamPVV",
];

const bioText = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), fc.nat({ max: 2100 }))
  .map(([words, padding]) => {
    const text = words.join(" ");
    // Pad some bios up to just under or over a limit (101, 150, 160, 220, 2000).
    return padding % 3 === 0 ? `${text} ${"a".repeat(padding % 2100)}` : text;
  });

const handleLike = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,14}$/);

const account: fc.Arbitrary<Account> = fc
  .tuple(
    fc.constantFrom(...VALID_PAIRS),
    fc.record(
      {
        ministry: fc.constantFrom("VWS", "AZ", "Def", "Financiën", "Lokale Zaken"),
        ministryHandle: handleLike,
        minister: fc.constantFrom("Fleur Agema", "Hugo de Jonge", "x".repeat(60), "Wilhelmina van Oranje-Nassau"),
        party: fc.constantFrom("PVV", "VVD", "GroenLinks-PvdA", "Lijst Nieuw"),
        predecessorArchive: handleLike,
      },
      { requiredKeys: [] },
    ),
  )
  .map(([[platform, type], details]) => ({ platform, type, ...details }));

const options: fc.Arbitrary<CheckOptions> = fc.record(
  {
    maxLength: fc.record(
      { bio: fc.integer({ min: 1, max: 300 }), displayName: fc.integer({ min: 1, max: 80 }) },
      { requiredKeys: [] },
    ),
    templates: fc.record(
      {
        managedBy: fc.constantFrom(
          "Dit account wordt beheerd door de directie Communicatie van {ministry}.",
          "Redactie: {unit}.",
        ),
        managedByVariants: fc.array(fc.constantFrom("Redactie: DCOM {ministry}", "Beheer: {unitShort}"), {
          maxLength: 2,
        }),
        webcare: fc.constantFrom(
          "Webcare: ma-vr 8-20 uur.",
          "Vragen? Stuur ons een DM, we reageren op werkdagen tussen 9.00 en 17.00 uur.",
        ),
        webcareVariants: fc.array(fc.constantFrom("Webcare: werkdagen 9–17 u", "DM's: werkdagen"), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const profile: fc.Arbitrary<Profile> = fc.record({
  displayName: fc.oneof(fc.constantFrom("Fleur Agema", "Minister Fleur Agema"), fc.string({ maxLength: 60 })),
  bio: bioText,
});

function applied(input: Case, finding: Finding): string {
  if (finding.fix?.type !== "replace") throw new Error("not a text fix");
  const field = finding.field as LimitedField;
  return applyTextFix(input.profile[field] ?? "", finding.fix);
}

describe("fix bounds", () => {
  it(
    "every applied fix of a bio or name rule ends within the limit, on every platform and account type",
    () => {
      fc.assert(
        fc.property(account, profile, options, (acc, prof, opts) => {
          const input: Case = { account: acc, profile: prof };
          for (const finding of checkCase(input, opts).findings) {
            if (finding.fix?.type !== "replace") continue;
            if (finding.field !== "bio" && finding.field !== "displayName") continue;
            const limit = fieldLimit(acc.platform, acc.type, finding.field, opts.maxLength?.[finding.field]);
            if (!limit) continue;
            const after = applied(input, finding);
            // A fix may leave a text that was already too long too long, but never make it longer.
            const before = countCharacters(prof[finding.field] ?? "");
            const bound = Math.max(limit.limit, before);
            expect(countCharacters(after), `${finding.rule}: ${JSON.stringify(after)}`).toBeLessThanOrEqual(bound);
            if (countCharacters(after) > before) expect(countCharacters(after)).toBeLessThanOrEqual(limit.limit);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

/** Applies bio fixes one by one, as an editor clicking "Herstel" on each in turn, until none is left. */
function applyEveryBioFix(input: Case, opts: CheckOptions = {}): { bio: string; applied: string[]; last: Finding[] } {
  let bio = input.profile.bio ?? "";
  const appliedRules: string[] = [];
  for (let round = 0; round < 10; round++) {
    const findings = checkCase({ ...input, profile: { ...input.profile, bio } }, opts).findings;
    const fix = findings.find((finding) => finding.field === "bio" && finding.fix?.type === "replace");
    if (fix?.fix?.type !== "replace") return { bio, applied: appliedRules, last: findings };
    bio = applyTextFix(bio, fix.fix);
    appliedRules.push(fix.rule);
  }
  throw new Error("fixes do not converge");
}

const VWS: Account = {
  platform: "x",
  type: "corporate",
  ministry: "VWS",
  ministryHandle: "MinVWS",
  minister: "Fleur Agema",
};

describe("issue 11 scenarios", () => {
  it("X: a 157-character bio without webcare gets no fix that overflows, and is told how much to cut", () => {
    const base =
      "Minister van Volksgezondheid, Welzijn en Sport. Redactie: directie Communicatie @MinVWS. Werkt aan betaalbare zorg, dichtbij huis, voor iedereen in ons land";
    const bio = `${base}${"!".repeat(157 - base.length)}`;
    expect(countCharacters(bio)).toBe(157);
    const input: Case = { account: VWS, profile: { bio } };
    const result = applyEveryBioFix(input);
    expect(countCharacters(result.bio)).toBeLessThanOrEqual(160);
    expect(result.last.filter((finding) => finding.rule === "bio/length")).toEqual([]);
    const webcare = result.last.find((finding) => finding.rule === "bio/webcare");
    expect(webcare?.fix).toBeUndefined();
    // "Webcare: werkdagen." needs 20 characters, 17 more than the 3 left.
    expect(webcare?.message).toContain("maak de tekst eerst 17 tekens korter");
  });

  it("X: a 130-character bio gets the short webcare sentence, which fits", () => {
    const base =
      "Minister van Volksgezondheid, Welzijn en Sport. Redactie: directie Communicatie @MinVWS. Werkt aan betaalbare zorg dichtbij";
    const bio = `${base}${".".repeat(130 - base.length)}`;
    const result = applyEveryBioFix({ account: VWS, profile: { bio } });
    expect(result.applied).toEqual(["bio/webcare"]);
    expect(result.bio).toBe(`${bio} Webcare: werkdagen 9–17 u.`);
    expect(countCharacters(result.bio)).toBeLessThanOrEqual(160);
    expect(result.last.filter((finding) => finding.rule.startsWith("bio/"))).toEqual([]);
  });

  it("Instagram: two fixes in a row end within 150 with no bio/length finding", () => {
    const bio =
      "Minister van Volksgezondheid, Welzijn en Sport. Voor een gezond Nederland, met zorg die dichtbij en betaalbaar blijft. @MinVWS";
    const input: Case = { account: { ...VWS, platform: "instagram" }, profile: { bio } };
    const result = applyEveryBioFix(input);
    expect(result.applied.length).toBeGreaterThanOrEqual(1);
    expect(countCharacters(result.bio)).toBeLessThanOrEqual(150);
    expect(result.last.filter((finding) => finding.rule === "bio/length")).toEqual([]);
  });

  it("Facebook: 62 characters and two fixes stay within maxlength 101", () => {
    const bio = "Minister van Volksgezondheid, Welzijn en Sport. Volg @MinVWS.";
    expect(countCharacters(bio)).toBeLessThanOrEqual(62);
    const input: Case = { account: { ...VWS, platform: "facebook" }, profile: { bio } };
    const result = applyEveryBioFix(input, { maxLength: { bio: 101 } });
    expect(result.applied).toContain("bio/managed-by-ministry");
    expect(countCharacters(result.bio)).toBeLessThanOrEqual(101);
    expect(result.last.filter((finding) => finding.rule === "bio/length")).toEqual([]);
  });

  it("a name fix is not offered when the minister's name is longer than the platform allows", () => {
    const findings = checkCase({
      account: { ...VWS, minister: "Wilhelmina Johanna Adriana Maria van Oranje-Nassau-Dietz" },
      profile: { displayName: "Fleur Agema" },
    }).findings.filter((finding) => finding.rule === "name/full-name");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.fix).toBeUndefined();
  });
});

describe("default fix sentences", () => {
  it.each([
    ["bio/managed-by-ministry", 60],
    ["bio/managed-by-ministry", 140],
    ["bio/webcare", 60],
    ["bio/webcare", 140],
  ])("%s: the variant that fits with %s characters written resolves the finding", (rule, length) => {
    const start = "Minister van VWS. Redactie: @MinVWS. Webcare: werkdagen.";
    const filler = `Minister van VWS. ${"a".repeat(length - 18)}`;
    const bio = rule === "bio/webcare" ? `${start.slice(0, 36)} ${"a".repeat(length - 37)}` : filler;
    const input: Case = { account: VWS, profile: { bio } };
    const finding = checkCase(input).findings.find((each) => each.rule === rule);
    expect(finding?.fix?.type).toBe("replace");
    const fixed = applied(input, finding as Finding);
    expect(countCharacters(fixed)).toBeLessThanOrEqual(160);
    expect(checkCase({ ...input, profile: { bio: fixed } }).findings.filter((each) => each.rule === rule)).toEqual([]);
  });
});
