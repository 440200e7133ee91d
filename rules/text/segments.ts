/**
 * Sentences and words of a message, as `Intl.Segmenter` with locale `nl` finds them (rules.md,
 * "Reading them"): word-like segments only, and web addresses, handles and hashtags are not words.
 */

export interface TextRange {
  start: number;
  end: number;
}

/** Web addresses (with or without scheme), @handles and #hashtags: not words of the message. */
const NOT_WORDS =
  /https?:\/\/\S+|(?<![\p{L}\p{N}@.])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:\/\S*)?|[@#][\p{L}\p{N}_]+/gu;

/** Ranges of the text that hold web addresses, handles and hashtags, in text order. */
export function nonWordRanges(text: string): TextRange[] {
  return [...text.matchAll(NOT_WORDS)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function overlaps(ranges: readonly TextRange[], start: number, end: number): boolean {
  return ranges.some((range) => range.start < end && start < range.end);
}

// One segmenter of each kind, made on first use: creating them is far costlier than using them,
// and a page that never shows a composer never needs them.
let sentenceSegmenter: Intl.Segmenter | undefined;
let wordSegmenter: Intl.Segmenter | undefined;

export interface Word extends TextRange {
  text: string;
}

/** The words of `text` (offsets into `text` plus `offset`), without addresses, handles and hashtags. */
export function words(text: string, offset = 0, skip: readonly TextRange[] = nonWordRanges(text)): Word[] {
  const found: Word[] = [];
  wordSegmenter ??= new Intl.Segmenter("nl", { granularity: "word" });
  for (const segment of wordSegmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    const start = offset + segment.index;
    const end = start + segment.segment.length;
    if (overlaps(skip, start, end)) continue;
    found.push({ text: segment.segment, start, end });
  }
  return found;
}

export interface Sentence extends TextRange {
  text: string;
  words: Word[];
}

/** The sentences of `text` with their words; a range covers the sentence without its trailing space. */
export function sentences(text: string): Sentence[] {
  const skip = nonWordRanges(text);
  const found: Sentence[] = [];
  sentenceSegmenter ??= new Intl.Segmenter("nl", { granularity: "sentence" });
  for (const segment of sentenceSegmenter.segment(text)) {
    const trimmed = segment.segment.trimEnd();
    if (trimmed.trim() === "") continue;
    const start = segment.index + (trimmed.length - trimmed.trimStart().length);
    const end = segment.index + trimmed.length;
    found.push({ text: text.slice(start, end), start, end, words: words(trimmed, segment.index, skip) });
  }
  return found;
}
