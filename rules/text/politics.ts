/**
 * Party politics in a message (rules.md, `post/no-party` and `reply/policy-only`): a party
 * reference (found by rules/parties/match.ts, as in the profile rules) or an explicit call to vote
 * for a party or candidate ("stem op …", "stem #VVD", "kies … op 29 oktober"). A neutral call to
 * vote ("Ga stemmen!", "Stem op 29 oktober") is not party politics.
 */
import type { TextRange } from "./segments";

const MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
const DAYS = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|morgen|straks";
/** What may follow "stem op" without naming a party or candidate: a day, a date, a time. */
const NEUTRAL_TARGET = new RegExp(`^(?:${DAYS}|${MONTHS})(?![\\p{L}])`, "iu");

/**
 * "stem op X" (also stemt / stemmen), possibly with a date in between ("stem op 29 oktober op de
 * PVV"): X names a party or candidate when it is a name (a capital), a hashtag or handle, or a list
 * number. "Stem op wie je wilt" and "stem op woensdag" name nobody. Case is spelled out in the
 * pattern: with the `i` flag \p{Lu} would match every letter.
 */
const VOTE_FOR =
  /(?<![\p{L}])[Ss][Tt][Ee][Mm](?:[Tt]|[Mm][Ee][Nn])?\s+(?:[^\s.!?]+\s+){0,4}?[Oo][Pp]\s+(?:[Dd][Ee]\s+|[Hh][Ee][Tt]\s+)?((?:[#@][\p{L}\p{N}_]+|\p{Lu}[\p{L}\p{N}_-]*|[Ll][Ii][Jj][Ss][Tt]\s*\d+))/gu;
/** "stem #VVD", "stem @SPnl": a hashtag or handle right after the verb. */
const VOTE_TAG = /(?<![\p{L}])stem(?:t|men)?\s+[#@][\p{L}\p{N}_]+/giu;
/** "kies … op 29 oktober": choose someone, on an election date. */
const CHOOSE_ON_DATE = new RegExp(
  `(?<![\\p{L}])kies\\s+(?:[^\\s.!?]+\\s+){1,4}?op\\s+\\d{1,2}\\s+(?:${MONTHS})(?![\\p{L}])`,
  "giu",
);

/** Every explicit call to vote for a party or candidate, in text order. */
export function findVoteCalls(text: string): TextRange[] {
  const calls: TextRange[] = [];
  for (const match of text.matchAll(VOTE_FOR)) {
    if (NEUTRAL_TARGET.test(match[1] as string)) continue;
    calls.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const pattern of [VOTE_TAG, CHOOSE_ON_DATE]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!calls.some((call) => call.start < end && start < call.end)) calls.push({ start, end });
    }
  }
  return calls.sort((a, b) => a.start - b.start);
}
