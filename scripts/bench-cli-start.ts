/**
 * Cold start of the command beside a bare Node in the same run (npm run bench:cli-start): runs
 * `node -e 0` and `node cli/bin.mjs rules` alternately, 20 times each after one warm-up, and prints
 * the median and p90 wall time of each and the ratio of the medians (issue 16 target: ≤ 2×).
 * The figures are recorded for the README (scripts/bench/record.ts).
 */
import { spawnSync } from "node:child_process";
import { recordMeasurements } from "./bench/record";

const RUNS = Number(process.argv[2] ?? 20);
const COMMANDS = {
  "node -e 0": ["-e", "0"],
  "profielcheck rules": ["cli/bin.mjs", "rules"],
} as const;
type CommandName = keyof typeof COMMANDS;

function time(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`node ${args.join(" ")}: exit ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function quantile(values: number[], q: number): number {
  return [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] as number;
}

const names = Object.keys(COMMANDS) as CommandName[];
const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<CommandName, number[]>;
for (const name of names) time(COMMANDS[name]);
for (let run = 0; run < RUNS; run += 1) {
  for (const name of names) samples[name].push(time(COMMANDS[name]));
}
for (const name of names) {
  console.log(
    `${name.padEnd(20)} median ${quantile(samples[name], 0.5).toFixed(0)} ms, p90 ${quantile(samples[name], 0.9).toFixed(0)} ms`,
  );
}
const command = quantile(samples["profielcheck rules"], 0.5);
const bare = quantile(samples["node -e 0"], 0.5);
console.log(
  `ratio of medians: ${(command / bare).toFixed(2)}× (target ≤ 2×), ${RUNS} runs each, Node ${process.version}`,
);
recordMeasurements([
  {
    id: "cli-cold-start",
    what: `\`profielcheck rules\` cold start beside \`node -e 0\` in the same run (\`npm run bench:cli-start\`, ${RUNS} alternating runs each, medians)`,
    target: "ratio ≤ 2×",
    unit: "×",
    digits: 2,
    values: { ratio: command / bare },
  },
]);
