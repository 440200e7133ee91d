/**
 * Applies a finding's one-click fix to the playground's profile. The fix was computed on the
 * profile as checked, so a fix that no longer fits (the field changed or holds another kind of
 * value) is refused rather than applied in the wrong place.
 */
import type { FieldName, Fix, Profile } from "@/rules/schema";

export class StaleFixError extends Error {}

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
  if (typeof text !== "string" || fix.end > text.length || fix.start > fix.end) {
    throw new StaleFixError(`replace ${fix.start}-${fix.end} does not fit ${field}`);
  }
  return { ...profile, [field]: text.slice(0, fix.start) + fix.text + text.slice(fix.end) };
}
