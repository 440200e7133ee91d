/**
 * The context words around an ambiguous party name ("lid van DENK"): the fast reading for ASCII
 * text (issue 16) gives the same words as splitting the clauses.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contextWords, contextWordsAscii } from "../../../rules/parties/match";

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
