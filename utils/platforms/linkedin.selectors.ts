/**
 * LinkedIn selectors. Evidence: docs/research/selectors.md §3–4 and §7 (a saved real profile page
 * of Nov 2024; automation scripts that fill the intro, About and company-admin forms, last verified
 * 2026-04; scripts that read the redesigned top card and the `#interop-outlet` shadow root). Form
 * ids carry the member's URN, so they are matched on their stable suffix. Fields are found by their
 * accessible name first (`names`), by element type and stable attributes second (`selectors`).
 * Which fixture pages each key must match: tests/platforms/selector-contract.ts.
 */
export const LINKEDIN_SELECTORS = {
  /** Edit forms: artdeco modals and native <dialog open> elements (hidden ones are skipped). */
  dialog: ['[role="dialog"]', ".artdeco-modal", "dialog"],
  introFirstName: {
    names: ["Voornaam", "First name"],
    selectors: [
      'input[id^="single-line-text-form-component-profileEditFormElement-TOP-CARD-"][id$="-firstName"]',
      'input[id$="-firstName"]',
    ],
  },
  introLastName: {
    names: ["Achternaam", "Last name"],
    selectors: [
      'input[id^="single-line-text-form-component-profileEditFormElement-TOP-CARD-"][id$="-lastName"]',
      'input[id$="-lastName"]',
    ],
  },
  /** A textarea ("gai-text-…") or single-line input on some builds, a TipTap editor on others. */
  introHeadline: {
    names: ["Kop", "Kopregel", "Headline"],
    selectors: ['textarea[id$="-headline"]', 'input[id$="-headline"]'],
  },
  aboutSummary: {
    names: ["Info", "About", "Samenvatting", "Summary"],
    selectors: [
      'textarea[id$="-summary"]',
      '[contenteditable="true"][role="textbox"]',
      ".ProseMirror[contenteditable='true']",
      ".ql-editor",
    ],
  },
  contactWebsites: ['input[id*="website" i]'],
  /** The contact-info overlay (/in/<name>/overlay/contact-info/): one section per kind of contact. */
  contactOverlaySection: ["section.pv-contact-info__contact-type", "section"],
  contactOverlayWebsiteHeadings: ["Website", "Websites"],
  /** Old top card: the name h1 inside the "has verifications" link; the badge icon sits next to it. */
  profileName: ["main h1"],
  profileHeadline: ["main .text-body-medium.break-words", "main .text-body-medium"],
  /** Redesigned top card (server-driven UI): stable data-view-name attributes, no classes. */
  topCard: ['[data-view-name="profile-top-card"]'],
  /** Wraps the name on every redesigned profile, verified or not: it is not the badge itself. */
  topCardNameBlock: ['[data-view-name="profile-top-card-verified-badge"]'],
  topCardName: ["h1", "h2", "p"],
  /** Text lines of the redesigned top card (headline, location, degree marks "· 2nd"). */
  topCardLine: ["p"],
  contactInfoLink: ['a[href*="/overlay/contact-info/"]'],
  topCardAvatar: ['[data-view-name="profile-top-card-member-photo"] img'],
  profileAvatar: [
    "img.pv-top-card-profile-picture__image--show",
    "img.profile-photo-edit__preview",
    'main img[src*="media.licdn.com/dms/image/"][src*="profile-displayphoto"]',
  ],
  /** The badge icon. The owner's "Verify now" button carries the same icon: it is excluded. */
  verifiedIcon: ['svg[data-test-icon^="verified"]', 'svg[aria-label="Geverifieerd"]', 'svg[aria-label="Verified"]'],
  verifyNowAction: ["a.pv-text-details__verify-action", 'a[href*="/verify"]'],
  organizationName: ["#organization-name-field"],
  organizationTagline: ["#organization-tagline-field"],
  organizationDescription: ["#organization-description-field"],
  organizationWebsite: ["#organization-website-field"],
  organizationLogo: ['img[src*="media.licdn.com/dms/image/"][src*="company-logo_"]'],
} as const;
