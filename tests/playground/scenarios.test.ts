import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadAvatar } from "@/cli/avatar";
import { SCENARIOS, scenarioAvatar } from "@/components/playground/scenarios";
import { detectRijkslogo } from "@/rules/avatar/detector";
import { findRule } from "@/rules/catalog";
import { checkCase } from "@/rules/engine";
import { caseSchema } from "@/rules/schema";

describe("playground scenarios", () => {
  it("has at least 14 scenarios with unique ids", () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(14);
    expect(new Set(SCENARIOS.map((scenario) => scenario.id)).size).toBe(SCENARIOS.length);
  });

  it.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    "%s finds exactly its expected rules",
    (_, scenario) => {
      expect(caseSchema.safeParse(scenario.case).success).toBe(true);
      for (const id of scenario.expectedRules) expect(findRule(id), id).toBeDefined();
      const result = checkCase(scenario.case, { avatar: scenarioAvatar(scenario) });
      const found = new Set(result.findings.map((finding) => finding.rule));
      expect([...found].sort()).toEqual([...scenario.expectedRules].sort());
      // The avatar is part of what the scenario teaches: it must really have been checked.
      if (scenario.case.profile.avatar) expect(result.fields.avatar.status).not.toBe("not-checked");
    },
  );

  it("says what each scenario teaches, in both languages", () => {
    for (const scenario of SCENARIOS) {
      for (const text of [scenario.title, scenario.teaches]) {
        expect(text.nl.trim(), scenario.id).not.toBe("");
        expect(text.en.trim(), scenario.id).not.toBe("");
      }
    }
  });

  it("gives each sample avatar the outcome the logo detector really finds in it", async () => {
    for (const scenario of SCENARIOS) {
      const sample = scenario.case.profile.avatar;
      if (!sample) continue;
      const path = fileURLToPath(new URL(`../../components/playground/samples/${sample}`, import.meta.url));
      expect(readFileSync(path).byteLength, sample).toBeLessThan(16_000);
      const load = await loadAvatar(path);
      if (!load.ok) throw new Error(`${sample}: ${load.reason.en}`);
      expect(detectRijkslogo(load.image).outcome, `${scenario.id}: ${sample}`).toBe(scenario.avatarOutcome);
    }
  });
});
