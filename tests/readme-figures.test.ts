import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { KEPT_RUNS, readResults, recordMeasurements } from "../scripts/bench/record";
import { README_FILE, renderFigures, withFigures } from "../scripts/bench/render-figures";

const FIGURE = { id: "live-keystroke", what: "keystroke → panel", target: "p95 ≤ 4 ms", unit: "ms", digits: 1 };

describe("the README's figures", () => {
  it("are exactly what the benchmarks recorded (npm run figures)", () => {
    const readme = readFileSync(README_FILE, "utf8");
    expect(withFigures(readme, readResults())).toBe(readme);
  });
});

describe("recording and rendering figures", () => {
  const file = join(mkdtempSync(join(tmpdir(), "profielcheck-figures-")), "results.json");
  afterEach(() => vi.unstubAllEnvs());

  it("keeps the last three runs of a figure and shows the range over them", () => {
    // One more run than KEPT_RUNS: the oldest (9) drops out.
    for (const p95 of [9, 2.84, 3.1, 2.5]) {
      recordMeasurements([{ ...FIGURE, values: { median: 1, p95 } }], file);
    }
    const results = readResults(file);
    expect(results["live-keystroke"]?.runs).toHaveLength(KEPT_RUNS);
    expect(results["live-keystroke"]?.runs.map((run) => run.values.p95)).toEqual([2.84, 3.1, 2.5]);
    expect(renderFigures(results)).toContain(
      "| keystroke → panel | median 1.0 ms, p95 2.5–3.1 ms (last 3 runs) | p95 ≤ 4 ms |",
    );
  });

  it("records a baseline beside the runs without replacing them", () => {
    vi.stubEnv("PROFIELCHECK_BENCH_BASELINE", "e5864d7");
    recordMeasurements([{ ...FIGURE, values: { median: 1.5, p95: 3.3 } }], file);
    const rendered = renderFigures(readResults(file));
    expect(rendered).toContain("(last 3 runs); baseline e5864d7, same machine: median 1.5 ms, p95 3.3 ms |");
  });

  it("names the machine and the load of the runs", () => {
    expect(renderFigures(readResults(file))).toMatch(/Recorded .* UTC on \d+ cores \(.*\), \d+ GiB, .*; load average/);
  });

  it("refuses a README without the markers instead of writing the table somewhere", () => {
    expect(() => withFigures("# README\n", readResults(file))).toThrow(/markers/);
  });
});
