/**
 * Facebook selectors. Evidence is weak (docs/research/selectors.md §5): no public 2024–2026 script
 * reads the current bio editor, so these rely on roles, aria-labels in Dutch and English, and
 * structure only — Facebook's class names are generated. Verify against the live site first when
 * something stops working. Which fixture pages each key must match: tests/platforms/selector-contract.ts.
 */
export const FACEBOOK_SELECTORS = {
  main: ['div[role="main"]'],
  /**
   * The Intro card's bio editor, found by its accessible name first (a textarea today; a Lexical
   * rich-text editor, `[role="textbox"][contenteditable]`, like Facebook's composers, is read the
   * same way), its placeholder and length second.
   */
  bioEditor: {
    names: ["Voer biotekst in", "Enter bio text", "Bio", "Biografie"],
    selectors: [
      'textarea[placeholder="Beschrijf wie je bent"]',
      'textarea[placeholder="Describe who you are"]',
      'div[role="main"] textarea[maxlength="101"]',
    ],
  },
  name: ['div[role="main"] h1'],
  verified: ['svg[aria-label="Geverifieerd account"]', 'svg[aria-label="Verified account"]', '[aria-label*="erifi" i]'],
  avatar: [
    'div[role="main"] svg image',
    'div[role="main"] a[aria-label*="profielfoto" i] img',
    'div[role="main"] a[aria-label*="profile picture" i] img',
  ],
  /** The Intro card's pagelet: the same in every UI language, so tried before the headings. */
  introPagelet: ['[data-pagelet="ProfileTilesFeed_0"]'],
  /** Headings of the Intro card in Dutch and English. */
  introHeadings: ["Introductie", "Intro"],
  outboundLink: ['a[href^="https://l.facebook.com/l.php"]', 'a[href^="http://l.facebook.com/l.php"]'],
} as const;

export const FACEBOOK_RESERVED_PATHS = new Set([
  "watch",
  "groups",
  "marketplace",
  "gaming",
  "events",
  "settings",
  "help",
  "notifications",
  "messages",
  "friends",
  "bookmarks",
  "photo",
  "photo.php",
  "reel",
  "reels",
  "stories",
  "login",
  "privacy",
  "policies",
  "search",
  "home.php",
  "ads",
  "business",
]);
