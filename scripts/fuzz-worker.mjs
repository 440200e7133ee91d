// The worker of scripts/fuzz.ts: runs one case per message. Plain JavaScript that registers tsx,
// because a worker thread does not inherit the TypeScript loader of the process that starts it.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { generateCase, runCase, scratchDirectory } = await import("./fuzz-cases.ts");
const scratch = scratchDirectory();
process.on("exit", scratch.remove);
parentPort.on("message", async ({ seed }) => {
  try {
    const outcome = await runCase(generateCase(seed), scratch.path);
    parentPort.postMessage({ seed, ...outcome });
  } catch (error) {
    parentPort.postMessage({ seed, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort.postMessage("ready");
