// Cold start of the command beside a bare Node in the same run (npm run bench:cli-start): runs
// `node -e 0` and `node cli/bin.mjs rules` alternately, 20 times each after one warm-up, and prints
// the median and p90 wall time of each and the ratio of the medians (issue 16 target: ≤ 2×).
import { spawnSync } from "node:child_process";

const RUNS = Number(process.argv[2] ?? 20);
const commands = {
  "node -e 0": [process.execPath, ["-e", "0"]],
  "profielcheck rules": [process.execPath, ["cli/bin.mjs", "rules"]],
};

function time([file, args]) {
  const start = process.hrtime.bigint();
  const result = spawnSync(file, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${file} ${args.join(" ")}: exit ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (const command of Object.values(commands)) time(command);
for (let run = 0; run < RUNS; run += 1) {
  for (const [name, command] of Object.entries(commands)) samples[name].push(time(command));
}
const quantile = (values, q) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
for (const [name, values] of Object.entries(samples)) {
  console.log(
    `${name.padEnd(20)} median ${quantile(values, 0.5).toFixed(0)} ms, p90 ${quantile(values, 0.9).toFixed(0)} ms`,
  );
}
const ratio = quantile(samples["profielcheck rules"], 0.5) / quantile(samples["node -e 0"], 0.5);
console.log(`ratio of medians: ${ratio.toFixed(2)}× (target ≤ 2×), ${RUNS} runs each, Node ${process.version}`);
