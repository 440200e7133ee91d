/**
 * Recognising the office: office handles (@MinPres, @MinisterVWS, @StasMijnbouw) and the office
 * holder in a bio (minister, staatssecretaris, minister-president).
 */
import { type Ministry, PORTFOLIO_WORDS } from "../data/ministries";
import { compact } from "./fold";
import { normalizeHandle } from "./handles";

const OFFICE_PREFIXES = ["staatssecretaris", "minister", "stas", "min"] as const;
const WHOLE_OFFICE_HANDLES = new Set(["minpres", "ministerpresident"]);
/** Small words that join portfolio words in a handle: MinisterVoorMedischeZorg, StasIenW. */
const JOINERS = ["en", "voor", "van", "_"];

const portfolioCache = new WeakMap<readonly Ministry[], Set<string>>();

/** Lower-case words that may form the portfolio part of an office handle. */
function portfolioTokens(ministries: readonly Ministry[]): Set<string> {
  let tokens = portfolioCache.get(ministries);
  if (!tokens) {
    tokens = new Set(PORTFOLIO_WORDS.map((word) => word.toLowerCase()));
    for (const ministry of ministries) {
      for (const code of [ministry.code, ...ministry.aliases]) tokens.add(code.toLowerCase());
      tokens.add(compact(ministry.portfolio));
    }
    portfolioCache.set(ministries, tokens);
  }
  return tokens;
}

const longestCache = new WeakMap<Set<string>, number>();

function longestToken(tokens: Set<string>): number {
  let longest = longestCache.get(tokens);
  if (longest === undefined) {
    // A loop, not Math.max(...tokens): a configuration with very many ministries would overflow the stack.
    longest = 0;
    for (const token of [...JOINERS, ...tokens]) longest = Math.max(longest, token.length);
    longestCache.set(tokens, longest);
  }
  return longest;
}

/** Whether `rest` is a sequence of portfolio words and joiners (at least one portfolio word). */
function isPortfolio(rest: string, tokens: Set<string>): boolean {
  // reachable[i]: rest.slice(0, i) splits into tokens; the last piece must be a portfolio word.
  const endsWithPortfolio: boolean[] = new Array(rest.length + 1).fill(false);
  const reachable: boolean[] = new Array(rest.length + 1).fill(false);
  reachable[0] = true;
  for (let start = 0; start < rest.length; start += 1) {
    if (!reachable[start]) continue;
    // No piece is longer than the longest token: keeps a very long handle linear.
    const last = Math.min(rest.length, start + longestToken(tokens));
    for (let end = start + 1; end <= last; end += 1) {
      const piece = rest.slice(start, end);
      if (tokens.has(piece)) {
        reachable[end] = true;
        endsWithPortfolio[end] = true;
      } else if (JOINERS.includes(piece)) {
        reachable[end] = true;
      }
    }
  }
  return endsWithPortfolio[rest.length] === true;
}

/**
 * An office handle is MinPres, or Min/Minister/Stas/Staatssecretaris followed by a portfolio (a
 * ministry code, a ministry name or a portfolio word). A handle with a person's name in it
 * (MinisterAgema, minpresschoof) is not: it cannot pass to a successor.
 */
export function isOfficeHandle(handle: string, ministries: readonly Ministry[]): boolean {
  const bare = normalizeHandle(handle);
  if (WHOLE_OFFICE_HANDLES.has(bare)) return true;
  const tokens = portfolioTokens(ministries);
  return OFFICE_PREFIXES.some((prefix) => {
    if (!bare.startsWith(prefix)) return false;
    const rest = bare.slice(prefix.length).replace(/^_/, "");
    return rest !== "" && isPortfolio(rest, tokens);
  });
}

/** Office-holder words; "ministerie" (the ministry) is deliberately not among them. */
const OFFICE_HOLDER =
  /(?<![\p{L}\p{N}])(minister-president|minister|staatssecretaris|premier|bewindspersoon|prime minister|state secretary)(?![\p{L}\p{N}])/iu;

/** Where the bio names the office holder, or null. */
export function findOfficeHolder(text: string): { start: number; end: number } | null {
  const match = OFFICE_HOLDER.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
