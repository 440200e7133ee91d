/**
 * The catalog's structure, like ESLint's own rule tests: every rule file is registered under the
 * id its path names, every rule of the contract exists, every rule speaks Dutch and English with
 * the same placeholders, quotes the guideline word for word under headings that exist, and has
 * its table of tests.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../rules/catalog";

const REFERENCE = "docs/reference";
const GUIDELINE = readFileSync(join(REFERENCE, "bewindspersonen-op-sociale-media.txt"), "utf8");
const GUIDELINE_LINES = GUIDELINE.split("\n").map((line) => line.trim());
const CONTRACT = readFileSync(join(REFERENCE, "rules.md"), "utf8");

/** Rule files: rules/catalog/<group>/<name>.ts, whose id is "<group>/<name>". */
function ruleFiles(): string[] {
  const root = "rules/catalog";
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((group) => readdirSync(join(root, group.name)).map((file) => join(root, group.name, file)))
    .map((path) => relative(root, path).replace(/\.ts$/, ""));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();
}

describe("catalog structure", () => {
  it("registers every rule file under the id its path names, and nothing else", () => {
    expect(CATALOG.map((rule) => rule.meta.id).sort()).toEqual(ruleFiles().sort());
  });

  it("has every rule id of the contract (rules.md)", () => {
    const contractIds = [...CONTRACT.matchAll(/^\| `([a-z]+\/[a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(contractIds.length).toBeGreaterThanOrEqual(21);
    for (const id of contractIds) expect(CATALOG.map((rule) => rule.meta.id)).toContain(id);
  });

  describe.each(CATALOG.map((rule) => [rule.meta.id, rule] as const))("%s", (id, rule) => {
    it("has a title, a description and messages in Dutch and English, with the same placeholders", () => {
      for (const text of [rule.meta.title, rule.meta.description, ...Object.values(rule.meta.messages)]) {
        expect(text.nl.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
        expect(placeholders(text.en)).toEqual(placeholders(text.nl));
      }
    });

    it("quotes the guideline word for word, under headings that stand above the quote", () => {
      expect(rule.meta.guideline.length).toBeGreaterThan(0);
      for (const quote of rule.meta.guideline) {
        // Each heading is a line of its own, after the previous heading; the quote follows the last.
        let searchFrom = 0;
        for (const heading of quote.headings) {
          const line = GUIDELINE_LINES.indexOf(heading, searchFrom);
          expect(line, `heading not found in order: ${heading}`).toBeGreaterThanOrEqual(0);
          searchFrom = line + 1;
        }
        const afterHeadings = GUIDELINE_LINES.slice(searchFrom).join("\n");
        expect(afterHeadings.includes(quote.text), `quote not found under its headings: ${quote.text}`).toBe(true);
      }
    });

    it("reads and reports on the post text exactly when it is a post/reply rule", () => {
      const isMessageRule = rule.meta.kinds !== undefined;
      expect(id.startsWith("post/") || id.startsWith("reply/")).toBe(isMessageRule);
      expect(rule.meta.reportsOn === "text").toBe(isMessageRule);
      expect(rule.meta.fields.includes("text")).toBe(isMessageRule);
      if (id.startsWith("reply/")) expect(rule.meta.kinds).toEqual(["reply"]);
      if (!isMessageRule) {
        expect(rule.meta.roles).toBeUndefined();
        expect(rule.meta.dutchOnly).toBeUndefined();
        expect(rule.meta.readsInReplyTo).toBeUndefined();
      }
    });

    it("has a table of tests", () => {
      expect(existsSync(`tests/rules/${id}.test.ts`)).toBe(true);
    });
  });
});

describe("reference copies", () => {
  it.each([
    ["bewindspersonen-op-sociale-media.txt", "../shared/guideline/bewindspersonen-op-sociale-media.txt"],
    ["rules.md", "../shared/spec/rules.md"],
    ["cli.md", "../shared/spec/cli.md"],
  ])("%s is identical to its original (when the original is present)", (copy, original) => {
    if (!existsSync(original)) return;
    expect(readFileSync(join(REFERENCE, copy), "utf8")).toBe(readFileSync(original, "utf8"));
  });
});
