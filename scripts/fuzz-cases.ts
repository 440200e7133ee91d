/**
 * Random profiles and random organisation configurations for `npm run fuzz` (scripts/fuzz.ts):
 * one seed gives one case, so a failure is reproduced from the seed the driver prints. Each case
 * goes through the engine directly (configuration as validated, and raw reference data that the
 * schema would refuse) and through the command's `run` in every output format.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CliIo, run } from "../cli/main";
import { checkOptionsFromConfig } from "../rules/config/apply";
import { parseOrgConfig } from "../rules/config/schema";
import type { Party } from "../rules/data/parties";
import { checkCase } from "../rules/engine";
import { type Case, findingSchema, type Profile } from "../rules/schema";
import { ACCOUNT_TYPES, PLATFORMS } from "../rules/vocabulary";
import { prng } from "./prng";

type Random = () => number;

/** Strings that have broken or could break matchers: disguises, scripts, controls, near-empty. */
const PIECES = [
  "Minister van VWS",
  "Redactie: directie Communicatie",
  "Ondersteund door",
  "webcare 9-17 uur",
  "VVD",
  "V.V.D.",
  "ＶＶＤ",
  "V\u200BVD",
  "\u0421DA",
  "#TeamVVD",
  "@SPnl",
  "@MinVWS",
  "DENK",
  "lid van",
  "partij",
  "vvd.nl",
  "https://www.rijksoverheid.nl/regering/bewindspersonen/",
  "https://www.rijksoverheid.nl@evil.example",
  "xn--rijksverheid-8fk.nl",
  ", ",
  ". ",
  "حزب",
  "שלום",
  "中文党",
  "Δημοκρατία",
  "😀",
  "👨‍👩‍👧",
  "🇳🇱",
  "\u202EVVP\u202C",
  "\u2067DVV\u2069",
  "\u200F",
  "\uD83D",
  "\uDE00",
  "e\u0301",
  "ﬁ",
  "",
  " ",
  "\u200B",
  "\u00AD",
  "@",
  "#",
  ".",
  "-",
  "—",
  "\n",
  "\r",
  "\u2028",
  "\u0085",
  "\u001b]0;title\u0007",
  "\u001b[2J",
  "|",
  "`",
  "*",
  "[x](javascript:alert(1))",
  "<img src=x onerror=alert(1)>",
  "__proto__",
  "constructor",
];

/** Spellings a configuration could sensibly hold, in several scripts: keeps many configurations valid. */
const SPELLINGS = [
  "Voorbeeldpartij",
  "VBP",
  "P.v.d.V.",
  "حزب",
  "מפלגה",
  "中文党",
  "Δημοκρατία",
  "Партия",
  "Partij 🎉 Feest",
  "e\u0301en",
  "Lijst\u202E Nieuw",
  "D66",
  "x",
];

function spelling(random: Random): string {
  return random() < 0.85 ? pick(random, SPELLINGS) : randomText(random);
}

function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function integer(random: Random, max: number): number {
  return Math.floor(random() * (max + 1));
}

/** Any code unit, weighted towards the interesting ranges. */
function randomCharacter(random: Random): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0x00, 0x1f],
    [0x80, 0x24f],
    [0x370, 0x6ff],
    [0x2000, 0x206f],
    [0xfe00, 0xff5e],
    [0xd800, 0xdfff],
  ];
  const [low, high] = pick(random, ranges);
  if (random() < 0.05) return String.fromCodePoint(0x1f300 + integer(random, 0x2ff));
  return String.fromCharCode(low + integer(random, high - low));
}

export function randomText(random: Random): string {
  const roll = random();
  // Huge values: a long repetition of one piece or a long run of random characters.
  if (roll < 0.03) return pick(random, PIECES.filter(Boolean)).repeat(1 + integer(random, 20_000));
  if (roll < 0.05)
    return Array.from({ length: 20_000 + integer(random, 80_000) }, () => randomCharacter(random)).join("");
  if (roll < 0.15) return pick(random, ["", " ", "\u200B", "@", "#", ".", "\u202E", "\uFEFF"]);
  const parts: string[] = [];
  const count = 1 + integer(random, 10);
  for (let index = 0; index < count; index += 1) {
    parts.push(random() < 0.6 ? pick(random, PIECES) : randomCharacter(random).repeat(1 + integer(random, 3)));
  }
  return parts.join(random() < 0.5 ? "" : " ");
}

