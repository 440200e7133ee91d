/**
 * Cold start of the command beside a bare Node in the same run (npm run bench:cli-start): runs
 * `node -e 0` and `node cli/bin.mjs rules` alternately, 20 times each after one warm-up, and prints
 * the median and p90 wall time of each and the ratio of the medians (issue 16 target: ≤ 2×).
 * Then `profielcheck check` on one document of 10,000 profiles without avatars (built from
 * examples/corporate-x-clean.json), three times (target ≤ 1.5 s wall).
 * The figures are recorded for the README (scripts/bench/record.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recordMeasurements } from "./bench/record";

const CHECKED_PROFILES = 10_000;

const RUNS = Number(process.argv[2] ?? 20);
const COMMANDS = {
  "node -e 0": ["-e", "0"],
  "profielcheck rules": ["cli/bin.mjs", "rules"],
} as const;
type CommandName = keyof typeof COMMANDS;

/** Wall time of `node <args>` in ms; exit 1 (error findings) counts as a normal run of `check`. */
function time(args: readonly string[], okStatus = [0]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (!okStatus.includes(result.status ?? -1)) throw new Error(`node ${args.join(" ")}: exit ${result.status}`);
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

const example = JSON.parse(readFileSync("examples/corporate-x-clean.json", "utf8"));
const { avatar: _noAvatar, ...profile } = example.profile;
const documentFile = join(mkdtempSync(join(tmpdir(), "profielcheck-bench-")), "profiles.json");
writeFileSync(
  documentFile,
  JSON.stringify(
    Array.from({ length: CHECKED_PROFILES }, (_, index) => ({ ...example, id: `case-${index}`, profile })),
  ),
);
const checkSeconds = [0, 1, 2].map(
  () => time(["cli/bin.mjs", "check", documentFile, "--format", "json"], [0, 1]) / 1000,
);
console.log(`profielcheck check, ${CHECKED_PROFILES} profiles: ${checkSeconds.map((s) => s.toFixed(2)).join(", ")} s`);

recordMeasurements([
  {
    id: "cli-check-10k",
    what: `\`profielcheck check\` on one document of ${CHECKED_PROFILES.toLocaleString("en-GB")} profiles without avatars (\`--format json\`, built from \`examples/corporate-x-clean.json\`; \`npm run bench:cli-start\`, median of three)`,
    target: "≤ 1.5 s",
    unit: "s",
    digits: 2,
    values: { wall: checkSeconds.sort((a, b) => a - b)[1] as number },
  },
  {
    id: "cli-cold-start",
    what: `\`profielcheck rules\` cold start beside \`node -e 0\` in the same run (\`npm run bench:cli-start\`, ${RUNS} alternating runs each, medians)`,
    target: "ratio ≤ 2×",
    unit: "×",
    digits: 2,
    values: { ratio: command / bare },
  },
]);
