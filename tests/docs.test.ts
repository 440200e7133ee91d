import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../rules/catalog";
import { README_PATH, RULES_DOC_PATH, renderRulesDoc, updateReadme } from "../scripts/generate-rule-docs";

describe("generated rule docs (npm run docs)", () => {
  it("README.md's rule table is up to date", () => {
    const readme = readFileSync(README_PATH, "utf8");
    expect(updateReadme(readme), "README.md is out of date: run npm run docs").toBe(readme);
  });

  it("docs/rules.md is up to date", () => {
    expect(renderRulesDoc(), "docs/rules.md is out of date: run npm run docs").toBe(
      readFileSync(RULES_DOC_PATH, "utf8"),
    );
  });

  it("documents every rule of the catalog", () => {
    const doc = renderRulesDoc();
    for (const rule of CATALOG) expect(doc).toContain(`## ${rule.meta.id}\n`);
  });
});
