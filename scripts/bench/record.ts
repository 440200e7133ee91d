/**
 * The benchmarks' figures, kept as data so the README's table is generated from what a benchmark
 * printed, never typed in by hand. Each benchmark run records its figures in docs/bench/results.json
 * with the machine, the load and the build; each figure keeps its last three runs (the README shows
 * the range over them) and, when a run was made on an older build for comparison, that baseline.
 * `npm run figures` (scripts/bench/render-figures.ts) writes the table into the README.
 *
 * PROFIELCHECK_BENCH_BASELINE=<label> records the run as the baseline (e.g. the commit of the older
 * build measured beside the current one); PROFIELCHECK_BENCH_RECORD=0 records nothing;
 * PROFIELCHECK_BENCH_RESULTS=<file> records into another file (a benchmark run from an older checkout
 * records its baseline into this one).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { resolve } from "node:path";
import { z } from "zod";

export const RESULTS_FILE =
  process.env.PROFIELCHECK_BENCH_RESULTS ?? resolve(import.meta.dirname, "../../docs/bench/results.json");
/** The README shows the range over this many consecutive runs. */
export const KEPT_RUNS = 3;

const runSchema = z.strictObject({
  at: z.string(),
  machine: z.string(),
  load: z.number(),
  build: z.string(),
  values: z.record(z.string(), z.number()),
});
export type BenchRun = z.infer<typeof runSchema>;

const figureSchema = z.strictObject({
  what: z.string(),
  target: z.string(),
  unit: z.string(),
  digits: z.union([z.number().int().min(0).max(3), z.record(z.string(), z.number().int().min(0).max(3))]),
  runs: z.array(runSchema),
  baseline: runSchema.optional(),
});
export type RecordedFigure = z.infer<typeof figureSchema>;

export const resultsSchema = z.record(z.string(), figureSchema);
export type BenchResults = z.infer<typeof resultsSchema>;

/** One figure of one run: `values` are named numbers in `unit` (e.g. `{ median: 1.0, p95: 2.8 }`). */
export interface Measurement {
  id: string;
  what: string;
  target: string;
  unit: string;
  /** Decimals shown in the README: one number for all values, or per value name. */
  digits: number | Record<string, number>;
  values: Record<string, number>;
}

export function readResults(file = RESULTS_FILE): BenchResults {
  return existsSync(file) ? resultsSchema.parse(JSON.parse(readFileSync(file, "utf8"))) : {};
}

function machineName(): string {
  const [cpu] = cpus();
  const memory = Math.round(totalmem() / 2 ** 30);
  return `${cpus().length} cores (${cpu?.model.trim() ?? "unknown CPU"}), ${memory} GiB, ${type()} ${release()}, Node ${process.version}`;
}

function currentBuild(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    // The results file itself changes with every run: only other changes make the build a different one.
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no", "--", ".", ":!docs/bench"], {
      encoding: "utf8",
    }).trim();
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return "unknown";
  }
}

/** Adds one run of these figures to the results file (or sets their baseline). */
export function recordMeasurements(measurements: Measurement[], file = RESULTS_FILE): void {
  if (process.env.PROFIELCHECK_BENCH_RECORD === "0" || measurements.length === 0) return;
  const baseline = process.env.PROFIELCHECK_BENCH_BASELINE;
  const results = readResults(file);
  const at = new Date().toISOString().slice(0, 16).replace("T", " ");
  const run = { at, machine: machineName(), load: Number(loadavg()[0]?.toFixed(1)), build: baseline ?? currentBuild() };
  for (const { id, what, target, unit, digits, values } of measurements) {
    const previous = results[id];
    const thisRun = { ...run, values };
    results[id] = baseline
      ? { what, target, unit, digits, runs: previous?.runs ?? [], baseline: thisRun }
      : {
          what,
          target,
          unit,
          digits,
          runs: [...(previous?.runs ?? []), thisRun].slice(-KEPT_RUNS),
          baseline: previous?.baseline,
        };
  }
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Recorded ${measurements.length} figures${baseline ? ` as baseline "${baseline}"` : ""} in ${file}`);
}
