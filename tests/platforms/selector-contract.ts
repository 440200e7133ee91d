/**
 * The selector contract: for every selector key of every adapter, the fixture pages it must match
 * (paths under tests/fixtures/pages; "*" stands for any run of characters). The record types list
 * every key, so a new key without pages does not compile, and selector-contract.test.ts fails on a
 * key that matches no page it names: a dead selector, like the tagline that was never read.
 */
import type { FACEBOOK_SELECTORS } from "@/utils/platforms/facebook.selectors";
import type { INSTAGRAM_SELECTORS } from "@/utils/platforms/instagram.selectors";
import type { LINKEDIN_SELECTORS } from "@/utils/platforms/linkedin.selectors";
import type { X_SELECTORS } from "@/utils/platforms/x.selectors";

type Contract<Selectors> = Record<keyof Selectors, readonly string[]>;

const X_PROFILES = ["x/profile.*.html", "x/profile-lowercase-url.*.html"];
const X_EDIT = ["x/edit-profile.nl.html", "x/edit-profile.en.html", "x/edit-profile-rich-text.*.html"];

export const X_CONTRACT: Contract<typeof X_SELECTORS> = {
  editDialog: X_EDIT,
  editDisplayName: X_EDIT,
  editBio: X_EDIT,
  editUrl: X_EDIT,
  editAvatar: X_EDIT,
  editAvatarContainer: X_EDIT,
  ownProfileLink: [...X_EDIT, ...X_PROFILES],
  profileName: X_PROFILES,
  profileBio: X_PROFILES,
  profileUrl: X_PROFILES,
  verifiedBadge: X_PROFILES,
  avatarContainer: X_PROFILES,
  viewerChrome: X_PROFILES,
};

const IG_PROFILES = ["instagram/profile.*.html", "instagram/profile-three-links*.html"];

export const INSTAGRAM_CONTRACT: Contract<typeof INSTAGRAM_SELECTORS> = {
  editBio: ["instagram/edit.*.html", "instagram/edit-rich-text.*.html"],
  editWebsite: ["instagram/edit.*.html", "instagram/edit-rich-text.*.html"],
  avatarImage: ["instagram/edit.*.html", "instagram/edit-rich-text.*.html"],
  profileHeader: IG_PROFILES,
  profileVerified: IG_PROFILES,
  profileLink: ["instagram/profile.*.html", "instagram/profile-three-links-open.*.html"],
  linkIcon: IG_PROFILES,
  linksDialog: ["instagram/profile-three-links-open.*.html"],
  profileAvatar: IG_PROFILES,
  ogTitle: IG_PROFILES,
};

const LI_CLASSIC = [
  "linkedin/profile.*.html",
  "linkedin/profile-verify-now.*.html",
  "linkedin/contact-info-overlay.*.html",
];
const LI_REDESIGNED = ["linkedin/profile-redesigned-*.html"];
const LI_ORGANIZATION = ["linkedin/showcase-admin-edit.*.html", "linkedin/showcase-admin-edit-details-closed.*.html"];

export const LINKEDIN_CONTRACT: Contract<typeof LINKEDIN_SELECTORS> = {
  dialog: [
    "linkedin/intro-edit*.html",
    "linkedin/about-edit-*.html",
    "linkedin/contact-info-overlay.*.html",
    ...LI_ORGANIZATION,
  ],
  introFirstName: ["linkedin/intro-edit*.html"],
  introLastName: ["linkedin/intro-edit*.html"],
  introHeadline: ["linkedin/intro-edit*.html"],
  aboutSummary: ["linkedin/about-edit-*.html"],
  contactWebsites: ["linkedin/contact-info-edit.*.html"],
  contactOverlaySection: ["linkedin/contact-info-overlay.*.html"],
  contactOverlayWebsiteHeadings: ["linkedin/contact-info-overlay.*.html"],
  profileName: LI_CLASSIC,
  profileHeadline: LI_CLASSIC,
  topCard: LI_REDESIGNED,
  topCardNameBlock: LI_REDESIGNED,
  topCardName: LI_REDESIGNED,
  topCardLine: LI_REDESIGNED,
  contactInfoLink: [...LI_CLASSIC, ...LI_REDESIGNED],
  topCardAvatar: LI_REDESIGNED,
  profileAvatar: LI_CLASSIC,
  verifiedIcon: [
    "linkedin/profile.*.html",
    "linkedin/profile-redesigned-verified.*.html",
    "linkedin/intro-edit.*.html",
  ],
  verifyNowAction: ["linkedin/profile-verify-now.*.html", "linkedin/profile-redesigned-verify-now.*.html"],
  organizationName: LI_ORGANIZATION,
  organizationTagline: LI_ORGANIZATION,
  organizationDescription: ["linkedin/showcase-admin-edit.*.html"],
  organizationWebsite: ["linkedin/showcase-admin-edit.*.html"],
  organizationLogo: LI_ORGANIZATION,
};

const FB_ALL = ["facebook/*.html"];
const FB_EDITORS = [
  "facebook/profile-bio-edit.*.html",
  "facebook/profile-bio-edit-rich-text.*.html",
  "facebook/page-intro-edit.*.html",
];

export const FACEBOOK_CONTRACT: Contract<typeof FACEBOOK_SELECTORS> = {
  main: FB_ALL,
  bioEditor: FB_EDITORS,
  name: FB_ALL,
  verified: FB_ALL,
  avatar: FB_ALL,
  introPagelet: FB_ALL,
  introHeadings: FB_ALL,
  outboundLink: FB_ALL,
};
