/**
 * The engine is usable from the command line, the extension and the tests alike: nothing in
 * rules/ imports from elsewhere in the project, from a browser API or from Node, and no rule file
 * touches the DOM or the extension APIs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The packages the engine may use: the schema library only. */
const ALLOWED_PACKAGES = new Set(["zod"]);
const BROWSER_GLOBALS = /\b(document|window|browser|chrome|navigator|localStorage|HTMLElement|fetch)\s*[.(]/;

describe.each(sourceFiles("rules").map((file) => [file]))("%s", (file) => {
  const source = readFileSync(file, "utf8");
  const imports = [...source.matchAll(/^\s*(?:import|export)\s[^"']*?from\s+["']([^"']+)["']/gm)].map(
    (match) => match[1] as string,
  );

  it("imports only from rules/ and the schema library", () => {
    for (const specifier of imports) {
      if (specifier.startsWith(".")) {
        const target = relative(resolve("rules"), resolve(dirname(file), specifier));
        expect(target.startsWith(".."), `${specifier} leaves rules/`).toBe(false);
      } else {
        // A package's own subpaths count as the package ("zod/v4/locales/nl.js").
        const packageName = specifier.split("/")[0] as string;
        expect(ALLOWED_PACKAGES.has(packageName), `${specifier} is not allowed in rules/`).toBe(true);
      }
    }
  });

  it("uses no browser or extension API", () => {
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(code).not.toMatch(BROWSER_GLOBALS);
  });
});
