/**
 * Recognising the ministry in a bio: as who manages the account (corporate) or who supports it
 * (hybrid). Naming the office ("Minister van VWS") is neither.
 */
import { DEFAULT_COMMUNICATION_UNITS, type Ministry } from "../data/ministries";
import type { Account } from "../schema";
import { compact } from "./fold";
import { findAnyHandleMention, normalizeHandle } from "./handles";
import { escapeForPattern } from "./pattern";

/** The handles that stand for a ministry: the configured one, and every known ministry handle. */
export function ministryHandles(account: Account, ministries: readonly Ministry[]): string[] {
  const handles = new Set<string>();
  if (account.ministryHandle) handles.add(normalizeHandle(account.ministryHandle));
  for (const ministry of ministries) {
    for (const list of Object.values(ministry.handles))
      for (const handle of list ?? []) handles.add(normalizeHandle(handle));
  }
  // An empty handle would make the patterns below match a bare "@" or "#".
  handles.delete("");
  return [...handles];
}

/** The account's ministry: by its code or alias (`account.ministry`), else by its handle. */
export function findAccountMinistry(account: Account, ministries: readonly Ministry[]): Ministry | undefined {
  const code = account.ministry?.trim().toLowerCase();
  if (code) {
    const byCode = ministries.find((ministry) =>
      [ministry.code, ...ministry.aliases].some((each) => each.toLowerCase() === code),
    );
    if (byCode) return byCode;
  }
  if (!account.ministryHandle) return undefined;
  const handle = normalizeHandle(account.ministryHandle);
  return ministries.find((ministry) =>
    Object.values(ministry.handles).some((list) => list?.some((each) => normalizeHandle(each) === handle)),
  );
}

/** The units that sign for the ministry, fullest name first (the default directie Communicatie). */
export function communicationUnits(ministry: Ministry | undefined): readonly string[] {
  return ministry?.communicationUnits?.length ? ministry.communicationUnits : DEFAULT_COMMUNICATION_UNITS;
}

/**
 * A ministry code right after the office ("minister van VWS", "staatssecretaris VWS") names the
 * office, not the ministry as an agent: rules.md, "Naming the office is not a disclosure".
 */
const AFTER_OFFICE = "(?<!(?<![\\p{L}])(?:minister(?:-president)?|staatssecretaris|stas)\\s+(?:(?:van|voor)\\s+)?)";

/**
 * A pattern for "the ministry" as an agent: the word ministerie / departement, its directie
 * Communicatie, a ministry handle or hashtag (@MinVWS, #MinVWS), or a ministry code (VWS).
 */
/** The names of every communication unit (Rijksvoorlichtingsdienst, RVD, Defensievoorlichting, DCOM). */
function unitPattern(ministries: readonly Ministry[]): string {
  const units = new Set<string>(DEFAULT_COMMUNICATION_UNITS);
  for (const ministry of ministries) for (const unit of ministry.communicationUnits ?? []) units.add(unit);
  return [...units].map((unit) => escapeForPattern(unit).replace(/\s+/g, "\\s+")).join("|");
}

function ministryAgentPattern(account: Account, ministries: readonly Ministry[]): string {
  const unitPart = unitPattern(ministries);
  const handles = ministryHandles(account, ministries).map(escapeForPattern);
  const codes = new Set<string>();
  for (const ministry of ministries) for (const code of [ministry.code, ...ministry.aliases]) codes.add(code);
  if (account.ministry) codes.add(account.ministry);
  // A code without letters or digits would match between any two non-letters.
  for (const code of codes) if (compact(code) === "") codes.delete(code);
  const handlePart = handles.length > 0 ? `[@#](?:${handles.join("|")})(?![A-Za-z0-9_])|` : "";
  const codePart = [...codes].map(escapeForPattern).join("|");
  return `(?:${handlePart}ministeri[eë]|ministry|departement|department|(?<![\\p{L}])voorlichting(?![\\p{L}])|(?<![\\p{L}])(?:${unitPart})(?![\\p{L}])|#min[a-z]{2,}\\b|(?<![\\p{L}])${AFTER_OFFICE}(?:${codePart})(?![\\p{L}]))`;
}

