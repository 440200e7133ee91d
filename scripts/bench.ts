/**
 * Benchmark of the rule engine (npm run bench). Lints 10,000 varied, deterministic profiles through
 * `checkCase` and prints the median and p95 time per profile; then a realistic 100 KB bio and a few
 * pathological 100 KB inputs, to show that no pattern backtracks catastrophically.
 *
 * Targets: median <= 50 µs per profile; 100 KB bio <= 5 ms.
 */
import { performance } from "node:perf_hooks";
import { checkCase } from "../rules/engine";
import { checkMessage } from "../rules/message-engine";
import type { Account, AccountType, Case, Platform, Profile } from "../rules/schema";
import { recordMeasurements } from "./bench/record";
import { prng } from "./prng";

const PROFILES = 10_000;
// One full pass first, so the numbers are those of a warmed-up engine, as it runs while an editor types.
const WARM_UP = PROFILES;
const LARGE_RUNS = 15;
const LARGE_SIZE = 100 * 1024;

const random = prng(20240701);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (p: number): boolean => random() < p;

const PAIRS: readonly (readonly [Platform, AccountType])[] = [
  ["x", "corporate"],
  ["x", "hybrid"],
  ["instagram", "corporate"],
  ["instagram", "hybrid"],
  ["facebook", "corporate"],
  ["facebook", "hybrid"],
  ["linkedin", "showcase"],
  ["linkedin", "hybrid"],
];
const MINISTERS = ["Fleur Agema", "Dick Schoof", "Hugo de Jonge", "Mariëlle Paul", "Eelco Heinen", "Dilan Yeşilgöz"];
const MINISTRIES = ["VWS", "BZK", "Fin", "OCW", "LNV", "JenV", "SZW", "IenW"];
const PARTIES = ["PVV", "VVD", "NSC", "BBB", "D66", "CDA", "GroenLinks-PvdA", "Volt", "DENK", "SP"];
const HANDLES = ["MinisterVWS", "MinPres", "StasMijnbouw", "fleuragema", "MinisterAgema", "Stas_SP", "AyoubDENK"];
const SENTENCES = [
  "Minister van Volksgezondheid, Welzijn en Sport.",
  "Staatssecretaris Fiscaliteit, Belastingdienst en Douane.",
  "Minister-president.",
  "Redactie: directie Communicatie @Min{m}.",
  "Beheerd door het ministerie van {m}.",
  "Beheerd door Team {n}.",
  "Webcare op werkdagen 9-17 uur.",
  "Vragen? We reageren op werkdagen.",
  "Ondersteund door ministerie van {m} en #Team{p}.",
  "Lid van de {p}.",
  "Denk mee over 230 volt, CU later!",
  "Archief voorganger: @minpresrutte.",
  "Meer op rijksoverheid.nl/regering en vvd.nl.",
  "Persoonlijk account: @{h}.",
  "😀 Trots op Nederland 🇳🇱",
  "ＶＶＤ V\u200BVD V.V.D. \u0421DA",
];
const LINKS = [
  "https://www.rijksoverheid.nl/regering/bewindspersonen/{slug}",
  "https://rijksoverheid.nl",
  "rijksoverheid.nl/regering/bewindspersonen/{slug}",
  "http://www.rijksoverheid.nl/",
  "https://rijksoverheid.nl.example.org/",
  "https://rijks0verheid.nl",
  "https://www.rijksoverheid.nl@evil.example",
  "https://x.com/{h}",
  "https://www.vvd.nl",
  "utrecht.cda.nl",
];

function fill(template: string, minister: string, ministry: string, party: string, handle: string): string {
  return template
    .replaceAll("{m}", ministry)
    .replaceAll("{p}", party.replace(/[^\p{L}\p{N}]/gu, ""))
    .replaceAll("{n}", minister.split(" ").pop() ?? "")
    .replaceAll("{h}", handle)
    .replaceAll("{slug}", minister.toLowerCase().replaceAll(" ", "-"));
}

