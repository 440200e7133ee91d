/**
 * LinkedIn selectors. Evidence: docs/research/selectors.md §3–4 (a saved real profile page of Nov
 * 2024; automation scripts that fill the intro, About and company-admin forms, last verified
 * 2026-04). Form ids carry the member's URN, so they are matched on their stable suffix.
 */
export const LINKEDIN_SELECTORS = {
  dialog: ['[role="dialog"]', ".artdeco-modal"],
  introFirstName: [
    'input[id^="single-line-text-form-component-profileEditFormElement-TOP-CARD-"][id$="-firstName"]',
    'input[id$="-firstName"]',
  ],
  introLastName: [
    'input[id^="single-line-text-form-component-profileEditFormElement-TOP-CARD-"][id$="-lastName"]',
    'input[id$="-lastName"]',
  ],
  /** Newer builds use a textarea ("gai-text-…"), older ones a single-line input. */
  introHeadline: ['textarea[id$="-headline"]', 'input[id$="-headline"]'],
  aboutSummary: [
    'textarea[id$="-summary"]',
    'div[contenteditable="true"][role="textbox"]',
    ".ProseMirror[contenteditable='true']",
    ".ql-editor",
  ],
  contactWebsites: ['input[id*="website" i]'],
  profileName: ["main h1"],
  profileHeadline: ["main .text-body-medium.break-words", "main .text-body-medium"],
  profileAvatar: [
    "img.pv-top-card-profile-picture__image--show",
    "img.profile-photo-edit__preview",
    'main img[src*="media.licdn.com/dms/image/"][src*="profile-displayphoto"]',
  ],
  profileVerified: [
    'main svg[data-test-icon^="verified"]',
    'main a[aria-label*="verificat" i]',
    'main [aria-label*="geverifieerd" i]',
  ],
  organizationName: ["#organization-name-field"],
  organizationTagline: ["#organization-tagline-field"],
  organizationDescription: ["#organization-description-field"],
  organizationWebsite: ["#organization-website-field"],
  organizationLogo: ['img[src*="media.licdn.com/dms/image/"][src*="company-logo_"]'],
} as const;
