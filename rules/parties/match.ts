/**
 * Finding references to political parties in free text (bio, display name) and in handles.
 *
 * The rules (../shared/spec/rules.md, "Matching party references"): detection survives case,
 * diacritics, full-width letters, zero-width characters, look-alike letters, separators inside an
 * abbreviation (V.V.D.) and hashtag forms (#TeamVVD), but never fires on ordinary words ("Denk mee",
 * "230 volt", "CU later"). Ambiguous short names only count as an upper-case token, a hashtag, a
 * party handle, a website, or next to words such as partij / fractie / lid van / namens.
 */
import type { Party } from "../data/parties";
import { hostMatchesDomain, parseLooseUrl } from "../links/url";
import { compact, type FoldedText, fold, originalRange } from "../text/fold";
import { findMentions, handleSegments, normalizeHandle } from "../text/handles";

export type PartyReferenceKind = "name" | "abbreviation" | "hashtag" | "handle" | "website";

export interface PartyReference {
  party: Party;
  kind: PartyReferenceKind;
  /** UTF-16 range in the original text. */
  start: number;
  end: number;
}

/** Words that make an ambiguous short name a party reference when they stand next to it. */
const PARTY_CONTEXT =
  /^(partij|fractie|lid|namens|kamerlid|kamerleden|lijsttrekker|partijleider|fractievoorzitter|kandidaat|wethouder|statenlid|raadslid|party|member)$/;

/** Common phrases in which an ambiguous upper-case token is not the party ("CU later"). */
const NOT_A_PARTY_AFTER: Readonly<Record<string, RegExp>> = {
  cu: /^\s*(later|soon|tomorrow|there|morgen|straks|snel|l8r)\b/i,
};

/** Characters allowed between the letters of an obfuscated abbreviation: V.V.D., V V D, v-v-d. */
const SEPARATOR = "[\\s.\\-_·•*/|]{0,2}";

