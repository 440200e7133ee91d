/**
 * Applying a finding's one-click fix: the same arithmetic for the in-page panel (which writes the
 * result into the site's field) and the playground (which edits its mock profile). A fix was
 * computed on the value as checked, so one that no longer fits is refused rather than applied in
 * the wrong place.
 */
import type { FieldName, Fix, Profile } from "./schema";

export class StaleFixError extends Error {}

/** The text after a `replace` fix. */
export function applyTextFix(text: string, fix: Extract<Fix, { type: "replace" }>): string {
  if (fix.start > fix.end || fix.end > text.length)
    throw new StaleFixError(`replace ${fix.start}-${fix.end} does not fit`);
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

/** The profile after applying `fix` to `field`. */
export function applyFix(profile: Profile, field: FieldName, fix: Fix): Profile {
  if (fix.type === "setLink") {
    const links = profile.links;
    if (field !== "links" || !links || fix.index > links.length) {
      throw new StaleFixError(`setLink ${fix.index} does not fit ${field}`);
    }
    const next = [...links];
    next[fix.index] = fix.value;
    return { ...profile, links: next };
  }
  if (field !== "displayName" && field !== "handle" && field !== "bio") {
    throw new StaleFixError(`a text replacement does not apply to ${field}`);
  }
  const text = profile[field];
  if (typeof text !== "string") throw new StaleFixError(`${field} is unknown`);
  return { ...profile, [field]: applyTextFix(text, fix) };
}
