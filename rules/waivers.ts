/**
 * Waivers: findings an organisation accepts deliberately ("the party hashtag stays until the
 * campaign ends"). A waiver holds for one account (platform + handle), one rule and the exact
 * field value it was given for, so a changed value brings the finding back and has to be judged
 * again. Pure: used by the command, the panel, the popup and the review report.
 */
import type { Waiver } from "./config/schema";

export type { Waiver } from "./config/schema";

import type { Finding, Platform, Profile } from "./schema";
import { sameHandle } from "./text/handles";

/** What a waiver needs to recognise its finding: rule and value (the account is matched before). */
export type WaiverFor = Pick<Waiver, "rule" | "value" | "reason">;

export interface WaivedFinding<W extends WaiverFor = Waiver> {
  finding: Finding;
  /** The waiver that accepts this finding, if any. */
  waiver?: W;
}

/**
 * The field value a waiver is recorded against: the text of the field, for a link finding the link
 * it is about (the whole list, one per line, when it names none), "true"/"false" for `verified`.
 * Undefined when the field is unknown.
 */
export function waiverValue(finding: Finding, profile: Profile): string | undefined {
  const value = profile[finding.field];
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return finding.index === undefined ? value.join("\n") : value[finding.index];
  return String(value);
}

/** Each finding with the waiver (already known to be for this account) that accepts it. */
export function matchWaivers<W extends WaiverFor>(
  findings: readonly Finding[],
  waivers: readonly W[],
  profile: Profile,
): WaivedFinding<W>[] {
  return findings.map((finding) => {
    const value = waiverValue(finding, profile);
    const waiver =
      value === undefined ? undefined : waivers.find((each) => each.rule === finding.rule && each.value === value);
    return waiver ? { finding, waiver } : { finding };
  });
}

/** The waivers given for this account: same platform, same handle (case-insensitive, "@" optional). */
export function waiversForAccount(waivers: readonly Waiver[], platform: Platform, profile: Profile): Waiver[] {
  const handle = profile.handle;
  if (!handle) return [];
  return waivers.filter((waiver) => waiver.platform === platform && sameHandle(waiver.handle, handle));
}

/** Each finding of this account's profile, with the waiver that accepts it. */
export function applyWaivers(
  findings: readonly Finding[],
  waivers: readonly Waiver[],
  profile: Profile,
  platform: Platform,
): WaivedFinding[] {
  return matchWaivers(findings, waiversForAccount(waivers, platform, profile), profile);
}
