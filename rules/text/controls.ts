/**
 * Characters that steer a terminal or a text's layout instead of showing: C0 and C1 controls
 * (escape sequences clear the screen, set the window title, write the clipboard), line and
 * paragraph separators, and the bidirectional embeddings, overrides and isolates (they reorder
 * what is shown). Output meant for people shows them as escapes such as `\x1b` or `\u202e`.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Line breaks of every kind: CR LF, CR, LF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

function escapeOf(character: string): string {
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** The text with every control character shown as an escape (`\x1b`, `\u202e`): one line, inert. */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, escapeOf);
}
