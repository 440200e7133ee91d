/** Text as a literal part of a regular expression: every character that means something there is escaped. */
export function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
