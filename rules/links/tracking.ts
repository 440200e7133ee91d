/**
 * Links in a message that carry tracking or affiliate parameters (rules.md, `post/no-promotion`):
 * utm_…, ref=, aff=. Links to government hosts (rijksoverheid.nl, hosts under overheid.nl) are
 * exempt: their campaign tags measure the government's own communication.
 */
import { hostMatchesDomain, parseLooseUrl } from "./url";

const LINK = /(?:https?:\/\/|(?<![\p{L}\p{N}@.])(?=[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}[/?]))\S+/giu;
const TRACKING_PARAMETER = /^(?:utm_[^=]*|ref|aff)(?:=|$)/i;
const GOVERNMENT_DOMAINS = ["rijksoverheid.nl", "overheid.nl"];
/** Punctuation after a link that belongs to the sentence. */
const TRAILING = /[),.;:!?'"»”’]+$/;

export interface TrackedLink {
  start: number;
  end: number;
  /** The parameters that track, as written ("utm_source=x"). */
  parameters: string[];
  /** The link without them. */
  cleaned: string;
}

export function findTrackedLinks(text: string): TrackedLink[] {
  const found: TrackedLink[] = [];
  for (const match of text.matchAll(LINK)) {
    const written = match[0].replace(TRAILING, "");
    const url = parseLooseUrl(written);
    if (!url || GOVERNMENT_DOMAINS.some((domain) => hostMatchesDomain(url.hostname, domain))) continue;
    const queryStart = written.indexOf("?");
    if (queryStart < 0) continue;
    const hashAt = written.indexOf("#", queryStart);
    const query = written.slice(queryStart + 1, hashAt < 0 ? undefined : hashAt);
    const fragment = hashAt < 0 ? "" : written.slice(hashAt);
    const parameters = query.split("&");
    const tracking = parameters.filter((parameter) => TRACKING_PARAMETER.test(parameter));
    if (tracking.length === 0) continue;
    const kept = parameters.filter((parameter) => parameter !== "" && !TRACKING_PARAMETER.test(parameter));
    const cleaned = written.slice(0, queryStart) + (kept.length > 0 ? `?${kept.join("&")}` : "") + fragment;
    found.push({ start: match.index, end: match.index + written.length, parameters: tracking, cleaned });
  }
  return found;
}
