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

/** The first mention of any of `handles` (see findHandleMention); the text is lower-cased once. */
export function findAnyHandleMention(text: string, handles: readonly string[]): { start: number; end: number } | null {
  const lowerText = text.toLowerCase();
  for (const handle of handles) {
    const wanted = normalizeHandle(handle);
    if (wanted === "") continue;
    let from = 0;
    while (from <= lowerText.length) {
      const at = lowerText.indexOf(wanted, from);
      if (at < 0) break;
      const before = at > 0 ? (text[at - 1] as string) : "";
      const after = text[at + wanted.length] ?? "";
      const wholeHandle = !HANDLE_CHARACTER.test(before) && !HANDLE_CHARACTER.test(after) && before !== "#";
      if (wholeHandle) return { start: before === "@" ? at - 1 : at, end: at + wanted.length };
      from = at + 1;
    }
  }
  return null;
}

/** Every "@handle" mention in a text, with its range (the range includes the "@"). */
export function findMentions(text: string): { handle: string; start: number; end: number }[] {
  const mentions: { handle: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(/(?<![A-Za-z0-9_])@([A-Za-z0-9_]{1,50})/g)) {
    mentions.push({ handle: match[1] as string, start: match.index, end: match.index + match[0].length });
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
