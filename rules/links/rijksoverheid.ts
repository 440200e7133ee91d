/** Is a link a proper https link to rijksoverheid.nl? Shared by the two Rijksoverheid link rules. */
import { hasExplicitScheme, isRijksoverheidHost, looksLikeRijksoverheid, parseLooseUrl, readableHost } from "./url";

export type RijksoverheidLinkProblem =
  | { kind: "missing" }
  | { kind: "notAUrl" }
  | { kind: "userinfo"; host: string }
  | { kind: "lookalike"; host: string }
  | { kind: "otherHost"; host: string }
  | { kind: "notHttps" };

/** Null when `link` is https on rijksoverheid.nl or www.rijksoverheid.nl; otherwise what is wrong. */
export function rijksoverheidLinkProblem(link: string | undefined): RijksoverheidLinkProblem | null {
  if (link === undefined || link.trim() === "") return { kind: "missing" };
  const url = parseLooseUrl(link);
  if (!url) return { kind: "notAUrl" };
  // "https://www.rijksoverheid.nl@evil.example" goes to evil.example: the part before "@" is a user name.
  if (url.username !== "" || url.password !== "") return { kind: "userinfo", host: readableHost(url.hostname) };
  if (!isRijksoverheidHost(url.hostname)) {
    const host = readableHost(url.hostname);
    return looksLikeRijksoverheid(url.hostname) ? { kind: "lookalike", host } : { kind: "otherHost", host };
  }
  // A bare "rijksoverheid.nl/…" becomes an https link on the platforms; an explicit http:// does not.
  if (hasExplicitScheme(link) && url.protocol !== "https:") return { kind: "notHttps" };
  return null;
}

export function parseRijksoverheidPath(link: string): URL | null {
  return rijksoverheidLinkProblem(link) === null ? parseLooseUrl(link) : null;
}
