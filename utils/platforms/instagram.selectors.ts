/**
 * Instagram selectors. Evidence: docs/research/selectors.md §2 (public scrapers and selector lists of
 * 2024–2025; `textarea#pepBio` from several scripts). Instagram's classes (x1lliihq …, _aa…) are
 * generated: only ids, placeholders, aria-labels, alt texts, hrefs and structure are used. Which
 * fixture pages each key must match: tests/platforms/selector-contract.ts.
 */
export const INSTAGRAM_SELECTORS = {
  /** Found by its label ("Bio"; "Biografie" in some Dutch builds) first, a textarea or a rich-text editor. */
  editBio: { names: ["Bio", "Biografie", "Biography"], selectors: ["textarea#pepBio", 'textarea[placeholder="Bio"]'] },
  /** Read-only on the web ("Je links bewerken is alleen beschikbaar op mobiel"). */
  editWebsite: { names: ["Website"], selectors: ['input[placeholder="Website"]'] },
  /** Profile pictures are served from the Meta CDNs; the link around one goes to the own profile. */
  avatarImage: ['img[src*=".cdninstagram.com/"]', 'img[src*=".fbcdn.net/"]'],
  profileHeader: ["main header", "header"],
  profileVerified: ['svg[aria-label="Geverifieerd"]', 'svg[aria-label="Verified"]'],
  profileLink: ['a[href*="l.instagram.com"]', 'a[rel~="me"]'],
  /**
   * With several links the header shows a button (link icon, "… en nog 2" / "… and 2 more")
   * instead of an anchor; it opens a dialog that lists every link.
   */
  linkIcon: ['svg[aria-label="Linkpictogram"]', 'svg[aria-label="Link icon"]'],
  linksDialog: ['[role="dialog"]'],
  profileAvatar: [
    'img[alt*="profielfoto" i]',
    'img[alt*="profile picture" i]',
    'img[src*=".cdninstagram.com/"]',
    'img[src*=".fbcdn.net/"]',
  ],
  ogTitle: ['meta[property="og:title"]'],
} as const;

/** First path segments that are Instagram's own pages, not profiles. */
export const INSTAGRAM_RESERVED_PATHS = new Set([
  "accounts",
  "explore",
  "direct",
  "reels",
  "reel",
  "p",
  "stories",
  "about",
  "legal",
  "developer",
  "web",
  "challenge",
  "emails",
  "session",
]);
