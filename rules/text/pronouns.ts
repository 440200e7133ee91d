/**
 * The formal pronouns u and uw in a Dutch reply (rules.md, `reply/tutoyeren`), and the informal
 * wording where it is well defined. `u` counts only as a pronoun: not after a number or time
 * ("9.00 u", "17u"), not inside a compound or abbreviation (U-bocht, "u." in a list), not as a
 * quoted letter. `uw` always counts.
 */
import type { TextRange } from "./segments";
import { nonWordRanges } from "./segments";

export interface FormalPronoun extends TextRange {
  pronoun: "u" | "uw";
  /** The informal wording for [start, end) of the text, when it is well defined. */
  replacement?: { start: number; end: number; text: string };
}

/** Inverted verb forms before "u" and their form before "je": "kunt u" -> "kun je". */
const INVERTED: Readonly<Record<string, string>> = {
  kunt: "kun",
  wilt: "wil",
  bent: "ben",
  heeft: "heb",
  hebt: "heb",
  zult: "zul",
  vindt: "vind",
  wordt: "word",
  gaat: "ga",
  komt: "kom",
  staat: "sta",
  doet: "doe",
  ziet: "zie",
  weet: "weet",
  krijgt: "krijg",
  ontvangt: "ontvang",
  zou: "zou",
  kan: "kan",
  mag: "mag",
  moet: "moet",
  zal: "zal",
  mocht: "mocht",
  wil: "wil",
};

/** After these "u" is stressed: "voor u" -> "voor jou". */
const PREPOSITIONS = new Set([
  "aan",
  "achter",
  "bij",
  "door",
  "met",
  "na",
  "naar",
  "naast",
  "om",
  "op",
  "over",
  "tegen",
  "tot",
  "van",
  "voor",
  "zonder",
]);

/** Words ending in -t that are not a verb, so "u" after them simply becomes "je". */
const NOT_VERBS = new Set(["dat", "wat", "niet", "want", "omdat", "zodat", "totdat", "het", "toch", "nog", "als"]);

function capitalised(word: string, like: string): string {
  return like[0] === like[0]?.toUpperCase() && like[0] !== like[0]?.toLowerCase()
    ? (word[0]?.toUpperCase() ?? "") + word.slice(1)
    : word;
}

/** The word right before `at` (letters only), with its range. */
function previousWord(text: string, at: number): { text: string; start: number; end: number } | null {
  const match = /([\p{L}]+)(\s+)$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!match) return null;
  const end = at - (match[2] as string).length;
  return { text: match[1] as string, start: end - (match[1] as string).length, end };
}

/** Whether the "u" at [start, end) is the pronoun and not a unit, a letter or part of a compound. */
function isPronounU(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 3);
  // A number or time right before it: "9.00 u", "17 u", "17u".
  if (/\d[.:]?\d*\s*$/.test(before)) return false;
  // Part of a compound or abbreviation: U-bocht, u.s., "t.a.v.-u".
  if (/^[-‐–]\p{L}/u.test(after) || /[-‐–/]$/.test(before)) return false;
  if (/^\.\p{L}/u.test(after)) return false;
  // A list label: "u." or "u)" at the start of a line, or after another one-letter label ("s. t. u.").
  if (/^[.)]/.test(after) && (/(?:^|\n)[\t >*•-]*$/.test(before) || /(?:^|\s)\p{L}[.)]\s*$/u.test(before))) {
    return false;
  }
  // A quoted letter: 'u', "u", „u”, de letter u.
  if (/['"‘’“”„«‹]$/.test(before) && /^['"‘’“”»›]/.test(after)) return false;
  if (/(?:^|\s)(?:letter|klinker)\s+$/iu.test(before)) return false;
  return true;
}

/** Every formal pronoun in `text` (outside addresses, handles and hashtags), with its fix when simple. */
export function findFormalPronouns(text: string): FormalPronoun[] {
  const skip = nonWordRanges(text);
  const found: FormalPronoun[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_@#'’])(uw|u)(?![\p{L}\p{N}_'’])/giu)) {
    const start = match.index;
    const end = start + match[0].length;
    if (skip.some((range) => range.start < end && start < range.end)) continue;
    const written = match[0];
    if (written.toLowerCase() === "uw") {
      found.push({ pronoun: "uw", start, end, replacement: { start, end, text: capitalised("je", written) } });
      continue;
    }
    if (!isPronounU(text, start, end)) continue;
    found.push({ pronoun: "u", start, end, ...informalU(text, start, end, written) });
  }
  return found;
}

function informalU(text: string, start: number, end: number, written: string): Pick<FormalPronoun, "replacement"> {
  const previous = previousWord(text, start);
  const lower = previous?.text.toLowerCase();
  if (previous && lower !== undefined) {
    const inverted = INVERTED[lower];
    if (inverted !== undefined) {
      return {
        replacement: { start: previous.start, end, text: `${capitalised(inverted, previous.text)} je` },
      };
    }
    if (PREPOSITIONS.has(lower)) return { replacement: { start, end, text: capitalised("jou", written) } };
    // Another verb in its -t form before "u" ("Ontvangt u"): the informal form is not a simple swap.
    if (lower.endsWith("t") && !NOT_VERBS.has(lower)) return {};
  }
  return { replacement: { start, end, text: capitalised("je", written) } };
}
