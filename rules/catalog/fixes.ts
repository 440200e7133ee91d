import { countCharacters, type FieldLimit } from "../limits";
import type { Fix } from "../schema";
import type { Report } from "../types";

/** A fix that appends a sentence to a text field, with a space in between when needed. */
export function appendFix(text: string, addition: string): Fix {
  const separator = text === "" || /\s$/.test(text) ? "" : " ";
  return { type: "replace", start: text.length, end: text.length, text: `${separator}${addition}` };
}

/** A fix that removes [start, end) together with one neighbouring space, so no double space is left. */
export function removeFix(text: string, start: number, end: number): Fix {
  if (text[end] === " ") return { type: "replace", start, end: end + 1, text: "" };
  if (start > 0 && text[start - 1] === " ") return { type: "replace", start: start - 1, end, text: "" };
  return { type: "replace", start, end, text: "" };
}

export type Fitting = { fix: Fix } | { sentence: string; over: number };

/**
 * The first of `sentences` (in order of preference) whose appending keeps the text within the
 * limit; when none fits, the shortest one and by how many characters it would go over.
 */
export function appendFitting(text: string, sentences: readonly string[], limit: FieldLimit | undefined): Fitting {
  let shortest: { sentence: string; over: number } | undefined;
  for (const sentence of sentences) {
    const fix = appendFix(text, sentence);
    const over =
      limit === undefined
        ? 0
        : countCharacters(text) + countCharacters(fix.type === "replace" ? fix.text : "") - limit.limit;
    if (over <= 0) return { fix };
    if (!shortest || over < shortest.over) shortest = { sentence, over };
  }
  return shortest ?? { sentence: "", over: 0 };
}

/**
 * A report for a missing sentence: with the first fitting sentence as its fix, or, when none fits,
 * with no fix and `noRoom`: the shortest sentence and how many characters to cut first.
 */
export function missingSentenceReport<MessageId extends string>(
  text: string,
  sentences: readonly string[],
  limit: FieldLimit | undefined,
  messageId: MessageId,
  data: Readonly<Record<string, string>> = {},
): Report<MessageId> {
  const fitting = appendFitting(text, sentences, limit);
  if ("fix" in fitting) return { messageId, data, fix: fitting.fix };
  if (fitting.sentence === "" || limit === undefined) return { messageId, data };
  return { messageId, data, noRoom: { sentence: fitting.sentence, over: fitting.over, limit: limit.limit } };
}
