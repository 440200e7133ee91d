import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../rules/catalog";

describe("rule catalog", () => {
  it("has the 23 profile rules of rules.md, each once", () => {
    const ids = CATALOG.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(23);
  });

  it.each(CATALOG.map((rule) => rule.meta.id))("%s has its own test file", (id) => {
    expect(existsSync(new URL(`./${id}.test.ts`, import.meta.url))).toBe(true);
  });
});
