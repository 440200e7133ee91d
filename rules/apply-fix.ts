/** Applying a finding's fix to a value: the same arithmetic for the in-page panel and the playground. */
import type { Finding, Fix, Profile } from "./schema";

/** The text after a `replace` fix; a fix whose range no longer fits the text changes nothing. */
export function applyTextFix(text: string, fix: Extract<Fix, { type: "replace" }>): string {
  if (fix.start > fix.end || fix.end > text.length) return text;
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

/** The links after a `setLink` fix (an empty list gets the link as its first entry). */
export function applyLinkFix(links: readonly string[], fix: Extract<Fix, { type: "setLink" }>): string[] {
  const next = [...links];
  next[Math.min(fix.index, next.length)] = fix.value;
  return next;
}

/** The profile after applying a finding's fix to the field it is about; unchanged when there is no fix. */
export function applyFindingFix(profile: Profile, finding: Finding): Profile {
  const { fix, field } = finding;
  if (!fix) return profile;
  if (fix.type === "setLink") return { ...profile, links: applyLinkFix(profile.links ?? [], fix) };
  if (field === "displayName" || field === "bio" || field === "handle") {
    return { ...profile, [field]: applyTextFix(profile[field] ?? "", fix) };
  }
  return profile;
}