interface PartyIndex {
  /** One pattern for every name and abbreviation of every party. */
  pattern: RegExp;
  /** Compact form (letters and digits, lower case) -> party and whether it is ambiguous. */
  byCompact: Map<string, { party: Party; ambiguous: boolean; kind: "name" | "abbreviation" }>;
  /** Lower-case handle -> party. */
  byHandle: Map<string, Party>;
  /** Compact hashtag body -> party. */
  byHashtag: Map<string, Party>;
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "V.V.D." style: letters separated by optional separators; digit groups stay together. */
function abbreviationPattern(abbreviation: string): string {
  const groups = compact(abbreviation).match(/\d+|[a-z]/g) ?? [];
  return groups.map(escapeForPattern).join(SEPARATOR);
}

/** Multi-word names: the words may be written together, with hyphens or with spaces. */
function namePattern(name: string): string {
  const words = fold(name)
    .text.replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
  return words.map(escapeForPattern).join("[\\s\\-_./]*");
}

const indexCache = new WeakMap<readonly Party[], PartyIndex>();

function buildIndex(parties: readonly Party[]): PartyIndex {
  const byCompact: PartyIndex["byCompact"] = new Map();
  const byHandle = new Map<string, Party>();
  const byHashtag = new Map<string, Party>();
  const alternatives: string[] = [];
  for (const party of parties) {
    const ambiguous = new Set(party.ambiguous.map(compact));
    for (const abbreviation of party.abbreviations) {
      const key = compact(abbreviation);
      if (key === "") continue;
      byCompact.set(key, { party, ambiguous: ambiguous.has(key), kind: "abbreviation" });
      alternatives.push(abbreviationPattern(abbreviation));
      byHashtag.set(key, party);
    }
    for (const name of [party.name, ...party.names]) {
      const key = compact(name);
      if (key === "" || byCompact.has(key)) continue;
      byCompact.set(key, { party, ambiguous: ambiguous.has(key), kind: "name" });
      alternatives.push(namePattern(name));
      byHashtag.set(key, party);
    }
    for (const hashtag of party.hashtags) byHashtag.set(compact(hashtag), party);
    for (const handles of Object.values(party.handles)) {
      for (const handle of handles ?? []) byHandle.set(normalizeHandle(handle), party);
    }
  }
  // Longest first, so "GroenLinks-PvdA" wins over "GroenLinks".
  alternatives.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return { pattern, byCompact, byHandle, byHashtag };
}

function indexFor(parties: readonly Party[]): PartyIndex {
  let index = indexCache.get(parties);
  if (!index) {
    index = buildIndex(parties);
    indexCache.set(parties, index);
  }
  return index;
}

/** The party a hashtag body stands for: "TeamVVD", "VVDteam", "vvd", "GLPvdA". */
function partyOfHashtag(index: PartyIndex, body: string): Party | undefined {
  const key = compact(body);
  return index.byHashtag.get(key) ?? index.byHashtag.get(key.replace(/^team|team$/, ""));
}

/**
 * The party a handle belongs to or names: a party's own handle, an unambiguous name inside it
 * (cdavandaag, TeamVVD), or an ambiguous short name as a separate upper-case segment (AyoubDENK).
 * Never letters inside a word (spoorminister, StasCurriculum).
 */
export function findPartyInHandle(
  handle: string,
  parties: readonly Party[],
): { party: Party; start: number; end: number } | null {
  const index = indexFor(parties);
  const bare = handle.replace(/^@/, "");
  const offset = handle.length - bare.length;
  const own = index.byHandle.get(bare.toLowerCase());
  if (own) return { party: own, start: 0, end: handle.length };
  for (const segment of handleSegments(bare)) {
    const entry = index.byCompact.get(segment.text.toLowerCase());
    if (entry?.ambiguous && segment.text === segment.text.toUpperCase()) {
      return { party: entry.party, start: offset + segment.start, end: offset + segment.start + segment.text.length };
    }
  }
  const lower = bare.toLowerCase();
  for (const [key, entry] of index.byCompact) {
    if (entry.ambiguous || key.length < 3) continue;
    const at = lower.indexOf(key);
    if (at >= 0) return { party: entry.party, start: offset + at, end: offset + at + key.length };
  }
  return null;
}

function isUpperCaseToken(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

/**
 * Whether a context word (partij, fractie, lid van, namens …) stands right next to the name: one
 * of the two words before it or the word after it, within the same clause.
 */
function hasPartyContext(folded: FoldedText, start: number, end: number): boolean {
  const clauseBefore =
    folded.lower
      .slice(Math.max(0, start - 40), start)
      .split(/[.!?,;:|]/)
      .pop() ?? "";
  const clauseAfter = folded.lower.slice(end, end + 30).split(/[.!?,;:|]/)[0] ?? "";
  const before = clauseBefore
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(-2);
  const after = clauseAfter
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(0, 1);
  return [...before, ...after].some((word) => PARTY_CONTEXT.test(word));
}

/** Whether the text at [start, end) is the party, judged for ambiguous short names. */
function ambiguousNameCounts(folded: FoldedText, start: number, end: number): boolean {
  const written = folded.text.slice(start, end);
  if (hasPartyContext(folded, start, end)) return true;
  const lettersOnly = written.replace(/[^\p{L}\p{N}]/gu, "");
  if (!isUpperCaseToken(lettersOnly)) return false;
  // Two letters with dots in between ("S.P.") are initials far more often than a party.
  if (lettersOnly.length <= 2 && lettersOnly.length !== written.length) return false;
  const exception = NOT_A_PARTY_AFTER[lettersOnly.toLowerCase()];
  return !exception?.test(folded.text.slice(end, end + 20));
}

/**
 * Every party reference in a free text, in text order. Mentions of `allowedHandles` (the
 * minister's personal account) are skipped: the guideline allows them.
 */
export function findPartyReferences(
  text: string,
  parties: readonly Party[],
  allowedHandles: readonly string[] = [],
): PartyReference[] {
  if (text === "" || parties.length === 0) return [];
  const index = indexFor(parties);
  const folded = fold(text);
  const references: PartyReference[] = [];
  /** Folded ranges already explained (links, hashtags, mentions): names inside them do not count. */
  const claimed: { start: number; end: number }[] = [];
  const allowed = new Set(allowedHandles.map(normalizeHandle));

  const add = (party: Party, kind: PartyReferenceKind, foldedStart: number, foldedEnd: number) => {
    const { start, end } = originalRange(folded, foldedStart, foldedEnd);
    references.push({ party, kind, start, end });
  };

  // Links and bare domains: only the host can name a party (a path containing "cda" does not).
  for (const chunk of folded.lower.matchAll(/\S+/g)) {
    const word = chunk[0].replace(/[),.;:!?'"»]+$/, "");
    if (!/^(https?:\/\/)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(:\d+)?([/?#]\S*)?$/u.test(word)) continue;
    const url = parseLooseUrl(word);
    if (!url) continue;
    const start = chunk.index;
    claimed.push({ start, end: start + word.length });
    const party = parties.find((candidate) =>
      candidate.websites.some((domain) => hostMatchesDomain(url.hostname, domain)),
    );
    if (party) add(party, "website", start, start + word.length);
  }

  const overlapsClaimed = (start: number, end: number) =>
    claimed.some((range) => start < range.end && end > range.start);

  for (const match of folded.text.matchAll(/#([\p{L}\p{N}_]+)/gu)) {
    if (overlapsClaimed(match.index, match.index + match[0].length)) continue;
    claimed.push({ start: match.index, end: match.index + match[0].length });
    const party = partyOfHashtag(index, match[1] as string);
    if (party) add(party, "hashtag", match.index, match.index + match[0].length);
  }

  for (const mention of findMentions(folded.text)) {
    if (overlapsClaimed(mention.start, mention.end)) continue;
    claimed.push(mention);
    if (allowed.has(mention.handle.toLowerCase())) continue;
    const found = findPartyInHandle(mention.handle, parties);
    if (found) add(found.party, "handle", mention.start, mention.end);
  }

  index.pattern.lastIndex = 0;
  for (const match of folded.text.matchAll(index.pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlapsClaimed(start, end)) continue;
    const entry = index.byCompact.get(compact(match[0]));
    if (!entry) continue;
    if (entry.ambiguous && !ambiguousNameCounts(folded, start, end)) continue;
    add(entry.party, entry.kind, start, end);
  }

  return references.sort((a, b) => a.start - b.start);
}
