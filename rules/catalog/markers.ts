import type { Party } from "../data/parties";
import type { PartyReference } from "../parties/match";
import type { Account, Fix, Role } from "../schema";
import { hasAnyMarkerKnown, hasMarker, markersFor } from "../text/markers";
import { appendFix } from "./fixes";

type Capitalised<R extends Role> = R extends "ministry" ? "Ministry" : R extends "party" ? "Party" : "Minister";

export type MarkerMessageId<R extends Role = Role> = `missing${Capitalised<R>}` | `noMarker${Capitalised<R>}`;

const CAPITALISED: Record<Role, Capitalised<Role>> = { ministry: "Ministry", party: "Party", minister: "Minister" };

/**
 * The report of a marker rule for a message written in `role`: nothing when its marker is there;
 * "missing" with a fix that appends the marker; or, with no marker known for the role, an
 * uncertain "no marker configured" (a warning at most).
 */
export function markerReport<R extends Role>(
  role: R,
  text: string,
  account: Account,
  parties: readonly Party[],
  references: readonly PartyReference[],
): { messageId: MarkerMessageId<R>; data?: Record<string, string>; fix?: Fix; uncertain?: boolean } | null {
  const missing = `missing${CAPITALISED[role]}` as MarkerMessageId<R>;
  const markers = markersFor(role, account, parties);
  if (!hasAnyMarkerKnown(markers))
    return { messageId: `noMarker${CAPITALISED[role]}` as MarkerMessageId<R>, uncertain: true };
  if (hasMarker(text, markers, references)) return null;
  const marker = markers.literal[0];
  if (marker === undefined) {
    // Only the party is known, without a hashtag to add: any of its hashtags would do.
    return { messageId: missing, data: { marker: `#${markers.party?.hashtags[0] ?? ""}` } };
  }
  return { messageId: missing, data: { marker }, fix: appendFix(text, marker) };
}
