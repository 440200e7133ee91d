/**
 * The parts and what each may import (docs/architecture.md), beside the engine's own purity test
 * (tests/rules/purity.test.ts): UI components do not know which platform hosts them, and the
 * command uses no browser API and none of the extension's glue.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|mjs)$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/^\s*(?:import|export)\s[^"']*?from\s+["']([^"']+)["']/gm)].map(
    (match) => match[1] as string,
  );
}

function withoutComments(file: string): string {
  return readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
}

describe("UI components", () => {
  it.each(sourceFiles("components").map((file) => [file]))("%s does not know the platform pages", (file) => {
    for (const specifier of importsOf(file)) {
      expect(specifier, `${file} imports ${specifier}`).not.toMatch(/utils\/(platforms|composer)\b|entrypoints\//);
    }
  });
});

describe("the command", () => {
  it.each(sourceFiles("cli").map((file) => [file]))("%s uses no browser API and none of the extension", (file) => {
    for (const specifier of importsOf(file)) {
      expect(specifier, `${file} imports ${specifier}`).not.toMatch(
        /^(@\/|\.\.\/)(utils|components|entrypoints)\/|^wxt/,
      );
    }
    expect(withoutComments(file)).not.toMatch(/\b(browser|chrome|document|window)\s*\./);
  });
});
