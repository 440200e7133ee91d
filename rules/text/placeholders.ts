/**
 * Filling {placeholders} in message templates: rule messages, and every screen's texts. An unknown
 * placeholder stays as written, so a missing value shows instead of disappearing.
 */

/** Templates split at their {placeholders}: odd entries are keys. A long bio can give thousands of findings. */
const templateParts = new Map<string, string[]>();

/** "{count} fouten" with { count: 2 } -> "2 fouten". */
export function fillPlaceholders(template: string, data?: Readonly<Record<string, string | number>>): string {
  if (!data) return template;
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  let result = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    const value = data[key];
    result += (value === undefined ? `{${key}}` : String(value)) + (parts[i + 1] as string);
  }
  return result;
}
