/**
 * Builds dist/profielcheck.mjs before the tests, so the tests that run cli/bin.mjs as a process
 * check the command built from the sources under test, never a stale bundle.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    stdio: "inherit",
  });
}
