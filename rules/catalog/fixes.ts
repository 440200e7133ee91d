import type { Fix } from "../schema";

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
