/**
 * Which pages of each platform the profile check works on, decided from the URL alone. Kept apart
 * from the adapters so the small content script that starts the check (utils/session-loader.ts)
 * can tell without loading the adapter, the engine or the panel.
 */
import { FACEBOOK_RESERVED_PATHS } from "./facebook.selectors";
import { INSTAGRAM_RESERVED_PATHS } from "./instagram.selectors";
import { firstPathSegment } from "./read";
import type { PageKind } from "./types";
import { X_RESERVED_PATHS } from "./x.selectors";

/** x.com/settings/profile edits; x.com/<handle> is a profile. */
export function xPageKind(url: URL): PageKind | null {
  if (url.pathname.replace(/\/$/, "") === "/settings/profile") return "edit";
  const segment = firstPathSegment(url);
  const segments = url.pathname.split("/").filter(Boolean);
  if (
    segment &&
    segments.length === 1 &&
    /^[A-Za-z0-9_]{1,15}$/.test(segment) &&
    !X_RESERVED_PATHS.has(segment.toLowerCase())
  ) {
    return "profile";
  }
  return null;
}

/** instagram.com/accounts/edit edits; instagram.com/<handle> is a profile. */
export function instagramPageKind(url: URL): PageKind | null {
  if (url.hostname !== "www.instagram.com") return null;
  if (url.pathname.replace(/\/$/, "") === "/accounts/edit") return "edit";
  const segments = url.pathname.split("/").filter(Boolean);
  const segment = segments[0];
  if (
    segments.length === 1 &&
    segment &&
    /^[A-Za-z0-9._]{1,30}$/.test(segment) &&
    !INSTAGRAM_RESERVED_PATHS.has(segment)
  ) {
    return "profile";
  }
  return null;
}

export type LinkedInPage = "intro" | "about" | "contact" | "contactOverlay" | "organization" | "profile";

/** The LinkedIn page a URL shows: a person's profile, one of its edit forms, or a page's admin view. */
export function linkedInPage(url: URL): LinkedInPage | null {
  const path = url.pathname;
  if (/^\/(showcase|company)\/[^/]+\/admin\//.test(path)) return "organization";
  if (/^\/in\/[^/]+\/edit\/(intro|forms\/intro)\b/.test(path)) return "intro";
  if (/^\/in\/[^/]+\/edit\/(about|forms\/summary)\b/.test(path)) return "about";
  if (/^\/in\/[^/]+\/edit\/contact-info\b/.test(path)) return "contact";
  if (/^\/in\/[^/]+\/overlay\/contact-info\/?$/.test(path)) return "contactOverlay";
  if (/^\/in\/[^/]+\/?$/.test(path)) return "profile";
  return null;
}

export function linkedInPageKind(url: URL): PageKind | null {
  const page = linkedInPage(url);
  if (!page) return null;
  return page === "profile" || page === "contactOverlay" ? "profile" : "edit";
}

/** The vanity name or numeric id of a Facebook profile URL (facebook.com/<name>, /profile.php?id=…). */
export function facebookHandleFromUrl(url: URL): string | null {
  if (url.pathname === "/profile.php") return url.searchParams.get("id");
  return url.pathname.split("/").filter(Boolean)[0] ?? null;
}

export function facebookPageKind(url: URL): PageKind | null {
  const segment = facebookHandleFromUrl(url);
  if (!segment || FACEBOOK_RESERVED_PATHS.has(segment)) return null;
  if (url.pathname !== "/profile.php" && url.pathname.split("/").filter(Boolean).length > 2) return null;
  return "profile";
}
