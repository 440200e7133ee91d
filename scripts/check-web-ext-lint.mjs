/**
 * Runs web-ext lint on the Firefox build and fails on any error, and on any warning other than the
 * one Preact's runtime always raises (its internal `innerHTML` for `dangerouslySetInnerHTML`, which
 * this project never uses; docs/security.md). Used by .ci/run.
 */
import { execFileSync } from "node:child_process";

const ACCEPTED_WARNINGS = new Set(["UNSAFE_VAR_ASSIGNMENT"]);

const output = execFileSync(
  "npx",
  ["web-ext", "lint", "--source-dir", ".output/firefox-mv2", "--self-hosted", "--no-input", "--output", "json"],
  { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
);
const report = JSON.parse(output.slice(output.indexOf("{")));
const unexpected = [...report.errors, ...report.warnings.filter((warning) => !ACCEPTED_WARNINGS.has(warning.code))];
for (const item of [...report.errors, ...report.warnings]) {
  console.log(`  ${item.code.padEnd(28)} ${item.file ?? ""}`);
}
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexpected.length} unexpected)`,
);
if (unexpected.length > 0) process.exit(1);
