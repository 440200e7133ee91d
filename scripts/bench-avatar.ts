/**
 * Measures the avatar detector on both development sets, beside earlier detectors taken from git
 * (BASELINES: the one before issue 14's rework and the one before the crown fix), in one run: per
 * set, precision, recall at ≥200 px,
 * at 96 px and at 48 px, hard negatives called present, the uncertain rate, and the detector's
 * time per 400 × 400 image (decode excluded; all detectors run on the same decoded pixels, one
 * after the other in an order that rotates per image, so the time ratios hold on a busy machine).
 *
 * Set A (scripts/avatar-devset.ts) is the set the thresholds are tuned on; set B
 * (scripts/avatar-devset-b.ts, another generator with CC0 photographs) is held out. Sets are
 * generated when missing and cached in their gitignored folders.
 *
 * Run: npm run bench:avatar [-- --verbose] [-- --only A|B] (--verbose lists every miss and uncertain call).
 */

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import sharp from "sharp";
import { detectRijkslogo, type LogoDetection, type RgbaImage } from "../rules/avatar/detector";
import { DEVSET_DIR, type DevsetEntry, generateDevset } from "./avatar-devset";
import { DEVSET_B_DIR, generateDevsetB } from "./avatar-devset-b";
import { type Measurement, recordMeasurements } from "./bench/record";

/** Earlier detectors measured beside the current one, by the name printed and their commit. */
const BASELINES = [
  // The last commit with the detector before issue 14's rework.
  { name: "before-14", commit: "e5864d7" },
  // The emblem-shape detector before solid marks (a crown on the band) were ruled out.
  { name: "pre-crown", commit: "6a1db57" },
] as const;
const AVATAR_FILES = ["colour.ts", "detector.ts", "emblem-template.ts", "image.ts", "regions.ts", "template.ts"];
const verbose = process.argv.includes("--verbose");
const root = fileURLToPath(new URL("..", import.meta.url));

type Detect = (image: RgbaImage) => LogoDetection;

/** A baseline detector's sources, written from git into node_modules/.cache and imported. */
async function baselineDetector(commit: string): Promise<Detect | undefined> {
  const folder = join(root, "node_modules", ".cache", `avatar-baseline-${commit}`);
  try {
    mkdirSync(folder, { recursive: true });
    for (const file of AVATAR_FILES) {
      const source = execFileSync("git", ["show", `${commit}:rules/avatar/${file}`], { cwd: root });
      writeFileSync(join(folder, file), source);
    }
  } catch (error) {
    console.log(`detector at ${commit} not available (${(error as Error).message.split("\n")[0]}): left out`);
    return undefined;
  }
  const module = (await import(pathToFileURL(join(folder, "detector.ts")).href)) as { detectRijkslogo: Detect };
  return module.detectRijkslogo;
}

interface Outcome {
  detection: LogoDetection;
  milliseconds: number;
}

interface Row {
  entry: DevsetEntry;
  /** Per detector name ("current" and the baselines), its outcome on this image. */
  outcomes: Map<string, Outcome>;
}

interface Detector {
  name: string;
  detect: Detect;
}

function timed(detect: Detect, image: RgbaImage): Outcome {
  const started = performance.now();
  const detection = detect(image);
  return { detection, milliseconds: performance.now() - started };
}

async function run(directory: string, generate: () => Promise<unknown>, detectors: Detector[]): Promise<Row[]> {
  const labelsFile = join(directory, "labels.json");
  if (!existsSync(labelsFile)) {
    console.log(`generating ${directory}…`);
    await generate();
  }
  const entries = JSON.parse(readFileSync(labelsFile, "utf8")) as DevsetEntry[];
  const rows: Row[] = [];
  for (const entry of entries) {
    const { data, info } = await sharp(join(directory, entry.file))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const image = {
      width: info.width,
      height: info.height,
      data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    };
    // Rotate the order so no detector always runs first, on a cold cache.
    const outcomes = new Map<string, Outcome>();
    for (let k = 0; k < detectors.length; k++) {
      const detector = detectors[(rows.length + k) % detectors.length] as Detector;
      outcomes.set(detector.name, timed(detector.detect, image));
    }
    rows.push({ entry, outcomes });
  }
  return rows;
}

const fixed = (n: number, digits = 3) => (Number.isNaN(n) ? "  -  " : n.toFixed(digits));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

interface Figures {
  precision: number;
  recall200: number;
  recall96: number;
  recall48: number;
  hardPresent: string;
  uncertain: number;
  median: number;
  p95: number;
}

function figures(rows: Row[], pick: (row: Row) => Outcome): Figures {
  const present = (row: Row) => pick(row).detection.outcome === "present";
  const recall = (subset: Row[]) => {
    const positives = subset.filter((r) => r.entry.label === "present");
    return positives.length === 0 ? Number.NaN : positives.filter(present).length / positives.length;
  };
  const called = rows.filter(present);
  const hard = rows.filter((r) => r.entry.group === "hard-negative");
  const times = rows.filter((r) => r.entry.size === 400).map((r) => pick(r).milliseconds);
  return {
    precision: called.length === 0 ? 1 : called.filter((r) => r.entry.label === "present").length / called.length,
    recall200: recall(rows.filter((r) => r.entry.size >= 200)),
    recall96: recall(rows.filter((r) => r.entry.size === 96)),
    recall48: recall(rows.filter((r) => r.entry.size === 48)),
    hardPresent: `${hard.filter(present).length}/${hard.length}`,
    uncertain: rows.filter((r) => pick(r).detection.outcome === "uncertain").length / Math.max(1, rows.length),
    median: percentile(times, 0.5),
    p95: percentile(times, 0.95),
  };
}

