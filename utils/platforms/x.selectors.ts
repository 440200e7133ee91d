/**
 * X (x.com) selectors. Evidence per selector: docs/research/selectors.md §1 (public automation
 * scripts of 2024–2026, e.g. nirholas/XActions; saved profile HTML). Stable attributes only: X's
 * class names (css-175oi2r r-…) are generated and change with every deploy. Which fixture pages each
 * key must match: tests/platforms/selector-contract.ts.
 */
export const X_SELECTORS = {
  /** The edit-profile modal: role + aria-modal (the route /settings/profile renders it over a page). */
  editDialog: ['[role="dialog"][aria-modal="true"]'],
  /**
   * Fields of the dialog, found by their label first (X wraps each field in a <label> with its
   * name and a counter) and by name attribute second, so a textarea and a rich-text editor are
   * both found (docs/research/selectors.md §1.2).
   */
  editDisplayName: { names: ["Naam", "Name"], selectors: ['input[name="displayName"]'] },
  editBio: { names: ["Bio"], selectors: ['textarea[name="description"]'] },
  editUrl: { names: ["Website"], selectors: ['input[name="url"]'] },
  /** The dialog's avatar preview (the second file input's container); a new pick shows a blob: preview. */
  editAvatar: ['[data-testid^="UserAvatar-Container-"] img'],
  /** Its data-testid ends in the handle: "UserAvatar-Container-MinisterVWS". */
  editAvatarContainer: ['[data-testid^="UserAvatar-Container-"]'],
  /** The signed-in account's profile link in the side bar: its href is "/<handle>". */
  ownProfileLink: ['a[data-testid="AppTabBar_Profile_Link"]'],
  profileName: ['[data-testid="UserName"]'],
  profileBio: ['[data-testid="UserDescription"]'],
  /** Its text is the display URL (possibly truncated with "…"); its href is a t.co redirect. */
  profileUrl: ['a[data-testid="UserUrl"]'],
  verifiedBadge: ['[data-testid="icon-verified"]'],
  /**
   * Avatar containers; the profile's own is the one whose test id ends in the handle (compared
   * without letter case: x.com/ministervws shows @MinisterVWS). "UserAvatar-Container-unknown" is
   * X's container for avatars of no known account, and the side bar holds the viewer's own.
   */
  avatarContainer: ['[data-testid^="UserAvatar-Container-"]'],
  viewerChrome: ['[data-testid="SideNav_AccountSwitcher_Button"]', 'header[role="banner"]', "nav"],
} as const;

/** First path segments that are X's own pages, not profiles. */
export const X_RESERVED_PATHS = new Set([
  "home",
  "explore",
  "notifications",
  "messages",
  "i",
  "settings",
  "search",
  "compose",
  "login",
  "logout",
  "signup",
  "tos",
  "privacy",
  "jobs",
  "lists",
  "communities",
  "premium_sign_up",
  "bookmarks",
  "account",
  "intent",
]);
