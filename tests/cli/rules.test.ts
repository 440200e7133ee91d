import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../rules/catalog";
import { runCli } from "./helpers";

const RULES_SPEC = new URL("../../docs/reference/rules.md", import.meta.url);

describe("profielcheck rules", () => {
  it("lists every rule id of rules.md as JSON", async () => {
    const specIds = [...readFileSync(RULES_SPEC, "utf8").matchAll(/^\| `([a-z]+\/[a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(specIds.length).toBeGreaterThanOrEqual(21);
    const { code, stdout } = await runCli(["rules", "--format", "json"]);
    expect(code).toBe(0);
    const ids = JSON.parse(stdout).map((rule: { id: string }) => rule.id);
    expect(ids).toEqual(expect.arrayContaining(specIds));
  });

  it("gives severities per account type and platform, fields and quotes", async () => {
    const { stdout } = await runCli(["rules", "--format", "json", "--lang", "en"]);
    const rules = JSON.parse(stdout);
    expect(rules).toHaveLength(CATALOG.length);
    const fullName = rules.find((rule: { id: string }) => rule.id === "name/full-name");
    expect(fullName).toMatchObject({
      title: expect.any(String),
      severity: { corporate: { x: "error", instagram: "warning", facebook: "warning" } },
      fields: ["displayName"],
    });
    expect(fullName.severity.showcase).toBeUndefined();
    expect(fullName.guideline[0]).toEqual({ headings: expect.any(Array), text: expect.any(String) });
  });

  it("lists the catalog as text", async () => {
    const { code, stdout } = await runCli(["rules"]);
    expect(code).toBe(0);
    expect(stdout).toContain("link/rijksoverheid — ");
    expect(stdout).toContain("hybrid: waarschuwing [x, instagram, facebook]; fout [linkedin]");
    expect(stdout).toContain("— Karakteristieken en randvoorwaarden van corporate accounts");
  });
});
