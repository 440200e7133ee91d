/**
 * The configuration is three modules in one direction (issue 10, item 3): schema.ts validates,
 * apply.ts turns a valid configuration into engine options, resolve.ts completes a case's account.
 * Each imports only the ones before it, and apply.ts (which the content scripts load) reaches no zod.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ORDER = ["rules/config/schema.ts", "rules/config/apply.ts", "rules/config/resolve.ts"];

interface Edge {
  target: string;
  typeOnly: boolean;
}

/** The modules a file imports: project files by path, packages by name. */
function importsOf(file: string): Edge[] {
  const source = readFileSync(file, "utf8");
  const edges: Edge[] = [];
  for (const match of source.matchAll(/^\s*(import|export)(\s+type)?\s(?:[^"']*?from\s+)?["']([^"']+)["']/gm)) {
    const specifier = match[3] as string;
    const typeOnly = match[2] !== undefined;
    if (!specifier.startsWith(".")) {
      edges.push({ target: specifier.split("/")[0] as string, typeOnly });
      continue;
    }
    const base = resolve(dirname(file), specifier);
    const found = [`${base}.ts`, `${base}/index.ts`, base].find((candidate) => existsSync(candidate));
    if (found) edges.push({ target: relative(process.cwd(), found), typeOnly });
  }
  return edges;
}

/** Everything a file loads at run time: value imports, followed through project files. */
function runtimeClosure(file: string): Set<string> {
  const seen = new Set<string>();
  const pending = [file];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    for (const edge of importsOf(current)) {
      if (edge.typeOnly || seen.has(edge.target)) continue;
      seen.add(edge.target);
      if (edge.target.endsWith(".ts")) pending.push(edge.target);
    }
  }
  return seen;
}

describe("rules/config/", () => {
  it.each(ORDER.map((file, index) => [file, index] as const))(
    "%s imports no later configuration module",
    (file, index) => {
      const later = new Set(ORDER.slice(index + 1));
      const targets = importsOf(file).map((edge) => edge.target);
      expect(targets.filter((target) => later.has(target))).toEqual([]);
    },
  );

  it("apply.ts loads no zod, so the content scripts do not carry the validation library", () => {
    expect([...runtimeClosure("rules/config/apply.ts")].filter((module) => module === "zod")).toEqual([]);
  });
});
