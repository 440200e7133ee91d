/**
 * The markers that say who writes a message on a hybrid account (rules.md, "Reading them"): the
 * party marker (the account's `partyMarker`, else `#Team` + the party's usual short name; any
 * hashtag of that party also counts), the ministry marker (`ministryMarker`, and `#` or `@` +
 * `ministryHandle`) and the minister marker (`ministerMarker`). A marker counts as a whole token,
 * case-insensitively, with trailing punctuation allowed: #TeamPVVers is not #TeamPVV.
 */
import type { Party } from "../data/parties";
import { findPartyByName, type PartyReference } from "../parties/match";
import type { Account, Role } from "../schema";
import { bareHandle } from "./handles";
import { escapeForPattern } from "./pattern";

/** Where `marker` stands in `text` as a whole token (trailing punctuation allowed), or null. */
export function findMarker(text: string, marker: string): { start: number; end: number } | null {
  const wanted = marker.trim();
  if (wanted === "") return null;
  const pattern = new RegExp(`(?<=^|[\\s(\\[«"'“‘])${escapeForPattern(wanted)}(?=[.,;:!?…)\\]»"'”’]*(?:\\s|$))`, "iu");
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** The party's usual short name for a `#Team…` hashtag: PVV, GLPvdA; letters and digits only. */
function shortName(party: Party | undefined, configured: string): string {
  return (party?.abbreviations[0] ?? configured).replace(/[^\p{L}\p{N}]/gu, "");
}

export interface Markers {
  /** Markers written literally, the first being the one a fix adds. */
  literal: string[];
  /** For the party marker: the party whose every hashtag also counts. */
  party?: Party;
}

/** The markers that show a message comes from `role`; none when no marker is known for it. */
export function markersFor(role: Role, account: Account, parties: readonly Party[]): Markers {
  if (role === "minister") return { literal: account.ministerMarker?.trim() ? [account.ministerMarker.trim()] : [] };
  if (role === "ministry") {
    const literal = account.ministryMarker?.trim() ? [account.ministryMarker.trim()] : [];
    const handle = bareHandle(account.ministryHandle ?? "");
    if (handle) literal.push(`#${handle}`, `@${handle}`);
    return { literal };
  }
  const party = account.party ? findPartyByName(account.party, parties) : undefined;
  const literal = account.partyMarker?.trim() ? [account.partyMarker.trim()] : [];
  if (account.party?.trim()) {
    const name = shortName(party, account.party);
    if (name !== "") literal.push(`#Team${name}`);
  }
  return party ? { literal, party } : { literal };
}

/** Whether the text carries one of the markers (references: the party references in the text). */
export function hasMarker(text: string, markers: Markers, references: readonly PartyReference[]): boolean {
  if (markers.literal.some((marker) => findMarker(text, marker) !== null)) return true;
  const { party } = markers;
  return party !== undefined && references.some((ref) => ref.kind === "hashtag" && ref.party.id === party.id);
}

export function hasAnyMarkerKnown(markers: Markers): boolean {
  return markers.literal.length > 0 || markers.party !== undefined;
}
