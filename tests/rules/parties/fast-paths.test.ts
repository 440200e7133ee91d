/**
 * The party matcher's fast paths for long texts (issue 16) give what the plain ones give: the
 * context words around an ambiguous name ("lid van DENK") read by character codes, and hashtags
 * read from their "#" signs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contextWords, contextWordsAscii, hashtags } from "../../../rules/parties/match";

const PIECES = ["lid", "van", "de", "partij", "denk", "mee", " ", "  ", ".", ",", "!", ":", "|", "-", "9", "x", "Ab"];

describe("contextWordsAscii", () => {
  it("reads the same words as contextWords", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join("")),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (text, a, b, c) => {
          const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
          const from = Math.max(0, start - (c % 45));
          expect(contextWordsAscii(text, from, start, end)).toEqual(contextWords(text, from, start, end));
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe("hashtags", () => {
  it("finds what #([\\p{L}\\p{N}_]+) finds", () => {
    const pieces = [
      "#",
      "##",
      "a",
      "Z",
      "_",
      "9",
      " ",
      ".",
      "é",
      "\u0661",
      "😀",
      "\u{1d400}",
      "\ud835",
      "\u200b",
      "#team",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join("")),
        (text) => {
          const expected = [...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((match) => ({
            body: match[1],
            start: match.index,
            end: match.index + match[0].length,
          }));
          expect([...hashtags(text)]).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  }, 120_000);
});
