/**
 * Measures the avatar detector on the development set (generated first when missing):
 * precision, recall (overall and for images of 200 px and up), hard negatives called present,
 * the uncertain rate, and detector time per 400 × 400 image (decode excluded).
 * Run: npm run bench:avatar [-- --verbose] (--verbose lists every miss).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { detectRijkslogo, type LogoDetection } from "../rules/avatar/detector";
import { DEVSET_DIR, type DevsetEntry, generateDevset } from "./avatar-devset";

const verbose = process.argv.includes("--verbose");
const labelsFile = join(DEVSET_DIR, "labels.json");
if (!existsSync(labelsFile)) {
  console.log("generating the development set…");
  await generateDevset();
}
const entries = JSON.parse(readFileSync(labelsFile, "utf8")) as DevsetEntry[];

interface Result {
  entry: DevsetEntry;
  detection: LogoDetection;
  milliseconds: number;
}

const results: Result[] = [];
for (const entry of entries) {
  const { data, info } = await sharp(join(DEVSET_DIR, entry.file))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const image = {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  };
  const started = performance.now();
  const detection = detectRijkslogo(image);
  results.push({ entry, detection, milliseconds: performance.now() - started });
}

function summary(subset: Result[]): { precision: number; recall: number; uncertain: number } {
  const positives = subset.filter((r) => r.entry.label === "present");
  const calledPresent = subset.filter((r) => r.detection.outcome === "present");
  const truePositives = calledPresent.filter((r) => r.entry.label === "present").length;
  return {
    precision: calledPresent.length === 0 ? 1 : truePositives / calledPresent.length,
    recall: positives.length === 0 ? 1 : truePositives / positives.length,
    uncertain: subset.filter((r) => r.detection.outcome === "uncertain").length / Math.max(1, subset.length),
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const fixed = (n: number, digits = 3) => n.toFixed(digits);
const all = summary(results);
const large = summary(results.filter((r) => r.entry.size >= 200));
const small = summary(results.filter((r) => r.entry.size < 200));
const hardNegatives = results.filter((r) => r.entry.group === "hard-negative");
const hardFlagged = hardNegatives.filter((r) => r.detection.outcome === "present");
const times = results.filter((r) => r.entry.size === 400).map((r) => r.milliseconds);

console.log(`images: ${results.length} (${results.filter((r) => r.entry.label === "present").length} with the logo)`);
console.log(`precision: ${fixed(all.precision)}   recall: ${fixed(all.recall)}   uncertain: ${fixed(all.uncertain)}`);
console.log(
  `≥200 px:   precision ${fixed(large.precision)}   recall ${fixed(large.recall)}   uncertain ${fixed(large.uncertain)}`,
);
console.log(
  `96 px:     precision ${fixed(small.precision)}   recall ${fixed(small.recall)}   uncertain ${fixed(small.uncertain)}`,
);
console.log(`hard negatives called present: ${hardFlagged.length} of ${hardNegatives.length}`);
console.log(
  `time per 400×400 image: median ${fixed(percentile(times, 0.5), 2)} ms, p95 ${fixed(percentile(times, 0.95), 2)} ms`,
);

const misses = results.filter((r) => (r.entry.label === "present") !== (r.detection.outcome === "present"));
if (verbose) {
  for (const r of misses) {
    console.log(
      `  ${r.entry.label === "present" ? "missed" : "false "} ${r.detection.outcome} ${fixed(r.detection.confidence, 2)} ${r.entry.file}`,
    );
  }
}
const uncertain = results.filter((r) => r.detection.outcome === "uncertain" && !misses.includes(r));
if (verbose) for (const r of uncertain) console.log(`  uncertain ${r.entry.file}`);