function maybe<T>(random: Random, make: () => T): T | null | undefined {
  const roll = random();
  if (roll < 0.15) return null;
  if (roll < 0.25) return undefined;
  return make();
}

function list(random: Random, max: number, make: () => unknown): unknown[] {
  return Array.from({ length: integer(random, max) }, make);
}

export function randomProfile(random: Random): Profile {
  const profile: Record<string, unknown> = {
    displayName: maybe(random, () => randomText(random)),
    handle: maybe(random, () => randomText(random)),
    bio: maybe(random, () => randomText(random)),
    links: maybe(random, () => list(random, 4, () => randomText(random))),
    verified: maybe(random, () => random() < 0.5),
  };
  // The command reads an avatar from disk: an unknown one keeps the case valid input.
  if (random() < 0.3) profile.avatar = random() < 0.5 ? "" : null;
  for (const key of Object.keys(profile)) if (profile[key] === undefined) delete profile[key];
  return profile as Profile;
}

/** Wrong types now and then: the schema must refuse them with a message, never throw. */
function sometimesWrong(random: Random, value: unknown): unknown {
  if (random() > 0.04) return value;
  return pick(random, [null, 0, true, {}, [], "x", -1, 1e308]);
}

function randomHandles(random: Random): Record<string, unknown> {
  const handles: Record<string, unknown> = {};
  for (const platform of PLATFORMS) if (random() < 0.4) handles[platform] = list(random, 3, () => spelling(random));
  return handles;
}

export function randomParty(random: Random): Record<string, unknown> {
  const names = list(random, 3, () => spelling(random));
  const abbreviations = list(random, 3, () => spelling(random));
  const spellings = [...names, ...abbreviations];
  return {
    name: sometimesWrong(random, spelling(random)),
    names,
    abbreviations,
    ambiguous: spellings.length > 0 && random() < 0.5 ? [pick(random, spellings)] : [],
    hashtags: list(random, 2, () => spelling(random)),
    handles: randomHandles(random),
    websites: list(random, 2, () => `${spelling(random)}.${pick(random, ["nl", "org", "", "中文"])}`),
  };
}

/** Platform and account type: mostly a pair that exists, now and then any (the schema refuses the rest). */
function pairOrAny(random: Random): { platform: unknown; type: unknown } {
  const platform = pick(random, PLATFORMS);
  const types = ACCOUNT_TYPES.filter((type) => (platform === "linkedin" ? type !== "corporate" : type !== "showcase"));
  return {
    platform: sometimesWrong(random, platform),
    type: random() < 0.9 ? pick(random, types) : pick(random, ACCOUNT_TYPES),
  };
}

export function randomConfig(random: Random, handle: unknown): Record<string, unknown> {
  const config: Record<string, unknown> = { version: random() < 0.97 ? 1 : 2 };
  if (random() < 0.5) config.organisation = randomText(random);
  config.accounts = list(random, 3, () => ({
    ...pairOrAny(random),
    handle: random() < 0.5 && typeof handle === "string" && handle.trim() !== "" ? handle : spelling(random),
    ...(random() < 0.5 ? { ministry: spelling(random), ministryHandle: spelling(random) } : {}),
    ...(random() < 0.3 ? { party: spelling(random), minister: randomText(random) } : {}),
  }));
  if (random() < 0.3) config.rules = { "bio/webcare": pick(random, ["off", "error", "warning", "info", "loud"]) };
  config.parties = list(random, 4, () => randomParty(random));
  config.ministries = list(random, 2, () => ({
    code: spelling(random),
    name: spelling(random),
    aliases: list(random, 2, () => spelling(random)),
    handles: randomHandles(random),
  }));
  if (random() < 0.3) config.templates = { managedBy: randomText(random), webcare: randomText(random) };
  if (random() < 0.3) {
    config.waivers = list(random, 2, () => ({
      platform: pick(random, PLATFORMS),
      handle: spelling(random),
      rule: pick(random, ["bio/webcare", "bio/no-party", "bio/dropped"]),
      value: randomText(random),
      reason: randomText(random),
    }));
  }
  return config;
}

export interface FuzzCase {
  seed: number;
  case: Case;
  config: Record<string, unknown>;
  /** Reference data as the engine takes it, unvalidated (what a caller of the engine could pass). */
  rawParties: Party[];
}

