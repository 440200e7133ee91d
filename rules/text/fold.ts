/**
 * Folding text for matching: the forms people use to dodge a filter (full-width letters,
 * diacritics, zero-width characters, Cyrillic or Greek look-alikes) all fold to plain Latin.
 * Every folded character remembers where it came from, so a match can be reported as a UTF-16
 * range in the text the user typed.
 */

/** Cyrillic and Greek letters that look like Latin ones (Unicode confusables, the common set). */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
  Ѕ: "S",
  І: "I",
  Ј: "J",
  Ԁ: "D",
  Ԛ: "Q",
  Ԝ: "W",
  Ѵ: "V",
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ѕ: "s",
  і: "i",
  ј: "j",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  ѵ: "v",
  һ: "h",
  ӏ: "l",
  // Greek
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  ο: "o",
  ν: "v",
  ι: "i",
  κ: "k",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  α: "a",
};

/** Characters that render as nothing or almost nothing: dropped before matching. */
const FORMAT_CHARACTER = /^\p{Cf}$/u;
const INVISIBLE_CODE_POINTS = new Set([0x00ad, 0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x3164]);

function isInvisible(character: string): boolean {
  const code = character.codePointAt(0) as number;
  return (
    FORMAT_CHARACTER.test(character) ||
    INVISIBLE_CODE_POINTS.has(code) ||
    (code >= 0x180b && code <= 0x180f) || // Mongolian variation selectors
    (code >= 0xfe00 && code <= 0xfe0f) // variation selectors
  );
}

export interface FoldedText {
  /** The folded text, case kept (upper case matters for ambiguous party names). */
  readonly text: string;
  /** The folded text in lower case; same length and alignment as `text`. */
  readonly lower: string;
  /** For each folded UTF-16 unit, the start of the original character it came from. */
  readonly origin: ArrayLike<number>;
  /** For each folded UTF-16 unit, the end (exclusive) of the original character. */
  readonly originEnd: ArrayLike<number>;
  /** Length of the original text. */
  readonly originalLength: number;
  /** Whether an override reversed part of the text (display order differs from the typed order). */
  readonly reordered?: boolean;
}

function foldCharacter(character: string): string {
  const lookAlike = LOOK_ALIKES[character];
  if (lookAlike !== undefined) return lookAlike;
  if (isInvisible(character)) return "";
  // NFKC turns full-width and other compatibility forms into plain letters; NFD then splits off
  // the diacritics, which are dropped.
  const decomposed = character.normalize("NFKC").normalize("NFD").replace(/\p{M}/gu, "");
  let folded = "";
  for (const part of decomposed) folded += LOOK_ALIKES[part] ?? part;
  return folded;
}

const foldCache = new Map<string, string>();

function foldCached(character: string): string {
  let folded = foldCache.get(character);
  if (folded === undefined) {
    folded = foldCharacter(character);
    if (foldCache.size < 4096) foldCache.set(character, folded);
  }
  return folded;
}

/** An Int32Array that grows as units are appended. */
class Offsets {
  values: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.values = new Int32Array(Math.max(capacity, 16));
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }

  done(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}

/** The first non-ASCII character at or after `from`, or -1. */
const NON_ASCII = /[\u0080-\uffff]/g;

function nonAsciiFrom(input: string, from: number): number {
  NON_ASCII.lastIndex = from;
  return NON_ASCII.test(input) ? NON_ASCII.lastIndex - 1 : -1;
}

const RIGHT_TO_LEFT_OVERRIDE = "\u202e";

/**
 * The start of every code point of `input` in the order it is displayed, when a right-to-left
 * override (U+202E … U+202C) reverses Latin letters: "Lid van de \u202eVVP\u202c" shows "PVV".
 * Embeddings (U+202A, U+202B, U+202D) and isolates (U+2066–U+2068) nest; U+202C and U+2069 end
 * them; a line break ends them all. Only an override reverses letters, so only its runs turn.
 */
