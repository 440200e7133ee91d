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
import { normalizeHost, siteDomain } from "../links/host";
import { compact, type FoldedText, fold, originalRange } from "../text/fold";
import { findMentions, handleSegments, normalizeHandle } from "../text/handles";
import { escapeForPattern } from "../text/pattern";

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
/** A cheap test whether a context word can be near at all (every word above contains one of these). */
const PARTY_CONTEXT_HINT = /partij|fractie|lid|namens|kamerle|lijsttrekker|kandidaat|wethouder|party|member/;

/** Common phrases in which an ambiguous upper-case token is not the party ("CU later"). */
const NOT_A_PARTY_AFTER: Readonly<Record<string, RegExp>> = {
  cu: /^\s*(later|soon|tomorrow|there|morgen|straks|snel|l8r)\b/i,
};

/** Characters allowed between the letters of an obfuscated abbreviation: V.V.D., V V D, v-v-d. */
const SEPARATOR = "[\\s.\\-_·•*/|]{0,2}";

interface PartyIndex {
  /** One pattern for every name and abbreviation of every party; a match must start a word. */
  pattern: RegExp;
  /** Compact form (letters and digits, lower case) -> party and whether it is ambiguous. */
  byCompact: Map<string, { party: Party; ambiguous: boolean; kind: "name" | "abbreviation" }>;
  /** Lower-case handle -> party. */
  byHandle: Map<string, Party>;
  /** Compact hashtag body -> party. */
  byHashtag: Map<string, Party>;
  /** Registered website domain (lower case, no "www.") -> party. */
  byDomain: Map<string, Party>;
  /** The most labels a registered domain has ("vvd.nl": 2). */
  domainLabels: number;
  /** findPartyInHandle's answers so far, per handle as written. */
  handleCache: Map<string, { party: Party; start: number; end: number } | null>;
}

/**
 * The longest spelling of a party, ministry or handle that is looked for: longer ones are no name
 * and would make the party pattern too large to compile.
 */
export const MAX_SPELLING_LENGTH = 200;

/**
 * "V.V.D." style: letters separated by optional separators; digit groups stay together. Letters of
 * every script count (an abbreviation in Arabic or Greek letters is matched as written).
 */
function abbreviationPattern(abbreviation: string): string {
  const groups = compact(abbreviation).match(/\p{N}+|\p{L}/gu) ?? [];
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
  const byDomain = new Map<string, Party>();
  let domainLabels = 0;
  /** Each pattern with the number of letters it stands for, to try the longest names first. */
  const alternatives: { pattern: string; letters: number }[] = [];
  for (const party of parties) {
    const ambiguous = new Set(party.ambiguous.map(compact));
    for (const abbreviation of party.abbreviations) {
      const key = compact(abbreviation);
      const pattern = abbreviationPattern(abbreviation);
      // A spelling without letters or digits could only match the empty string (the configuration
      // schema refuses it; reference data handed to the engine directly is not validated).
      if (key === "" || pattern === "" || abbreviation.length > MAX_SPELLING_LENGTH) continue;
      byCompact.set(key, { party, ambiguous: ambiguous.has(key), kind: "abbreviation" });
      alternatives.push({ pattern, letters: key.length });
      byHashtag.set(key, party);
    }
    for (const name of [party.name, ...party.names]) {
      const key = compact(name);
      const pattern = namePattern(name);
      if (key === "" || pattern === "" || name.length > MAX_SPELLING_LENGTH || byCompact.has(key)) continue;
      byCompact.set(key, { party, ambiguous: ambiguous.has(key), kind: "name" });
      alternatives.push({ pattern, letters: key.length });
      byHashtag.set(key, party);
    }
    for (const hashtag of party.hashtags) byHashtag.set(compact(hashtag), party);
    for (const website of party.websites) {
      const domain = siteDomain(website);
      if (!byDomain.has(domain)) byDomain.set(domain, party);
      domainLabels = Math.max(domainLabels, domain.split(".").length);
    }
    for (const handles of Object.values(party.handles)) {
      for (const handle of handles ?? []) byHandle.set(normalizeHandle(handle), party);
    }
  }
  // The alternation takes the first alternative that matches, so the names with the most letters
  // go first: "GroenLinks-PvdA" and "PvdA-GroenLinks" win over "GroenLinks" and "PvdA".
  alternatives.sort((a, b) => b.letters - a.letters);
  const union = alternatives.map((alternative) => alternative.pattern).join("|");
  // Matched against the lower-case folded text: much faster than a case-insensitive pattern. A
  // match must start a word: the ASCII lookbehind skips the positions inside a word at little cost
  // (it halves the scan of a long text); a letter or digit of another script before the match is
  // checked by the caller (see startsWord), since a Unicode lookbehind costs more than it saves.
  // Without any name the pattern matches nothing (an empty group would match everywhere).
  const pattern = new RegExp(union === "" ? "(?!)" : `(?<![a-z0-9])(?:${union})(?![\\p{L}\\p{N}])`, "gu");
  return { pattern, byCompact, byHandle, byHashtag, byDomain, domainLabels, handleCache: new Map() };
}