function report(title: string, rows: Row[], names: string[]) {
  const positives = rows.filter((r) => r.entry.label === "present").length;
  const hard = rows.filter((r) => r.entry.group === "hard-negative").length;
  console.log(`\n${title}: ${rows.length} images, ${positives} with the logo, ${hard} hard negatives`);
  console.log("detector   precision  recall≥200  recall96  recall48  hard-neg-present  uncertain  ms-median  ms-p95");
  const line = (name: string, f: Figures) =>
    console.log(
      `${name.padEnd(10)} ${fixed(f.precision).padStart(9)}  ${fixed(f.recall200).padStart(10)}  ${fixed(f.recall96).padStart(8)}  ${fixed(f.recall48).padStart(8)}  ${f.hardPresent.padStart(16)}  ${fixed(f.uncertain).padStart(9)}  ${fixed(f.median, 2).padStart(9)}  ${fixed(f.p95, 2).padStart(6)}`,
    );
  for (const name of names)
    line(
      name,
      figures(rows, (r) => r.outcomes.get(name) as Outcome),
    );
  if (!verbose) return;
  for (const r of rows) {
    const { outcome, confidence, reason } = (r.outcomes.get("current") as Outcome).detection;
    const wrong = (r.entry.label === "present") !== (outcome === "present");
    if (wrong || outcome === "uncertain") {
      console.log(
        `  ${r.entry.label.padEnd(7)} → ${outcome.padEnd(9)} ${fixed(confidence, 2)} ${r.entry.file}${reason ? ` (${reason.en})` : ""}`,
      );
    }
  }
}

const detectors: Detector[] = [{ name: "current", detect: detectRijkslogo }];
for (const { name, commit } of BASELINES) {
  const detect = await baselineDetector(commit);
  if (detect) detectors.push({ name, detect });
}
const names = detectors.map((d) => d.name);
// --only A (or B) measures one set, e.g. set A alone while tuning.
const only = process.argv[process.argv.indexOf("--only") + 1];
const setA = only === "B" ? [] : await run(DEVSET_DIR, generateDevset, detectors);
const setB = only === "A" ? [] : await run(DEVSET_B_DIR, generateDevsetB, detectors);
console.log(
  `machine: ${process.platform} ${process.arch}, Node ${process.version}; ${BASELINES.map((b) => `${b.name} = ${b.commit}`).join(", ")}`,
);
if (setA.length > 0) report("set A (scripts/avatar-devset.ts; thresholds tuned here)", setA, names);
if (setB.length > 0) report("set B (scripts/avatar-devset-b.ts; held out, not tuned on)", setB, names);

/** The current detector's figures on a set, for the README (scripts/bench/record.ts). */
function setMeasurement(id: string, what: string, target: string, rows: Row[]): Measurement {
  const f = figures(rows, (r) => r.outcomes.get("current") as Outcome);
  const [hardPresent = 0] = f.hardPresent.split("/").map(Number);
  return {
    id,
    what,
    target,
    unit: "",
    digits: { precision: 3, "recall ≥ 200 px": 3, "recall 96 px": 3, "hard negatives called present": 0, uncertain: 3 },
    values: {
      precision: f.precision,
      "recall ≥ 200 px": f.recall200,
      "recall 96 px": f.recall96,
      "hard negatives called present": hardPresent,
      uncertain: f.uncertain,
    },
  };
}
if (setA.length > 0 && setB.length > 0) {
  const timing = figures(setB, (r) => r.outcomes.get("current") as Outcome);
  const previous = BASELINES[0] ? figures(setB, (r) => r.outcomes.get(BASELINES[0]?.name ?? "") as Outcome) : null;
  recordMeasurements([
    setMeasurement(
      "detector-set-a",
      `logo detector, set A: ${setA.length.toLocaleString("en-GB")} generated avatars, thresholds tuned here (\`npm run bench:avatar\`; uncertain as a fraction)`,
      "–",
      setA,
    ),
    setMeasurement(
      "detector-set-b",
      `logo detector, set B: ${setB.length} avatars from another generator with CC0 photographs, held out (not tuned on)`,
      "precision ≥ 0.99, recall ≥ 0.98 at ≥ 200 px, no hard negative called present, uncertain ≤ 0.02",
      setB,
    ),
    {
      id: "detector-time",
      what: `logo detector, time per 400×400 image (set B; beside it, in the same run, the detector before issue 14, ${BASELINES[0]?.commit})`,
      target: "median ≤ 10 ms",
      unit: "ms",
      digits: 1,
      values: {
        median: timing.median,
        p95: timing.p95,
        ...(previous ? { "median before issue 14": previous.median } : {}),
      },
    },
  ]);
}
