/**
 * URL handling for the link rules. Links are parsed with the WHATWG URL parser, never matched as
 * substrings, so "https://www.rijksoverheid.nl@evil.example" is recognised as a link to
 * evil.example and "rijksoverheid.nl.example.org" as a look-alike.
 */
import { compact } from "../text/fold";
import { bareHandle } from "../text/handles";
import { normalizeHost, siteDomain } from "./host";

/**
 * Parses what a person types in a link field or a bio: a full URL, or a bare "domain/path" that the
 * platforms turn into a link. Returns null for anything that is not a web address.
 */
export function parseLooseUrl(input: string): URL | null {
  const trimmed = input.trim();
  if (trimmed === "") return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  try {
    const url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!url.hostname.includes(".")) return null;
    return url;
  } catch {
    return null;
  }
}

/** Whether an address was typed without a scheme ("rijksoverheid.nl/…"). */
export function hasExplicitScheme(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(input.trim());
}

/** True when `hostname` is `domain` or one of its subdomains (utrecht.example-partij.nl). */
export function hostMatchesDomain(hostname: string, domain: string): boolean {
  const host = normalizeHost(hostname);
  const wanted = siteDomain(domain);
  return host === wanted || host.endsWith(`.${wanted}`);
}

/** RFC 3492 decoding of one "xn--" label, so look-alike internationalised domains can be read. */
function decodePunycodeLabel(label: string): string {
  const base = 36;
  const input = label.slice(4).toLowerCase();
  const basicEnd = input.lastIndexOf("-");
  const output = basicEnd > 0 ? Array.from(input.slice(0, basicEnd)) : [];
  const digitOf = (code: number): number => {
    if (code >= 48 && code <= 57) return code - 22; // 0-9 -> 26-35
    if (code >= 97 && code <= 122) return code - 97; // a-z -> 0-25
    return base;
  };
  const adapt = (delta: number, points: number, first: boolean): number => {
    let scaled = first ? Math.floor(delta / 700) : delta >> 1;
    scaled += Math.floor(scaled / points);
    let k = 0;
    while (scaled > 455) {
      scaled = Math.floor(scaled / 35);
      k += base;
    }
    return k + Math.floor((36 * scaled) / (scaled + 38));
  };
  let codePoint = 128;
  let bias = 72;
  let position = 0;
  let index = basicEnd > 0 ? basicEnd + 1 : 0;
  while (index < input.length) {
    const previousPosition = position;
    let weight = 1;
    for (let k = base; ; k += base) {
      if (index >= input.length) return label;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= base) return label;
      position += digit * weight;
      const threshold = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < threshold) break;
      weight *= base - threshold;
    }
    bias = adapt(position - previousPosition, output.length + 1, previousPosition === 0);
    codePoint += Math.floor(position / (output.length + 1));
    position %= output.length + 1;
    if (codePoint > 0x10ffff) return label;
    output.splice(position, 0, String.fromCodePoint(codePoint));
    position += 1;
  }
  return output.join("");
}

/** The host as a person would read it: punycode labels decoded ("xn--rijksverheid-…" -> "rijksоverheid"). */
export function readableHost(hostname: string): string {
  if (!hostname.includes("xn--")) return hostname;
  return hostname
    .split(".")
    .map((label) => (label.startsWith("xn--") ? decodePunycodeLabel(label) : label))
    .join(".");
}

export const RIJKSOVERHEID_HOSTS = ["rijksoverheid.nl", "www.rijksoverheid.nl"] as const;

export function isRijksoverheidHost(hostname: string): boolean {
  return (RIJKSOVERHEID_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}

/** Digits and symbols used in place of letters in look-alike domains. */
const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "!": "i",
  "|": "l",
};

function deLeet(text: string): string {
  return text.replace(/[0134578!|]/g, (character) => LEET[character] ?? character).replace(/l/g, "i");
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Whether a host that is not rijksoverheid.nl pretends to be: it contains "rijksoverheid" once
 * look-alike letters, digits and separators are folded (rijks0verheid.nl, rijksoverheid-nl.com,
 * rijksoverheid.nl.example.org, a Cyrillic "о"), or is one or two typing steps away from it.
 */
export function looksLikeRijksoverheid(hostname: string): boolean {
  if (isRijksoverheidHost(hostname)) return false;
  const host = compact(readableHost(hostname));
  const normalised = deLeet(host);
  if (normalised.includes(deLeet("rijksoverheid"))) return true;
  const firstLabel = compact(
    readableHost(hostname)
      .split(".")
      .filter((label) => label !== "www")[0] ?? "",
  );
  return editDistance(deLeet(firstLabel), deLeet("rijksoverheid")) <= 2;
}

/** Social-media and link-in-bio hosts: a link to any of these is a link to a profile elsewhere. */
export const SOCIAL_MEDIA_DOMAINS = [
  "x.com",
  "twitter.com",
  "t.co",
  "instagram.com",
  "instagr.am",
  "facebook.com",
  "fb.com",
  "fb.me",
  "linkedin.com",
  "lnkd.in",
  "tiktok.com",
  "threads.net",
  "threads.com",
  "youtube.com",
  "youtu.be",
  "bsky.app",
  "mastodon.social",
  "snapchat.com",
  "pinterest.com",
  "whatsapp.com",
  "wa.me",
  "t.me",
  "linktr.ee",
] as const;

export function isSocialMediaHost(hostname: string): boolean {
  return SOCIAL_MEDIA_DOMAINS.some((domain) => hostMatchesDomain(hostname, domain));
}

/** The first path segment of a social-media profile URL: the account it points to ("fleuragema"). */
export function profileHandleOfUrl(url: URL): string | null {
  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  if (segments.length === 0) return null;
  const first = segments[0] as string;
  // linkedin.com/in/<name>, facebook.com/people/<name>/<id>
  if ((first === "in" || first === "company" || first === "showcase" || first === "people") && segments[1]) {
    return bareHandle(segments[1]);
  }
  return bareHandle(first);
}

/** The path compared the way rules.md says: trailing slash, query and fragment ignored. */
export function comparablePath(url: URL): string {
  const path = decodeURIComponent(url.pathname).toLowerCase().replace(/\/+$/, "");
  return path === "" ? "/" : path;
}
