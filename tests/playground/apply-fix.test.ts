import { describe, expect, it } from "vitest";
import { SCENARIOS } from "@/components/playground/scenarios";
import { applyFix, StaleFixError } from "@/rules/apply-fix";
import { checkCase } from "@/rules/engine";
import type { Profile } from "@/rules/schema";

const profile: Profile = {
  displayName: "Minister Fleur Agema",
  handle: "MinisterVWS",
  bio: "Minister van VWS. #PVV Webcare op werkdagen.",
  links: ["https://www.rijksoverheid.nl/", "https://www.pvv.nl/"],
  verified: true,
};

describe("applyFix", () => {
  it("replaces a range of a text field and leaves the other fields alone", () => {
    const fixed = applyFix(profile, "bio", { type: "replace", start: 18, end: 23, text: "" });
    expect(fixed.bio).toBe("Minister van VWS. Webcare op werkdagen.");
    expect(fixed.links).toBe(profile.links);
    expect(profile.bio).toBe("Minister van VWS. #PVV Webcare op werkdagen.");
  });

  it("inserts when start equals end", () => {
    const end = profile.bio?.length ?? 0;
    expect(applyFix(profile, "bio", { type: "replace", start: end, end, text: " @MinVWS" }).bio).toBe(
      "Minister van VWS. #PVV Webcare op werkdagen. @MinVWS",
    );
  });

  it("replaces the whole display name", () => {
    const fix = { type: "replace", start: 0, end: 20, text: "Fleur Agema" } as const;
    expect(applyFix(profile, "displayName", fix).displayName).toBe("Fleur Agema");
  });

  it("sets one link of the list, or appends right after the last", () => {
    expect(applyFix(profile, "links", { type: "setLink", index: 1, value: "https://x.example/" }).links).toEqual([
      "https://www.rijksoverheid.nl/",
      "https://x.example/",
    ]);
    expect(applyFix(profile, "links", { type: "setLink", index: 2, value: "https://y.example/" }).links).toHaveLength(
      3,
    );
  });

  it("refuses a fix that no longer fits the field", () => {
    expect(() => applyFix(profile, "bio", { type: "replace", start: 0, end: 999, text: "" })).toThrow(StaleFixError);
    expect(() => applyFix({ ...profile, bio: null }, "bio", { type: "replace", start: 0, end: 0, text: "x" })).toThrow(
      StaleFixError,
    );
    expect(() => applyFix(profile, "verified", { type: "replace", start: 0, end: 0, text: "x" })).toThrow(
      StaleFixError,
    );
    expect(() => applyFix(profile, "links", { type: "setLink", index: 5, value: "https://x.example/" })).toThrow(
      StaleFixError,
    );
    expect(() => applyFix(profile, "bio", { type: "setLink", index: 0, value: "https://x.example/" })).toThrow(
      StaleFixError,
    );
  });

  it("makes the engine's fixes resolve their own findings in the scenarios", () => {
    let fixes = 0;
    for (const scenario of SCENARIOS) {
      const before = checkCase(scenario.case);
      for (const finding of before.findings) {
        if (!finding.fix) continue;
        fixes++;
        const fixed = applyFix(scenario.case.profile, finding.field, finding.fix);
        const after = checkCase({ ...scenario.case, profile: fixed });
        const same = after.findings.filter((each) => each.rule === finding.rule && each.message === finding.message);
        expect(same, `${scenario.id}: ${finding.rule}`).toEqual([]);
      }
    }
    expect(fixes).toBeGreaterThanOrEqual(4);
  });
});
