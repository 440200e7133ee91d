/**
 * The engine's fast paths for long texts (issue 16) give what the plain algorithms give: each is
 * compared with a reference written the plain way, on generated text full of the characters that
 * make the fast paths fall back (capital sigma, lone surrogates, İ, the Kelvin sign, emoji).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overflowStart } from "../../../rules/limits";
import { fold, originalRange } from "../../../rules/text/fold";
import { findAnyHandleMention, findMentions } from "../../../rules/text/handles";

const NUM_RUNS = 400;
/** A guard against a hang, not a timing assertion. */
const TIMEOUT_MS = 120_000;

const PIECES = [
  "a",
  "Z",
  "min",
  "VWS",
  "_",
  " ",
  ".",
  "@",
  "#",
  "\r\n",
  "\n",
  "Σ",
  "σ",
  "İ",
  "\u212a",
  "é",
  "e\u0301",
  "Ｖ",
  "С",
  "ﬁ",
  "ß",
  "\u200b",
  "\u00ad",
  "\ud800",
  "\udc00",
  "😀",
  "🇳🇱",
  "👩‍👩‍👧",
  "\u{10400}",
  "ǅ",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(""));

/** fold as first written: every code point folded and lower-cased on its own. */
function referenceFold(input: string) {
  let folded = "";
  let lower = "";
  const origin: number[] = [];
  const originEnd: number[] = [];
  for (let index = 0; index < input.length; ) {
    const width = (input.codePointAt(index) as number) > 0xffff ? 2 : 1;
    const character = input.slice(index, index + width);
    const replacement = character.charCodeAt(0) < 0x80 ? character : fold(character).text;
    for (const unit of replacement) {
      const unitLower = unit.toLowerCase();
      folded += unit;
      lower += unitLower.length === unit.length ? unitLower : unit;
      for (let k = 0; k < unit.length; k++) {
        origin.push(index);
        originEnd.push(index + width);
      }
    }
    index += width;
  }
  return { text: folded, lower, origin, originEnd };
}

/** findAnyHandleMention as first written: the text lower-cased, then searched with indexOf. */
function referenceHandleMention(input: string, handles: readonly string[]) {
  const lowerText = input.toLowerCase();
  for (const handle of handles) {
    const wanted = handle.trim().replace(/^@/, "").toLowerCase();
    if (wanted === "") continue;
    for (let at = lowerText.indexOf(wanted); at >= 0; at = lowerText.indexOf(wanted, at + 1)) {
      const before = at > 0 ? (input[at - 1] as string) : "";
      const after = input[at + wanted.length] ?? "";
      if (!/[A-Za-z0-9_]/.test(before) && !/[A-Za-z0-9_]/.test(after) && before !== "#") {
        return { start: before === "@" ? at - 1 : at, end: at + wanted.length };
      }
    }
  }
  return null;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

describe("fast paths for long texts", () => {
  it(
    "fold gives the text, lower case and offsets of folding each character on its own",
    () => {
      fc.assert(
        fc.property(text, (input) => {
          const folded = fold(input);
          const reference = referenceFold(input);
          expect(folded.text).toBe(reference.text);
          expect(folded.lower).toBe(reference.lower);
          expect(Array.from(folded.origin)).toEqual(reference.origin);
          expect(Array.from(folded.originEnd)).toEqual(reference.originEnd);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "originalRange maps folded ranges back as the offsets say",
    () => {
      fc.assert(
        fc.property(text, fc.nat(), fc.nat(), (input, a, b) => {
          // Ranges are taken before reading the offsets, which the fast path makes only on demand.
          const folded = fold(input);
          const [start, end] = [a % (folded.text.length + 1), b % (folded.text.length + 1)].sort((x, y) => x - y) as [
            number,
            number,
          ];
          const range = originalRange(folded, start, end);
          const { origin, originEnd } = referenceFold(input);
          const expected =
            end <= start
              ? { start: origin[start] ?? input.length, end: origin[start] ?? input.length }
              : { start: origin[start], end: originEnd[end - 1] };
          expect(range).toEqual(expected);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "findAnyHandleMention finds what searching the lower-cased text finds",
    () => {
      const handle = fc.constantFrom("MinVWS", "@minvws", "vws", "min_", "a", "İa", "\u212aa", "σ");
      fc.assert(
        fc.property(text, fc.array(handle, { minLength: 1, maxLength: 3 }), (input, handles) => {
          expect(findAnyHandleMention(input, handles)).toEqual(referenceHandleMention(input, handles));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "findMentions finds what the lookbehind pattern finds",
    () => {
      fc.assert(
        fc.property(text, (input) => {
          const expected = [...input.matchAll(/(?<![A-Za-z0-9_])@([A-Za-z0-9_]{1,50})/g)].map((match) => ({
            handle: match[1],
            start: match.index,
            end: match.index + match[0].length,
          }));
          expect(findMentions(input)).toEqual(expected);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "overflowStart cuts where segmenting the whole text would",
    () => {
      fc.assert(
        fc.property(text, fc.integer({ min: 0, max: 30 }), (input, limit) => {
          const start = overflowStart(input, limit);
          if (start === null) return;
          // The first counted unit over the limit, found the plain way, and its cluster's start.
          let counted = 0;
          let index = 0;
          for (; index < input.length; index++) {
            if (input[index] === "\n" && input[index - 1] === "\r") continue;
            counted++;
            if (counted > limit) break;
          }
          expect(start).toBe(graphemes.segment(input).containing(index)?.index ?? index);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
