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

/**
 * Word segmentation costs about 1.5 µs a character; a keystroke changes one sentence, so the words
 * of the others come from here. Keyed by the sentence's text, offsets relative to it.
 */
const wordCache = new Map<string, readonly Word[]>();
const WORD_CACHE_SIZE = 512;

/** The words of `text`, offsets relative to it, without addresses, handles and hashtags. */
export function words(text: string): readonly Word[] {
  const cached = wordCache.get(text);
  if (cached) return cached;
  const skip = nonWordRanges(text);
  const found: Word[] = [];
  wordSegmenter ??= new Intl.Segmenter("nl", { granularity: "word" });
  for (const segment of wordSegmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    const start = segment.index;
    const end = start + segment.segment.length;
    if (overlaps(skip, start, end)) continue;
    found.push({ text: segment.segment, start, end });
  }
  if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
  wordCache.set(text, found);
  return found;
}

export interface Sentence extends TextRange {
  text: string;
  /** The sentence's words, offsets into the whole text. */
  words: Word[];
}

/** The sentences of `text` with their words; a range covers the sentence without its surrounding space. */
export function sentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  sentenceSegmenter ??= new Intl.Segmenter("nl", { granularity: "sentence" });
  for (const segment of sentenceSegmenter.segment(text)) {
    const trimmed = segment.segment.trim();
    if (trimmed === "") continue;
    const start = segment.index + segment.segment.indexOf(trimmed);
    const end = start + trimmed.length;
    const sentenceWords = words(trimmed).map((word) => ({ ...word, start: word.start + start, end: word.end + start }));
    found.push({ text: trimmed, start, end, words: sentenceWords });
  }
  return found;
}