function indexFor(parties: readonly Party[]): PartyIndex {
  let index = indexCache.get(parties);
  if (!index) {
    index = buildIndex(parties);
    indexCache.set(parties, index);
  }
  return index;
}

/**
 * The party whose website `hostname` is: one of its registered domains or any subdomain of one
 * (utrecht.cda.nl). Looks up the host's parent domains from the right, as many labels as a
 * registered domain can have; the most specific match wins.
 */
export function findPartyWebsite(hostname: string, parties: readonly Party[]): Party | undefined {
  const index = indexFor(parties);
  const host = normalizeHost(hostname);
  let found: Party | undefined;
  let dot = host.length;
  for (let labels = 1; labels <= index.domainLabels && dot > 0; labels += 1) {
    dot = host.lastIndexOf(".", dot - 1);
    found = index.byDomain.get(host.slice(dot + 1)) ?? found;
  }
  return found;
}

/** The party a written name stands for ("PVV", "Partij voor de Vrijheid", "groenlinks-pvda"), if any. */
export function findPartyByName(name: string, parties: readonly Party[]): Party | undefined {
  return indexFor(parties).byCompact.get(compact(name))?.party;
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
  // The same handles come back on every keystroke (the profile's own, the mentions in its bio).
  const cached = index.handleCache.get(handle);
  if (cached !== undefined) return cached;
  const found = partyInHandle(handle, index);
  if (index.handleCache.size >= 1024) index.handleCache.clear();
  index.handleCache.set(handle, found);
  return found;
}

