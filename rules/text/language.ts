/**
 * Whether a message is clearly English (rules.md, "Reading them"): English function words
 * outnumber Dutch ones by at least three to one, with at least three English ones. The Dutch
 * plain-language rules are then not applied.
 */
import { nonWordRanges } from "./segments";

const ENGLISH = new Set([
  "the",
  "you",
  "your",
  "is",
  "are",
  "and",
  "to",
  "of",
  "for",
  "with",
  "please",
  "thanks",
  "thank",
  "this",
  "that",
  "will",
  "can",
  "have",
  "has",
  "be",
  "it",
  "not",
  "what",
  "how",
  "from",
  "our",
  "my",
]);

const DUTCH = new Set([
  "de",
  "het",
  "een",
  "je",
  "jij",
  "jou",
  "jouw",
  "u",
  "uw",
  "en",
  "van",
  "voor",
  "met",
  "niet",
  "dat",
  "die",
  "wij",
  "ik",
  "zijn",
  "op",
  "te",
  "naar",
  "ook",
  "maar",
  "om",
  "dit",
  "wat",
  "hoe",
  "graag",
  "bedankt",
  "dank",
  "kun",
  "kunt",
  "heeft",
  "hebben",
  "er",
]);

/** Runs of letters outside addresses, handles and hashtags: enough to count function words. */
function letterRuns(text: string): string[] {
  let plain = text;
  for (const range of nonWordRanges(text)) {
    plain = plain.slice(0, range.start) + " ".repeat(range.end - range.start) + plain.slice(range.end);
  }
  return plain.match(/\p{L}+/gu) ?? [];
}

export function isClearlyEnglish(text: string): boolean {
  let english = 0;
  let dutch = 0;
  for (const word of letterRuns(text)) {
    const lower = word.toLowerCase();
    if (ENGLISH.has(lower)) english += 1;
    else if (DUTCH.has(lower)) dutch += 1;
  }
  return english >= 3 && english >= 3 * dutch;
}