/** Verbs and labels that say who manages or edits the account. */
const MANAGEMENT = "(?:redactie|beheer|beheerd|bijgehouden|onderhouden|managed|run|edited)";
/** Verbs and labels that say who supports the account (hybrid disclosure). */
const SUPPORT =
  "(?:ondersteund|ondersteuning|ondersteunt|support|supported|redactie|beheer|beheerd|berichten|posts|geplaatst|plaatst)";

/**
 * The agent must follow the verb in the same clause: no sentence end in between and at most ~60
 * characters. A comma or semicolon ends the clause too, unless the agent follows it directly
 * ("Ondersteuning: #TeamPVV, ministerie van VWS"): "Beheerd door Team X, volg ook @MinVWS" does not
 * say the ministry manages the account.
 */
function clausePattern(verbs: string, agent: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}])${verbs}[^.!?\\n|,;]{0,60}?(?:[,;]\\s*(?:(?:en|and|het|de|the)\\s+)?)?${agent}`,
    "iu",
  );
}

interface MinistryPatterns {
  managed: RegExp;
  /** A bio signed by a unit, as posts are signed: "^RVD", "– Defensievoorlichting". */
  signedByUnit: RegExp;
  support: RegExp;
  /** The ministry's hashtags given as support (#MinSZW), or null when there are none. */
  supportHashtag: RegExp | null;
}

/** Compiled patterns per ministry list and account details: the bio rules run on every keystroke. */
const patternCache = new WeakMap<readonly Ministry[], Map<string, MinistryPatterns>>();
const MAX_CACHED_ACCOUNTS = 256;

function patternsFor(account: Account, ministries: readonly Ministry[]): MinistryPatterns {
  let byAccount = patternCache.get(ministries);
  if (!byAccount) {
    byAccount = new Map();
    patternCache.set(ministries, byAccount);
  }
  const key = `${account.ministryHandle ?? ""}\u0000${account.ministry ?? ""}`;
  let patterns = byAccount.get(key);
  if (!patterns) {
    const agent = ministryAgentPattern(account, ministries);
    const hashtags = ministryHandles(account, ministries).map(escapeForPattern);
    if (account.ministry) hashtags.push(`min${escapeForPattern(account.ministry)}`);
    patterns = {
      managed: clausePattern(MANAGEMENT, agent),
      signedByUnit: new RegExp(`(?:^|\\s)[\\^~–—-]\\s*(?:${unitPattern(ministries)})(?![\\p{L}])`, "iu"),
      support: clausePattern(SUPPORT, agent),
      supportHashtag: hashtags.length > 0 ? new RegExp(`#(?:${hashtags.join("|")})(?![A-Za-z0-9_])`, "i") : null,
    };
    if (byAccount.size >= MAX_CACHED_ACCOUNTS) byAccount.clear();
    byAccount.set(key, patterns);
  }
  return patterns;
}

/** The bio names the ministry (or its directie Communicatie, or its handle) as who manages it. */
export function statesManagedByMinistry(bio: string, account: Account, ministries: readonly Ministry[]): boolean {
  const patterns = patternsFor(account, ministries);
  return patterns.managed.test(bio) || patterns.signedByUnit.test(bio);
}

/**
 * The bio discloses the ministry's support: a support clause naming the ministry, or the
 * ministry's hashtag (#MinSZW) or handle given as support.
 */
export function disclosesMinistrySupport(bio: string, account: Account, ministries: readonly Ministry[]): boolean {
  const patterns = patternsFor(account, ministries);
  return patterns.support.test(bio) || (patterns.supportHashtag?.test(bio) ?? false);
}

/** Where the bio mentions the ministry's own account: the configured handle, or a known ministry handle. */
export function findMinistryAccountMention(
  bio: string,
  account: Account,
  ministries: readonly Ministry[],
): { start: number; end: number } | null {
  const candidates = account.ministryHandle ? [account.ministryHandle] : ministryHandles(account, ministries);
  return findAnyHandleMention(bio, candidates);
}