function partyInHandle(handle: string, index: PartyIndex): { party: Party; start: number; end: number } | null {
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

/** What ends a clause for the context words; a colon does not ("Partij: Volt"). */
const CLAUSE_END = /[.!?,;|]/;
/** How far before and after the name context words are looked for. */
const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 30;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Whether a context word (partij, fractie, lid van, namens …) stands right next to the name: one
 * of the two words before it or the word after it, within the same clause.
 */
function hasPartyContext(folded: FoldedText, start: number, end: number): boolean {
  const from = Math.max(0, start - CONTEXT_BEFORE);
  const window = folded.lower.slice(from, end + CONTEXT_AFTER);
  if (!PARTY_CONTEXT_HINT.test(window)) return false;
  const words = NON_ASCII.test(window)
    ? contextWords(folded.lower, from, start, end)
    : contextWordsAscii(folded.lower, from, start, end);
  return words.some(isContextWord);
}

/**
 * The words hasPartyContext weighs: the last two words of the clause in [from, start) and the first
 * of the clause that starts at `end`. Exported for the test that compares it with contextWordsAscii.
 */
export function contextWords(lower: string, from: number, start: number, end: number): string[] {
  const clauseBefore = lower.slice(from, start).split(CLAUSE_END).pop() ?? "";
  const clauseAfter = lower.slice(end, end + CONTEXT_AFTER).split(CLAUSE_END)[0] ?? "";
  const before = clauseBefore
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(-2);
  const after = clauseAfter
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(0, 1);
  return [...before.reverse(), ...after];
}

function isContextWord(word: string): boolean {
  return PARTY_CONTEXT.test(word);
}

const isAsciiLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
/** ".!?,;|" (CLAUSE_END) by character code. */
const isClauseEnd = (code: number) =>
  code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2c || code === 0x3b || code === 0x7c;

/**
 * contextWords for an ASCII text, read off by character codes instead of splitting (a long bio
 * with many ambiguous names asks for thousands of these).
 */
export function contextWordsAscii(lower: string, from: number, start: number, end: number): string[] {
  const words: string[] = [];
  let wordEnd = -1;
  for (let at = start - 1; at >= from && words.length < 2; at -= 1) {
    const code = lower.charCodeAt(at);
    if (isClauseEnd(code)) break;
    if (isAsciiLetter(code)) {
      if (wordEnd < 0) wordEnd = at + 1;
      if (at === from || !isAsciiLetter(lower.charCodeAt(at - 1))) {
        words.push(lower.slice(at, wordEnd));
        wordEnd = -1;
      }
    }
  }
  const limit = Math.min(lower.length, end + CONTEXT_AFTER);
  for (let at = end; at < limit; at += 1) {
    const code = lower.charCodeAt(at);
    if (isClauseEnd(code)) break;
    if (!isAsciiLetter(code)) continue;
    let wordEnd = at + 1;
    while (wordEnd < limit && isAsciiLetter(lower.charCodeAt(wordEnd))) wordEnd += 1;
    words.push(lower.slice(at, wordEnd));
    break;
  }
  return words;
}

/** Whether the text at [start, end) is the party, judged for ambiguous short names. */
function ambiguousNameCounts(folded: FoldedText, start: number, end: number): boolean {
  return upperCaseTokenCounts(folded, start, end) || hasPartyContext(folded, start, end);
}

/** Whether the name is written as an upper-case token that is not initials or a set phrase ("CU later"). */
function upperCaseTokenCounts(folded: FoldedText, start: number, end: number): boolean {
  const written = folded.text.slice(start, end);
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
  /** Folded positions already explained (links, hashtags, mentions): names inside them do not count. */
  const claimed = new Uint8Array(folded.text.length);
  const claim = (start: number, end: number) => claimed.fill(1, start, end);
  const overlapsClaimed = (start: number, end: number) => {
    for (let at = start; at < end; at += 1) if (claimed[at] === 1) return true;
    return false;
  };
  const allowed = new Set(allowedHandles.map(normalizeHandle));

  const add = (party: Party, kind: PartyReferenceKind, foldedStart: number, foldedEnd: number) => {
    const { start, end } = originalRange(folded, foldedStart, foldedEnd);
    references.push({ party, kind, start, end });
  };

  // Links and bare domains: only the host can name a party (a path containing "cda" does not).
  // Long texts repeat the same links, hashtags and mentions: each is looked up once.
  const websiteParty = new Map<string, Party | undefined>();
  for (const word of wordsWithDot(folded.lower)) {
    claim(word.start, word.end);
    if (!websiteParty.has(word.host)) websiteParty.set(word.host, findPartyWebsite(word.host, parties));
    const party = websiteParty.get(word.host);
    if (party) add(party, "website", word.start, word.end);
  }

  const hashtagParty = new Map<string, Party | undefined>();
  for (const hashtag of hashtags(folded.text)) {
    const { start, end, body } = hashtag;
    if (overlapsClaimed(start, end)) continue;
    claim(start, end);
    if (!hashtagParty.has(body)) hashtagParty.set(body, partyOfHashtag(index, body));
    const party = hashtagParty.get(body);
    if (party) add(party, "hashtag", start, end);
  }

  const handleParty = new Map<string, Party | undefined>();
  for (const mention of findMentions(folded.text)) {
    if (overlapsClaimed(mention.start, mention.end)) continue;
    claim(mention.start, mention.end);
    if (allowed.has(mention.handle.toLowerCase())) continue;
    if (!handleParty.has(mention.handle)) {
      handleParty.set(mention.handle, findPartyInHandle(mention.handle, parties)?.party);
    }
    const party = handleParty.get(mention.handle);
    if (party) add(party, "handle", mention.start, mention.end);
  }

  const { pattern } = index;
  pattern.lastIndex = 0;
  const compacted = new Map<string, string>();
  for (let match = pattern.exec(folded.lower); match !== null; match = pattern.exec(folded.lower)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end === start) {
      // An empty match leaves lastIndex where it is: step past it or the loop never ends.
      pattern.lastIndex = start + 1;
      continue;
    }
    if (!startsWord(folded.lower, start)) {
      // Letters inside a word: try again from the next position, as a lookbehind would.
      pattern.lastIndex = start + 1;
      continue;
    }
    if (overlapsClaimed(start, end)) continue;
    let key = compacted.get(match[0]);
    if (key === undefined) {
      key = compact(match[0]);
      compacted.set(match[0], key);
    }
    const entry = index.byCompact.get(key);
    if (!entry) continue;
    if (entry.ambiguous && !ambiguousNameCounts(folded, start, end)) continue;
    add(entry.party, entry.kind, start, end);
  }

  return references.sort((a, b) => a.start - b.start);
}

