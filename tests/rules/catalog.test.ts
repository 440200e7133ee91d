import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../rules/catalog";
import { MESSAGE_RULES } from "../../rules/catalog/message-rules";
import { PROFILE_RULES } from "../../rules/catalog/profile-rules";

describe("rule catalog", () => {
  it("has the 23 profile rules and the 8 post and reply rules of rules.md, each once", () => {
    const ids = CATALOG.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(CATALOG.filter((rule) => rule.meta.kinds === undefined)).toHaveLength(23);
    expect(CATALOG.filter((rule) => rule.meta.kinds !== undefined)).toHaveLength(8);
  });

  it.each(CATALOG.map((rule) => rule.meta.id))("%s has its own test file", (id) => {
    expect(existsSync(new URL(`./${id}.test.ts`, import.meta.url))).toBe(true);
  });
});

describe("profile and message rules apart", () => {
  it("the profile and message catalogs partition the catalog", () => {
    expect([...PROFILE_RULES, ...MESSAGE_RULES]).toEqual([...CATALOG]);
    expect(PROFILE_RULES.every((rule) => rule.meta.kinds === undefined)).toBe(true);
    expect(MESSAGE_RULES.every((rule) => rule.meta.kinds !== undefined)).toBe(true);
  });

  /** Every module a file imports at run time (type-only imports are erased), following relative and "@/" imports. */
  function importGraph(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/^(?:import|export)(?! type )[^;]*?from "((?:\.{1,2}|@)\/[^"]+)"/gms)) {
        const specifier = match[1] as string;
        const base = specifier.startsWith("@/") ? resolve(specifier.slice(2)) : resolve(dirname(file), specifier);
        const candidates = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")];
        const found = candidates.find((candidate) => existsSync(candidate));
        if (found) visit(found);
      }
    };
    visit(resolve(entry));
    return seen;
  }

  it.each(["rules/engine.ts", "components/panel/Panel.tsx"])(
    "%s (what the content scripts run) does not load the message rules",
    (entry) => {
      const graph = [...importGraph(entry)].map((file) => file.replaceAll("\\", "/"));
      expect(graph.some((file) => file.endsWith("rules/catalog/message-rules.ts"))).toBe(false);
      expect(graph.some((file) => file.endsWith("rules/catalog/index.ts"))).toBe(false);
    },
  );

  it.each(["rules/message-engine.ts", "utils/composer/start-composers.ts"])(
    "%s (what the composer content scripts run) does not load the profile rules",
    (entry) => {
      const graph = [...importGraph(entry)].map((file) => file.replaceAll("\\", "/"));
      expect(graph.some((file) => file.endsWith("rules/catalog/profile-rules.ts"))).toBe(false);
      expect(graph.some((file) => file.endsWith("rules/catalog/index.ts"))).toBe(false);
    },
  );
});
