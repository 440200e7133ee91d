/**
 * Gzipped sizes of what the extension loads into platform pages, and the budget check:
 * - content scripts, injected into every page of a platform: at most 40 KB each (issue 16);
 * - session modules (`<platform>-session.js`), imported from the package only on the pages the
 *   profile check works on (utils/session-loader.ts): printed, not capped.
 * `tsx scripts/bundle-sizes.ts [extension dir]` prints both and exits 1 when a content script is
 * over budget.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Measurement } from "./bench/record";

export const CONTENT_SCRIPT_BUDGET_KB = 40;

function gzippedKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

interface BundleSize {
  name: string;
  kb: number;
}

export function bundleSizes(extensionDir: string): { contentScripts: BundleSize[]; sessionModules: BundleSize[] } {
  const scriptsDir = join(extensionDir, "content-scripts");
  const contentScripts = readdirSync(scriptsDir)
    .filter((name) => name.endsWith(".js"))
    .map((name) => ({ name: `content-scripts/${name}`, kb: gzippedKb(join(scriptsDir, name)) }));
  const sessionModules = readdirSync(extensionDir)
    .filter((name) => name.endsWith("-session.js"))
    .map((name) => ({ name, kb: gzippedKb(join(extensionDir, name)) }));
  return { contentScripts, sessionModules };
}

/** The sizes as README figures (scripts/bench/record.ts). */
export function bundleSizeMeasurements(extensionDir: string): Measurement[] {
  const { contentScripts, sessionModules } = bundleSizes(extensionDir);
  const range = (sizes: BundleSize[]) => ({
    smallest: Math.min(...sizes.map(({ kb }) => kb)),
    largest: Math.max(...sizes.map(({ kb }) => kb)),
  });
  const figures: Measurement[] = [
    {
      id: "size-content-scripts",
      what: "content scripts, injected into every page of a platform (profile loader and composer per platform, gzip -9)",
      target: `≤ ${CONTENT_SCRIPT_BUDGET_KB} KB each`,
      unit: "KB",
      digits: 1,
      values: range(contentScripts),
    },
    {
      id: "size-session-modules",
      what: "session modules (adapter, engine and panel), imported from the package on edit and profile pages only (gzip -9)",
      target: "–",
      unit: "KB",
      digits: 1,
      values: range(sessionModules),
    },
  ];
  // A build from before the split has no session modules: nothing to measure there.
  return sessionModules.length > 0 ? figures : figures.slice(0, 1);
}

/** Prints the sizes; returns the content scripts over budget. */
export function printBundleSizes(extensionDir: string): BundleSize[] {
  const { contentScripts, sessionModules } = bundleSizes(extensionDir);
  console.log(`Content scripts, on every page of their platform (gzip, budget ${CONTENT_SCRIPT_BUDGET_KB} KB):`);
  for (const { name, kb } of contentScripts) console.log(`  ${name.padEnd(42)} ${kb.toFixed(1)} KB`);
  console.log("Session modules, imported on edit and profile pages only (gzip):");
  for (const { name, kb } of sessionModules) console.log(`  ${name.padEnd(42)} ${kb.toFixed(1)} KB`);
  return contentScripts.filter(({ kb }) => kb > CONTENT_SCRIPT_BUDGET_KB);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const overBudget = printBundleSizes(resolve(process.argv[2] ?? ".output/chrome-mv3"));
  if (overBudget.length > 0) {
    console.error(`Over the ${CONTENT_SCRIPT_BUDGET_KB} KB budget: ${overBudget.map(({ name }) => name).join(", ")}`);
    process.exit(1);
  }
}
