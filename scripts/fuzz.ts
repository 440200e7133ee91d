/**
 * Fuzzing (npm run fuzz -- --iterations N --seconds S [--seed X] [--case-seconds T]): random
 * profiles and random organisation configurations (scripts/fuzz-cases.ts) through the engine and
 * the command's `run`. Each case runs in a worker thread under a watchdog: a case that does not
 * end within the per-case bound is a hang, the worker is ended and a fresh one takes over.
 * Stops at whichever budget (iterations or seconds) runs out first; prints the seed, so a run is
 * reproduced with --seed, and each failing case's own seed (--case SEED runs that one case in this
 * process, for a debugger). Exit 1 on any hang, exception or
 * broken invariant.
 */
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { generateCase, runCase, scratchDirectory } from "./fuzz-cases";

interface Request {
  seed: number;
}
type Reply = { seed: number; configValid: boolean; problems: string[] } | { seed: number; error: string };

/** An error message of a huge input can be megabytes long. */
function shorten(text: string): string {
  return text.length > 1500 ? `${text.slice(0, 1500)} … (${text.length} characters)` : text;
}

/** Drops this script's listeners (not all: Node keeps its own on the worker). */
function forget(worker: Worker): void {
  worker.removeAllListeners("message");
  worker.removeAllListeners("error");
}

/** A worker that has loaded the engine and answers one case per message. */
async function startWorker(): Promise<Worker> {
  const worker = new Worker(new URL("./fuzz-worker.mjs", import.meta.url));
  await new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  forget(worker);
  return worker;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      iterations: { type: "string", default: "2000" },
      seconds: { type: "string", default: "60" },
      seed: { type: "string" },
      "case-seconds": { type: "string", default: "20" },
      case: { type: "string" },
    },
  });
  if (values.case !== undefined) {
    const scratch = scratchDirectory();
    const fuzz = generateCase(Number(values.case));
    console.log(JSON.stringify({ case: fuzz.case, config: fuzz.config }).slice(0, 2000));
    console.log(await runCase(fuzz, scratch.path));
    scratch.remove();
    return;
  }
  const iterations = Number(values.iterations);
  const seconds = Number(values.seconds);
  const caseSeconds = Number(values["case-seconds"]);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  for (const [name, value] of [
    ["iterations", iterations],
    ["seconds", seconds],
    ["case-seconds", caseSeconds],
    ["seed", seed],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name}: a number ≥ 0, not ${String(value)}`);
  }
  console.log(
    `fuzz: seed ${seed}, at most ${iterations} cases or ${seconds} s, ${caseSeconds} s per case (repeat: --seed ${seed})`,
  );

  const deadline = Date.now() + seconds * 1000;
  let worker = await startWorker();
  let cases = 0;
  let validConfigs = 0;
  const hangs: number[] = [];
  const failures: string[] = [];

  for (let index = 0; index < iterations && Date.now() < deadline; index += 1) {
    const caseSeed = (seed + index * 0x9e3779b1) >>> 0;
    const reply = await new Promise<Reply | "hang">((resolve) => {
      const timer = setTimeout(() => resolve("hang"), caseSeconds * 1000);
      worker.once("message", (message: Reply) => {
        clearTimeout(timer);
        resolve(message);
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        resolve({ seed: caseSeed, error: String(error) });
      });
      worker.postMessage({ seed: caseSeed } satisfies Request);
    });
    cases += 1;
    if (reply === "hang") {
      hangs.push(caseSeed);
      console.log(`HANG: case seed ${caseSeed} did not end within ${caseSeconds} s`);
      await worker.terminate();
      worker = await startWorker();
      continue;
    }
    forget(worker);
    if ("error" in reply) {
      failures.push(`case seed ${caseSeed}: exception\n${shorten(reply.error)}`);
      // An error event ends the worker; a caught exception leaves it usable, but start afresh anyway.
      await worker.terminate();
      worker = await startWorker();
    } else {
      if (reply.configValid) validConfigs += 1;
      for (const problem of reply.problems) failures.push(`case seed ${caseSeed}: ${shorten(problem)}`);
    }
  }
  await worker.terminate();

  for (const failure of failures.slice(0, 20)) console.log(`FAIL: ${failure}`);
  if (failures.length > 20) console.log(`… and ${failures.length - 20} more`);
  console.log(
    `fuzz: ${cases} cases (${validConfigs} with a valid configuration), ${hangs.length} hangs, ${failures.length} exceptions or broken invariants`,
  );
  process.exitCode = hangs.length > 0 || failures.length > 0 || cases === 0 ? 1 : 0;
}

await main();