export function generateCase(seed: number): FuzzCase {
  const random = prng(seed);
  const platform = pick(random, PLATFORMS);
  const type = pick(
    random,
    ACCOUNT_TYPES.filter((each) => (platform === "linkedin" ? each !== "corporate" : each !== "showcase")),
  );
  const profile = randomProfile(random);
  const config = randomConfig(random, profile.handle);
  const rawParties = list(random, 2, () => randomParty(random)).map((party, index) => {
    const fields = party as Record<string, unknown>;
    const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item) => typeof item === "string") : []);
    return {
      id: `fuzz-${index}`,
      name: typeof fields.name === "string" ? fields.name : "",
      names: strings(fields.names),
      abbreviations: strings(fields.abbreviations),
      ambiguous: strings(fields.ambiguous),
      hashtags: strings(fields.hashtags),
      handles: {},
      websites: strings(fields.websites),
    };
  });
  return { seed, case: { account: { platform, type }, profile }, config, rawParties };
}

export interface CaseOutcome {
  /** Whether the random configuration passed the schema (a fuzz run that never gets one is vacuous). */
  configValid: boolean;
  /** Problems found: an invariant that did not hold. Exceptions propagate to the caller. */
  problems: string[];
}

function checkFindings(label: string, input: Case, findings: readonly unknown[], problems: string[]): void {
  for (const finding of findings) {
    const parsed = findingSchema.safeParse(finding);
    if (!parsed.success) {
      problems.push(`${label}: invalid finding ${JSON.stringify(finding).slice(0, 200)}`);
      continue;
    }
    const { field, start, end, index } = parsed.data;
    if (start === undefined || end === undefined) continue;
    const value = field === "links" ? input.profile.links?.[index ?? 0] : input.profile[field as keyof Profile];
    if (typeof value !== "string" || end > value.length || start > end) {
      problems.push(`${label}: ${parsed.data.rule} range ${start}-${end} outside its text`);
    }
  }
}

/** C0 controls other than tab and line feed, DEL and C1 controls: what steers a terminal. */
export function hasTerminalControl(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** Runs one case everywhere it can go; throws when anything throws. */
export async function runCase(fuzz: FuzzCase, directory: string): Promise<CaseOutcome> {
  const problems: string[] = [];
  const input = fuzz.case;
  // The engine with unvalidated reference data: it must end and stay within bounds, and no rule may
  // throw (the engine contains a throwing rule as "not checked", which would hide the bug here).
  const raw = checkCase(input, { parties: fuzz.rawParties });
  checkFindings("engine (raw parties)", input, raw.findings, problems);
  for (const rule of raw.failed ?? []) problems.push(`engine (raw parties): rule ${rule} threw`);

  const parsed = parseOrgConfig(fuzz.config);
  if (parsed.ok) {
    const options = checkOptionsFromConfig(parsed.config);
    const configured = checkCase(input, options);
    checkFindings("engine (configuration)", input, configured.findings, problems);
    for (const rule of configured.failed ?? []) problems.push(`engine (configuration): rule ${rule} threw`);
  } else if (parsed.problems.length === 0) {
    problems.push("an invalid configuration without a problem");
  }

  writeFileSync(join(directory, "config.json"), JSON.stringify(fuzz.config));
  const stdin = JSON.stringify({ ...input, account: parsed.ok ? { platform: input.account.platform } : input.account });
  for (const format of ["json", "text", "markdown"] as const) {
    let stdout = "";
    let stderr = "";
    const io: CliIo = {
      readStdin: async () => stdin,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: directory,
      env: {},
      now: () => new Date("2026-12-01T10:00:00Z"),
    };
    const args = ["check", "-", "--format", format, ...(parsed.ok ? ["--config", "config.json"] : [])];
    const code = await run(args, io);
    if (code === 2 && (stdout !== "" || stderr === "")) problems.push(`command ${format}: exit 2 without a message`);
    if (code !== 2 && format === "json") {
      const entries = JSON.parse(stdout) as { findings: unknown[] }[];
      for (const entry of entries) checkFindings("command", input, entry.findings, problems);
    }
    if (format === "text" && (hasTerminalControl(stdout) || hasTerminalControl(stderr))) {
      problems.push("command text: a control character reached the terminal");
    }
  }
  return { configValid: parsed.ok, problems };
}

/** A scratch directory for the configuration file the command reads. */
export function scratchDirectory(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), "profielcheck-fuzz-"));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