function generateCase(): Case {
  const [platform, type] = pick(PAIRS);
  const minister = pick(MINISTERS);
  const ministry = pick(MINISTRIES);
  const party = pick(PARTIES);
  const handle = pick(HANDLES);
  const account: Account = { platform, type };
  if (chance(0.6)) account.ministry = ministry;
  if (chance(0.6)) account.ministryHandle = `Min${ministry}`;
  if (chance(0.6)) account.minister = minister;
  if (chance(0.5)) account.party = party;
  if (chance(0.3)) account.personalHandle = minister.toLowerCase().replaceAll(" ", "");
  if (chance(0.3)) account.pageUrl = fill(LINKS[0] as string, minister, ministry, party, handle);
  if (chance(0.2)) account.predecessorArchive = "minpresrutte";
  const sentences = Array.from({ length: 2 + Math.floor(random() * 5) }, () =>
    fill(pick(SENTENCES), minister, ministry, party, handle),
  );
  const profile: Profile = {
    displayName: chance(0.9) ? pick([minister, `${minister} (${party})`, `Minister van ${ministry}`]) : null,
    handle: chance(0.9) ? handle : null,
    bio: chance(0.95) ? sentences.join(" ") : null,
    links: chance(0.9)
      ? Array.from({ length: Math.floor(random() * 3) }, () => fill(pick(LINKS), minister, ministry, party, handle))
      : null,
    avatar: chance(0.5) ? "avatar.png" : null,
    verified: chance(0.9) ? chance(0.8) : null,
  };
  return { account, profile };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] as number;
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Median time to lint one case whose bio (or, with `everywhere`, every text field) is `text`. */
function timeLarge(label: string, text: string, everywhere = false): number {
  const profile: Profile = everywhere
    ? { bio: text, displayName: text, handle: text, links: [text, text] }
    : {
        bio: text,
        displayName: "Fleur Agema",
        handle: "MinisterVWS",
        links: ["https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema"],
      };
  const input: Case = {
    account: { platform: "x", type: "corporate", ministryHandle: "MinVWS", party: "PVV" },
    profile,
  };
  checkCase(input);
  const times: number[] = [];
  for (let run = 0; run < LARGE_RUNS; run += 1) {
    const start = performance.now();
    checkCase(input);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(8)} ms (median of ${LARGE_RUNS})`);
  return ms;
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const cases = Array.from({ length: PROFILES }, generateCase);
for (let i = 0; i < WARM_UP; i += 1) checkCase(cases[i % cases.length] as Case);

const perProfile: number[] = [];
let findings = 0;
for (const input of cases) {
  const start = performance.now();
  findings += checkCase(input).findings.length;
  perProfile.push((performance.now() - start) * 1000);
}
perProfile.sort((a, b) => a - b);
const profileMedian = percentile(perProfile, 50);
console.log(`${PROFILES} profiles, ${findings} findings`);
console.log(`per profile: median ${profileMedian.toFixed(1)} µs, p95 ${percentile(perProfile, 95).toFixed(1)} µs`);

// A long bio as people write them: sentences with now and then a party, a link, a hashtag.
const realistic = repeatTo(
  "Minister van Volksgezondheid, Welzijn en Sport. Redactie: directie Communicatie @MinVWS. " +
    "Webcare op werkdagen van 9.00 tot 17.00 uur; vragen over zorg kunt u ook stellen via " +
    "https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema. Eerder Kamerlid voor de PVV, " +
    "daarvoor wethouder. Denk mee over de zorg van morgen! Ik werk aan betaalbare zorg, kortere " +
    "wachtlijsten en goede ouderenzorg in heel Nederland 🇳🇱 #zorg #ouderenzorg #MinVWS. " +
    "Archief voorganger: @minvwskuipers. Zie ook rijksoverheid.nl/onderwerpen/zorg-en-ondersteuning-thuis. ",
  LARGE_SIZE,
);
// The same size, dense with (obfuscated) party references: thousands of findings to report.
const dense = repeatTo(
  "Minister van VWS. Redactie: directie Communicatie @MinVWS. Lid van de VVD, #TeamVVD, zie vvd.nl en " +
    "https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema. Denk mee over 230 volt! CU later. " +
    "GroenLinks-PvdA, V.V.D., ＶＶＤ, \u0421DA, @SPnl, utrecht.cda.nl 😀 #zorg #MinVWS Vragen? DM ons. ",
  LARGE_SIZE,
);
const bioMs = timeLarge("100 KB realistic bio", realistic);
timeLarge("100 KB bio dense with party references", dense);
timeLarge("100 KB dense text in every field", dense, true);
const pathological: [string, string][] = [
  ["100 KB of 'a'", "a".repeat(LARGE_SIZE)],
  ["100 KB of 'V.'", repeatTo("V.", LARGE_SIZE)],
  ["100 KB of 'V V '", repeatTo("V V ", LARGE_SIZE)],
  ["100 KB of '#'", "#".repeat(LARGE_SIZE)],
  ["100 KB of '@'", "@".repeat(LARGE_SIZE)],
  ["100 KB of separators '.-_ '", repeatTo(".-_ |/", LARGE_SIZE)],
  ["100 KB of 'beheerd door '", repeatTo("beheerd door ", LARGE_SIZE)],
  ["100 KB of 'a.' (domain-like)", repeatTo("a.", LARGE_SIZE)],
  ["100 KB of '9-9 '", repeatTo("9-9 ", LARGE_SIZE)],
  ["100 KB of zero-width spaces", "\u200B".repeat(LARGE_SIZE)],
  ["100 KB of emoji", repeatTo("😀", LARGE_SIZE)],
];
let worst = 0;
// Pathological text in every field: name, handle and links have their own matchers.
for (const [label, text] of pathological) worst = Math.max(worst, timeLarge(label, text, true));

// Posts and replies as they are typed: the text grows by one character per check.
const MESSAGE_ACCOUNT = {
  platform: "x",
  type: "hybrid",
  ministryHandle: "MinVWS",
  party: "PVV",
  partyMarker: "#TeamPVV",
  ministerMarker: "-FA",
} as const;
function messageSentence(n: number): string {
  return `Dank voor je vraag nummer ${n}, kunt u ons mailen over de regeling inzake zorg ${n}? Zie rijksoverheid.nl #MinVWS. `;
}
const messageP95: Record<string, number> = {};
for (const length of [280, 3000]) {
  let text = "";
  for (let n = 0; text.length < length; n += 1) text += messageSentence(n);
  text = text.slice(0, length);
  for (const kind of ["post", "reply"] as const) {
    const times: number[] = [];
    for (let typed = Math.floor(length / 2); typed <= length; typed += 1) {
      const input = {
        kind,
        account: MESSAGE_ACCOUNT,
        post: { text: text.slice(0, typed), role: "ministry" as const, inReplyTo: "Stem op de PVV?" },
      };
      const start = performance.now();
      checkMessage(input);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    messageP95[`${kind} ${length}`] = percentile(times, 95);
    console.log(
      `${`${kind}, typing up to ${length} characters`.padEnd(44)} median ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms`,
    );
  }
}

recordMeasurements([
  {
    id: "engine-profile",
    what: `engine, ${PROFILES.toLocaleString("en-GB")} generated profiles (\`npm run bench\`), per profile`,
    target: "median ≤ 50 µs",
    unit: "µs",
    digits: 1,
    values: { median: profileMedian, p95: percentile(perProfile, 95) },
  },
  {
    id: "engine-large-bio",
    what: `engine, one 100 KB realistic bio (median of ${LARGE_RUNS})`,
    target: "≤ 5 ms on each of three consecutive runs",
    unit: "ms",
    digits: 2,
    values: { time: bioMs },
  },
  {
    id: "engine-pathological",
    what: "engine, the worst of eleven pathological 100 KB inputs in every field (linear, no backtracking blow-up)",
    target: "–",
    unit: "ms",
    digits: 0,
    values: { worst: worst },
  },
  {
    id: "engine-message",
    what: "engine, a post or reply typed up to 280 / 3,000 characters, per keystroke",
    target: "p95 ≤ 16 ms",
    unit: "ms",
    digits: 2,
    values: {
      "reply p95 (280)": messageP95["reply 280"] as number,
      "reply p95 (3,000)": messageP95["reply 3000"] as number,
      "post p95 (3,000)": messageP95["post 3000"] as number,
    },
  },
]);

const ok = profileMedian <= 50 && bioMs <= 5;
console.log(
  `targets: median <= 50 µs ${profileMedian <= 50 ? "met" : "MISSED"}; 100 KB bio <= 5 ms ${bioMs <= 5 ? "met" : "MISSED"}; worst pathological ${worst.toFixed(1)} ms`,
);
process.exitCode = ok ? 0 : 1;
