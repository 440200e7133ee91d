/**
 * Page shapes of the live sites (issue 9) that the browser tests open in Chromium and Firefox ESR:
 * each fixture served at its real URL, and what the panel must then show.
 */
import { fixture } from "./harness";

export const AVATAR_MINISTER = "https://pbs.twimg.com/profile_images/1859204211475562496/Q8rTj2Vd_200x200.jpg";

export interface Expectation {
  /** data-field-status of a field in the panel: "ok" | "findings" | "not-checked". */
  field?: { name: string; status?: string; notStatus?: string };
  /** Number of findings of a rule in the panel. */
  rule?: { id: string; count: number };
}

export interface Scenario {
  name: string;
  url: string;
  html: string;
  accountType: string;
  expect: Expectation[];
}

const LINKEDIN_PROFILE = "https://www.linkedin.com/in/fleur-agema/";

export const SCENARIOS: Scenario[] = [
  ...(["verified", "unverified", "verify-now"] as const).map((shape) => ({
    name: `LinkedIn redesigned profile, ${shape}`,
    url: LINKEDIN_PROFILE,
    html: fixture(`linkedin/profile-redesigned-${shape}.nl.html`),
    accountType: "hybrid",
    expect: [
      { field: { name: "verified", notStatus: "not-checked" } },
      { rule: { id: "account/verified", count: shape === "verified" ? 0 : 1 } },
    ],
  })),
  {
    name: "Instagram profile with three links behind a button",
    url: "https://www.instagram.com/ministervws/",
    html: fixture("instagram/profile-three-links.en.html"),
    accountType: "corporate",
    expect: [{ field: { name: "links", status: "not-checked" } }, { field: { name: "bio", notStatus: "not-checked" } }],
  },
  {
    name: "X profile visited in lower case, viewed by another account",
    url: "https://x.com/ministervws",
    html: fixture("x/profile-lowercase-url.nl.html"),
    accountType: "corporate",
    // The avatar itself is compared with the thumbnail's address in each browser's test.
    expect: [{ field: { name: "bio", notStatus: "not-checked" } }],
  },
  {
    name: "LinkedIn contact-info overlay",
    url: "https://www.linkedin.com/in/fleur-agema/overlay/contact-info/",
    html: fixture("linkedin/contact-info-overlay.en.html"),
    accountType: "hybrid",
    expect: [{ field: { name: "links", notStatus: "not-checked" } }, { rule: { id: "link/rijksoverheid", count: 0 } }],
  },
];

/** The intro form behind hidden dialogs, with a rich-text (TipTap) headline. */
export const INTRO_HIDDEN_DIALOGS = {
  url: "https://www.linkedin.com/in/fleur-agema/edit/intro/",
  html: fixture("linkedin/intro-edit-hidden-dialogs.nl.html"),
  accountType: "hybrid",
  editor: '.tiptap[contenteditable="true"][role="textbox"]',
  /** A headline that names no sender: bio/sender fires on it. */
  text: "Kamerlid",
  rule: "bio/sender",
};
