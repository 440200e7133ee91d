/**
 * Handles are compared case-insensitively, with or without "@", and always as whole handles:
 * @MinBZKpers is not @MinBZK.
 */

const HANDLE_CHARACTER = /[A-Za-z0-9_]/;

/** The handle as written, without its "@" and surrounding spaces: for messages and mentions. */
export function bareHandle(handle: string): string {
  return handle.trim().replace(/^@/, "");
}

/** The form in which handles are compared: bare and lower case. */
export function normalizeHandle(handle: string): string {
  return bareHandle(handle).toLowerCase();
}

export function sameHandle(a: string, b: string): boolean {
  return normalizeHandle(a) === normalizeHandle(b);
}

/**
 * Where `handle` is mentioned in `text` as a whole handle ("@MinVWS", "MinVWS"), including its "@";
 * null when it is not. A hashtag of the same letters (#MinVWS) is not a mention of the handle.
 */
export function findHandleMention(text: string, handle: string): { start: number; end: number } | null {
  return findAnyHandleMention(text, [handle]);
}

/** The only characters whose lower case holds an ASCII letter: İ (U+0130, two units) and the Kelvin sign. */
const LOWERS_TO_ASCII = /[\u0130\u212a]/;
const PLAIN_HANDLE = /^[a-z0-9_]+$/;

/**
 * The first mention of any of `handles` (see findHandleMention). A plain handle is found by a
 * case-insensitive search in the text as it is, which stops at the first mention; lower-casing a
 * long bio first would cost more than the search. Without İ or the Kelvin sign in the text both
 * find the same positions (ASCII letters are the only ones that lower-case to ASCII letters).
 */
export function findAnyHandleMention(text: string, handles: readonly string[]): { start: number; end: number } | null {
  const searchAsWritten = !LOWERS_TO_ASCII.test(text);
  let lowerText: string | undefined;
  for (const handle of handles) {
    const wanted = normalizeHandle(handle);
    if (wanted === "") continue;
    let found: { start: number; end: number } | null;
    if (searchAsWritten && PLAIN_HANDLE.test(wanted)) {
      found = firstWholeMention(text, new RegExp(wanted, "gi"), wanted.length);
    } else {
      lowerText ??= text.toLowerCase();
      found = firstWholeMentionInLower(text, lowerText, wanted);
    }
    if (found) return found;
  }
  return null;
}

/** Whether the handle found at [at, at + length) stands alone: no handle character or "#" touches it. */
function wholeMention(text: string, at: number, length: number): { start: number; end: number } | null {
  const before = at > 0 ? (text[at - 1] as string) : "";
  const after = text[at + length] ?? "";
  const whole = !HANDLE_CHARACTER.test(before) && !HANDLE_CHARACTER.test(after) && before !== "#";
  return whole ? { start: before === "@" ? at - 1 : at, end: at + length } : null;
}

function firstWholeMention(text: string, pattern: RegExp, length: number): { start: number; end: number } | null {
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const found = wholeMention(text, match.index, length);
    if (found) return found;
    // Overlapping occurrences count, as with indexOf from the next position.
    pattern.lastIndex = match.index + 1;
  }
  return null;
}

function firstWholeMentionInLower(
  text: string,
  lowerText: string,
  wanted: string,
): { start: number; end: number } | null {
  for (let at = lowerText.indexOf(wanted); at >= 0; at = lowerText.indexOf(wanted, at + 1)) {
    const found = wholeMention(text, at, wanted.length);
    if (found) return found;
  }
  return null;
}

/** [A-Za-z0-9_] by character code. */
function isHandleCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f
  );
}

/** The longest handle a mention can have. */
const MAX_HANDLE_LENGTH = 50;

/**
 * Every "@handle" mention in a text, with its range (the range includes the "@"): an "@" that no
 * handle character precedes, then up to 50 handle characters. Found from the "@" signs and read
 * by character codes, so a long text costs one scan for them.
 */
export function findMentions(text: string): { handle: string; start: number; end: number }[] {
  const mentions: { handle: string; start: number; end: number }[] = [];
  for (let at = text.indexOf("@"); at >= 0; ) {
    let end = at + 1;
    if (at === 0 || !isHandleCode(text.charCodeAt(at - 1))) {
      const limit = Math.min(text.length, at + 1 + MAX_HANDLE_LENGTH);
      while (end < limit && isHandleCode(text.charCodeAt(end))) end += 1;
    }
    if (end === at + 1) {
      at = text.indexOf("@", at + 1);
      continue;
    }
    mentions.push({ handle: text.slice(at + 1, end), start: at, end });
    at = text.indexOf("@", end);
  }
  return mentions;
}

/**
 * Splits a handle into its visible words: "AyoubDENK" -> Ayoub, DENK; "Stas_SP" -> Stas, SP;
 * "minpresschoof" stays one word. Digits stay with the letters before them (BIJ1, JA21).
 */
export function handleSegments(handle: string): { text: string; start: number }[] {
  const segments: { text: string; start: number }[] = [];
  for (const match of handle.matchAll(/[A-Z]+\d*(?![a-z])|[A-Z]?[a-z]+\d*|\d+/g)) {
    segments.push({ text: match[0], start: match.index });
  }
  return segments;
}
