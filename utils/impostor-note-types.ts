import type { Platform } from "@/rules/vocabulary";

/** The message a content script sends about a profile page that is not one of the organisation's. */
export const ASSESS_PROFILE_MESSAGE = "profielcheck:assess-profile";

export interface AssessProfileRequest {
  type: typeof ASSESS_PROFILE_MESSAGE;
  platform: Platform;
  url: string;
  handle: string | null;
  displayName: string | null;
  bio: string | null;
  avatarUrl: string | null;
}

/** What the background answers about a profile page that may be a fake account (utils/impostor-service.ts). */
export interface ImpostorNote {
  /** "suspect": a warning with steps and a report text; "parody": an information note only. */
  kind: "suspect" | "parody";
  title: string;
  text: string;
  reasons: string[];
  steps?: string[];
  /** Guideline sentences the note rests on (Dutch, as written). */
  quotes: string[];
  compareWith?: { label: string; url: string };
  reportText?: string;
  /** The note's own labels, in the user's language (kept out of the content scripts). */
  labels: { why: string; compare: string; steps: string; copy: string; copied: string; guideline: string };
}