function displayOrder(input: string): number[] {
  const order: number[] = [];
  /** Open embeddings, overrides and isolates, innermost last. */
  const open: string[] = [];
  let reversedRun: number[] = [];
  const flush = () => {
    for (let at = reversedRun.length - 1; at >= 0; at -= 1) order.push(reversedRun[at] as number);
    reversedRun = [];
  };
  for (let index = 0; index < input.length; ) {
    const code = input.codePointAt(index) as number;
    const width = code > 0xffff ? 2 : 1;
    if (
      (code >= 0x202a && code <= 0x202b) ||
      code === 0x202d ||
      code === 0x202e ||
      (code >= 0x2066 && code <= 0x2068)
    ) {
      open.push(String.fromCharCode(code));
    } else if (code === 0x202c) {
      // PDF closes the innermost embedding or override, not an isolate.
      if (open.length > 0 && !"\u2066\u2067\u2068".includes(open[open.length - 1] as string)) open.pop();
    } else if (code === 0x2069) {
      // PDI closes the innermost isolate and everything opened inside it.
      const isolate = Math.max(open.lastIndexOf("\u2066"), open.lastIndexOf("\u2067"), open.lastIndexOf("\u2068"));
      if (isolate >= 0) open.length = isolate;
    } else if (code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2029) {
      open.length = 0;
    }
    const reversed = open[open.length - 1] === RIGHT_TO_LEFT_OVERRIDE && code !== 0x202e;
    if (reversed) reversedRun.push(index);
    else {
      flush();
      order.push(index);
    }
    index += width;
  }
  flush();
  return order;
}

/**
 * The lower-case form of `input`'s folded `text`, unit for unit (`foldLower`). `toLowerCase` on the
 * whole text gives the same as lowering each folded character on its own unless the text holds a
 * capital sigma (lowered by its context: "Σ" → "ς" at a word's end) or a lone surrogate (a pair
 * can form across a dropped character); no folded character changes length in lower case (İ, the
 * only one that does, folds to I).
 */
function lowerAligned(input: string, text: string, loneSurrogate: boolean): string {
  return loneSurrogate || text.includes("Σ") ? foldLower(input) : text.toLowerCase();
}

/**
 * Where the folded units came from, kept sparsely: an ASCII unit maps to itself shifted, so only
 * the non-ASCII characters are listed, in folded order. The full arrays of FoldedText are made
 * only when asked for; originalRange reads the list (a 100 KB bio needs a few hundred entries,
 * not two arrays of 100,000).
 */
class SparselyMappedText implements FoldedText {
  /** Per non-ASCII character: where its units start in the folded text and how many it folded to. */
  private readonly foldedStarts: number[] = [];
  private readonly foldedLengths: number[] = [];
  /** Per non-ASCII character: where it starts in the original text, and its UTF-16 width. */
  private readonly originalStarts: number[] = [];
  private readonly widths: number[] = [];
  private arrays?: { origin: Int32Array; originEnd: Int32Array };
  text = "";
  lower = "";

  constructor(readonly originalLength: number) {}

  add(foldedStart: number, foldedLength: number, originalStart: number, width: number): void {
    // Characters dropped one after another (a run of invisible ones) are listed as one.
    const last = this.foldedStarts.length - 1;
    if (
      foldedLength === 0 &&
      last >= 0 &&
      this.foldedLengths[last] === 0 &&
      (this.originalStarts[last] as number) + (this.widths[last] as number) === originalStart
    ) {
      this.widths[last] = (this.widths[last] as number) + width;
      return;
    }
    this.foldedStarts.push(foldedStart);
    this.foldedLengths.push(foldedLength);
    this.originalStarts.push(originalStart);
    this.widths.push(width);
  }

  /** The original range [start, end) of the character that folded unit `at` came from. */
  source(at: number): { start: number; end: number } {
    // The last listed character that starts at or before `at`.
    let low = 0;
    let high = this.foldedStarts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.foldedStarts[middle] as number) <= at) low = middle + 1;
      else high = middle;
    }
    const listed = low - 1;
    if (listed < 0) return { start: at, end: at + 1 };
    const foldedStart = this.foldedStarts[listed] as number;
    const foldedLength = this.foldedLengths[listed] as number;
    const originalStart = this.originalStarts[listed] as number;
    const width = this.widths[listed] as number;
    if (at < foldedStart + foldedLength) return { start: originalStart, end: originalStart + width };
    const start = originalStart + width + (at - foldedStart - foldedLength);
    return { start, end: start + 1 };
  }

  get origin(): Int32Array {
    return this.materialised().origin;
  }

  get originEnd(): Int32Array {
    return this.materialised().originEnd;
  }

  private materialised(): { origin: Int32Array; originEnd: Int32Array } {
    if (!this.arrays) {
      const length = this.text.length;
      const origin = new Int32Array(length);
      const originEnd = new Int32Array(length);
      for (let at = 0; at < length; at += 1) {
        const { start, end } = this.source(at);
        origin[at] = start;
        originEnd[at] = end;
      }
      this.arrays = { origin, originEnd };
    }
    return this.arrays;
  }
}

