import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHECKLIST_STEPS, type StepSituation, stepsFor } from "../../../rules/checklist";

const LINES = readFileSync("docs/reference/bewindspersonen-op-sociale-media.txt", "utf8")
  .split("\n")
  .map((line) => line.trim());

const ids = (situation: StepSituation) => stepsFor(situation).map((step) => step.id);

describe("checklist steps", () => {
  it("have unique ids and texts in Dutch and English", () => {
    expect(new Set(CHECKLIST_STEPS.map((step) => step.id)).size).toBe(CHECKLIST_STEPS.length);
    for (const step of CHECKLIST_STEPS) {
      expect(step.title.nl.trim()).not.toBe("");
      expect(step.title.en.trim()).not.toBe("");
    }
  });

  describe.each(CHECKLIST_STEPS.map((step) => [step.id, step] as const))("%s", (_, step) => {
    it("quotes the guideline word for word, under headings that stand above the quote", () => {
      expect(step.quotes.length).toBeGreaterThan(0);
      for (const quote of step.quotes) {
        let from = 0;
        for (const heading of quote.headings) {
          const line = LINES.indexOf(heading, from);
          expect(line, `heading not found in order: ${heading}`).toBeGreaterThanOrEqual(0);
          from = line + 1;
        }
        expect(LINES.slice(from).join("\n").includes(quote.text), quote.text).toBe(true);
      }
    });
  });

  it("corporate on X: archiving, emptying the account (waiting for archiving), no Meta name swap", () => {
    const steps = ids({ platform: "x", type: "corporate", archiving: "unknown" });
    expect(steps).toContain("old/archiving");
    expect(steps).toContain("old/delete-posts");
    expect(steps).not.toContain("old/meta-name-swap");
    expect(steps).not.toContain("old/rddi");
    expect(steps).not.toContain("old/hybrid-ownership");
    expect(steps).toContain("new/avatar");
    expect(steps).not.toContain("new/linkedin-access");
  });

  it("corporate on Instagram or Facebook: the Meta name swap instead of emptying", () => {
    for (const platform of ["instagram", "facebook"] as const) {
      const steps = ids({ platform, type: "corporate", archiving: "arranged" });
      expect(steps).toContain("old/meta-name-swap");
      expect(steps).not.toContain("old/delete-posts");
    }
  });

  it("archiving not arranged: ask RDDI", () => {
    expect(ids({ platform: "x", type: "corporate", archiving: "not-arranged" })).toContain("old/rddi");
  });

  it("hybrid: the talk with the departing minister, no corporate steps", () => {
    const steps = ids({ platform: "instagram", type: "hybrid", archiving: "unknown" });
    expect(steps).toEqual(
      expect.arrayContaining([
        "old/hybrid-ownership",
        "old/hybrid-webcare",
        "old/hybrid-authenticator",
        "new/handle-hybrid",
      ]),
    );
    for (const corporateStep of [
      "old/archiving",
      "old/meta-name-swap",
      "new/avatar",
      "new/handle",
      "old/archive-reference",
    ]) {
      expect(steps).not.toContain(corporateStep);
    }
  });

  it("LinkedIn: access to the profile", () => {
    expect(ids({ platform: "linkedin", type: "showcase", archiving: "unknown" })).toContain("new/linkedin-access");
    expect(ids({ platform: "linkedin", type: "hybrid", archiving: "unknown" })).toContain("new/linkedin-access");
  });

  it("says who arranges handle changes and verification on Meta and on X", () => {
    const verification = CHECKLIST_STEPS.find((step) => step.id === "new/verification");
    expect(verification?.platformNote?.("instagram")?.nl).toContain("RVD");
    expect(verification?.platformNote?.("x")?.nl).toContain("departement");
  });
});
