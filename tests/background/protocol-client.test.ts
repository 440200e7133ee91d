/**
 * The content scripts send through utils/protocol-client.ts and must not load utils/protocol.ts at
 * run time: a bundler keeps its zod schemas, which made every content script about 37 KB gzipped
 * larger when tried (83 KB instead of 46 KB for x.js).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** Every module `entry` loads at run time, following relative and "@/" imports; `import type` is erased. */
function runtimeImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    const imports = source.matchAll(/^(?:import|export)(?! type )[^;]*?from "((?:\.{1,2}|@)\/[^"]+)"/gms);
    // Loaders may load the rest later: import("…") counts too.
    const loads = source.matchAll(/\bimport\("((?:\.{1,2}|@)\/[^"]+)"\)/g);
    for (const match of [...imports, ...loads]) {
      const specifier = match[1] as string;
      const base = specifier.startsWith("@/") ? resolve(specifier.slice(2)) : resolve(dirname(file), specifier);
      const found = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((candidate) => existsSync(candidate));
      if (found) visit(found);
    }
  };
  visit(resolve(entry));
  return seen;
}

const CONTENT_SCRIPTS = readdirSync("entrypoints")
  .filter((name) => name.endsWith(".content.ts"))
  .map((name) => `entrypoints/${name}`);

describe("the protocol in the content scripts", () => {
  it("finds the content scripts and what they load", () => {
    expect(CONTENT_SCRIPTS.length).toBeGreaterThanOrEqual(4);
    const loaded = CONTENT_SCRIPTS.flatMap((entry) => [...runtimeImports(entry)]);
    expect(loaded.some((file) => file.endsWith("utils/protocol-client.ts"))).toBe(true);
  });

  it.each(CONTENT_SCRIPTS)("%s does not load the protocol's schemas", (entry) => {
    const loaded = [...runtimeImports(entry)].map((file) => file.replaceAll("\\", "/"));
    expect(loaded.filter((file) => file.endsWith("utils/protocol.ts"))).toEqual([]);
  });
});