export function fold(input: string): FoldedText {
  if (input.includes(RIGHT_TO_LEFT_OVERRIDE)) return foldInDisplayOrder(input);
  const result = new SparselyMappedText(input.length);
  /** Folded pieces, kept from the first character that folds to something else; the rest is copied. */
  const parts: string[] = [];
  let copiedUpTo = 0;
  /** How much longer the folded text is than the input so far (negative: shorter). */
  let shift = 0;
  let loneSurrogate = false;
  for (let index = nonAsciiFrom(input, 0); index >= 0; ) {
    const codePoint = input.codePointAt(index) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) loneSurrogate = true;
    const character = input.slice(index, index + width);
    const folded = foldCached(character);
    if (folded !== character) {
      if (index > copiedUpTo) parts.push(input.slice(copiedUpTo, index));
      if (folded !== "") parts.push(folded);
      copiedUpTo = index + width;
    }
    result.add(index + shift, folded.length, index, width);
    shift += folded.length - width;
    // The next character is read directly when it is not ASCII: a text of emoji or invisible
    // characters would otherwise pay for a pattern search per character.
    const next = index + width;
    index = next >= input.length ? -1 : input.charCodeAt(next) >= 0x80 ? next : nonAsciiFrom(input, next);
  }
  // Nothing folded to something else: the text is the input itself.
  result.text = copiedUpTo === 0 ? input : parts.join("") + input.slice(copiedUpTo);
  result.lower = lowerAligned(input, result.text, loneSurrogate);
  return result;
}

/** Like `fold`, but in display order (see displayOrder): each code point is folded on its own. */
function foldInDisplayOrder(input: string): FoldedText {
  const textParts: string[] = [];
  const lowerParts: string[] = [];
  const origin = new Offsets(input.length);
  const originEnd = new Offsets(input.length);
  for (const index of displayOrder(input)) {
    const width = (input.codePointAt(index) as number) > 0xffff ? 2 : 1;
    for (const unit of foldCached(input.slice(index, index + width))) {
      const unitLower = unit.toLowerCase();
      textParts.push(unit);
      lowerParts.push(unitLower.length === unit.length ? unitLower : unit);
      for (let k = 0; k < unit.length; k += 1) {
        origin.push(index);
        originEnd.push(index + width);
      }
    }
  }
  return {
    text: textParts.join(""),
    lower: lowerParts.join(""),
    origin: origin.done(),
    originEnd: originEnd.done(),
    originalLength: input.length,
    reordered: true,
  };
}

/** Maps a range in folded text back to the range of the original text it covers. */
export function originalRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  if (folded instanceof SparselyMappedText) {
    if (end <= start) {
      const at = start < folded.text.length ? folded.source(start).start : folded.originalLength;
      return { start: at, end: at };
    }
    return { start: folded.source(start).start, end: folded.source(end - 1).end };
  }
  if (end <= start) {
    const at = start < folded.origin.length ? (folded.origin[start] as number) : folded.originalLength;
    return { start: at, end: at };
  }
  if (folded.reordered) {
    // A reversed run maps back to positions in the other order: cover all of them.
    let low = Number.POSITIVE_INFINITY;
    let high = 0;
    for (let at = start; at < end; at += 1) {
      low = Math.min(low, folded.origin[at] as number);
      high = Math.max(high, folded.originEnd[at] as number);
    }
    return { start: low, end: high };
  }
  return { start: folded.origin[start] as number, end: folded.originEnd[end - 1] as number };
}

function isAscii(input: string): boolean {
  for (let index = 0; index < input.length; index += 1) if (input.charCodeAt(index) >= 0x80) return false;
  return true;
}

/** The lower-case folded text alone (`fold(input).lower`), without the offsets: for comparing. */
export function foldLower(input: string): string {
  // Plain ASCII needs no folding.
  if (isAscii(input)) return input.toLowerCase();
  if (input.includes(RIGHT_TO_LEFT_OVERRIDE)) return fold(input).lower;
  let lower = "";
  let index = 0;
  while (index < input.length) {
    const codePoint = input.codePointAt(index) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    for (const unit of foldCached(input.slice(index, index + width))) {
      const unitLower = unit.toLowerCase();
      lower += unitLower.length === unit.length ? unitLower : unit;
    }
    index += width;
  }
  return lower;
}

/** Case-, diacritic- and white-space-insensitive form, for comparing names. */
export function foldForComparison(input: string): string {
  return foldLower(input).replace(/\s+/g, " ").trim();
}

/** Letters and digits only, lower case: "V.V.D." and "#Team-VVD" become "vvd" and "teamvvd". */
export function compact(input: string): string {
  return foldLower(input).replace(/[^\p{L}\p{N}]/gu, "");
}