const LETTER_OR_DIGIT_CODE_POINT = /^[\p{L}\p{N}]$/u;

/** Whether the code point at `at` belongs to a hashtag's body ([\p{L}\p{N}_]); its width, or 0. */
function hashtagCharacterWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) {
    const isWord = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    return isWord || code === 0x5f ? 1 : 0;
  }
  const codePoint = text.codePointAt(at) as number;
  const width = codePoint > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT_CODE_POINT.test(text.slice(at, at + width)) ? width : 0;
}

/**
 * Every "#" followed by letters, digits or "_" (#([\p{L}\p{N}_]+)), in text order; found from the
 * "#" signs and read by character codes, which a long text with many hashtags notices. Exported
 * for the test that compares it with the pattern.
 */
export function* hashtags(text: string): Generator<{ body: string; start: number; end: number }> {
  for (let at = text.indexOf("#"); at >= 0; ) {
    let end = at + 1;
    while (end < text.length) {
      const width = hashtagCharacterWidth(text, end);
      if (width === 0) break;
      end += width;
    }
    if (end === at + 1) {
      at = text.indexOf("#", at + 1);
      continue;
    }
    yield { body: text.slice(at + 1, end), start: at, end };
    at = text.indexOf("#", end);
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;

/** Whether no letter or digit stands right before `at` (also an astral one, two UTF-16 units). */
function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80)
    return !((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39));
  return !LETTER_OR_DIGIT.test(text.slice(Math.max(0, at - 2), at));
}

/** A web address with or without scheme; group 2 is the host. */
const WEB_ADDRESS = /^(https?:\/\/)?([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,})(:\d+)?([/?#]\S*)?$/u;
const WHITE_SPACE = /\s/;
/** Punctuation around an address that is not part of it. */
const OPENING = "([\"'«";
const CLOSING = "),.;:!?'\"»]";

function isLabelCharacter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code >= 0x80;
}

function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code <= 0x20 || (code >= 0x80 && WHITE_SPACE.test(text[at] as string));
}

/**
 * The white-space separated words that look like a web address ("vvd.nl", "https://…"), without
 * the punctuation around them: "(sp.nl)", "«vvd.nl»." Found from the dots, so a long text without
 * addresses costs one scan. The text is folded and lower case, so the host can be read off
 * directly: a look-alike letter in a party's domain folds to the domain.
 */
function* wordsWithDot(text: string): Generator<{ host: string; start: number; end: number }> {
  /** Each word's host (null: not an address); a long text repeats its links. */
  const hosts = new Map<string, string | null>();
  let from = 0;
  for (let dot = text.indexOf(".", from); dot >= 0; dot = text.indexOf(".", from)) {
    // A dot before a space or punctuation ends a sentence, not a domain label.
    if (!isLabelCharacter(text, dot + 1)) {
      from = dot + 1;
      continue;
    }
    let start = dot;
    while (start > from && !isSpace(text, start - 1)) start -= 1;
    let end = dot;
    while (end < text.length && !isSpace(text, end)) end += 1;
    from = end + 1;
    while (start < dot && OPENING.includes(text[start] as string)) start += 1;
    while (end > dot && CLOSING.includes(text[end - 1] as string)) end -= 1;
    const word = text.slice(start, end);
    let host = hosts.get(word);
    if (host === undefined) {
      host = WEB_ADDRESS.exec(word)?.[2] ?? null;
      hosts.set(word, host);
    }
    if (host !== null) yield { host, start, end };
  }
}
