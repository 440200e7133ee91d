/**
 * The fake-account check, run in the background so the content scripts carry none of its code or
 * texts: a content script sends what a profile page shows; this assesses it against the
 * configuration's accounts (rules/impostor) and answers with the note to show, in the user's
 * language. The background answers `profielcheck:assess-profile` with it (utils/background-messages.ts).
 */
import { ministriesFromConfig } from "@/rules/config/apply";
import { MINISTRIES } from "@/rules/data/ministries";
import {
  assessProfile,
  describeReason,
  IMPOSTOR_QUOTES,
  IMPOSTOR_STEPS,
  IMPOSTOR_TITLE,
  impostorReportText,
  PARODY_NOTE,
  PARODY_QUOTE,
  PARODY_TITLE,
} from "@/rules/impostor";
import { normalizeHandle } from "@/rules/text/handles";
import type { Platform } from "@/rules/vocabulary";
import { analyseAvatar, isAllowedAvatarUrl } from "./avatar-analysis";
import { loadEffectiveConfig } from "./config-storage";
import type { AssessProfileRequest, ImpostorNote } from "./protocol";
import { readLanguage } from "./storage";

const PROFILE_URLS: Readonly<Record<Platform, string>> = {
  x: "https://x.com/",
  instagram: "https://www.instagram.com/",
  linkedin: "https://www.linkedin.com/in/",
  facebook: "https://www.facebook.com/",
};

const LABELS = {
  nl: {
    why: "Wat we zagen",
    compare: "Vergelijk met het officiële account",
    steps: "Wat te doen",
    copy: "Kopieer meldtekst",
    copied: "Meldtekst gekopieerd",
    guideline: "Uit de richtlijn",
  },
  en: {
    why: "What we saw",
    compare: "Compare with the official account",
    steps: "What to do",
    copy: "Copy report text",
    copied: "Report text copied",
    guideline: "From the guideline",
  },
} as const;

/** "2026-11-30" in local time: the date on the report. */
function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The note for a profile page, or null when there is nothing to say (quiet by default). */
export async function assessProfileMessage(
  message: AssessProfileRequest,
  now = new Date(),
): Promise<ImpostorNote | null> {
  const [effective, lang] = await Promise.all([loadEffectiveConfig(), readLanguage()]);
  const { config } = effective;
  if (config.accounts.length === 0 || !message.handle) return null;
  const ministries = [...MINISTRIES, ...ministriesFromConfig(config.ministries)];
  const visited = {
    platform: message.platform,
    handle: message.handle,
    displayName: message.displayName,
    bio: message.bio,
  };
  // The picture is analysed only once something else points at the office: not for every profile.
  let assessment = assessProfile(visited, config.accounts, ministries);
  const hasReasons = "reasons" in assessment && assessment.reasons.length > 0;
  if (hasReasons && message.avatarUrl && isAllowedAvatarUrl(message.avatarUrl)) {
    const answer = await analyseAvatar(message.avatarUrl);
    if (answer.status === "analysed" && answer.outcome !== "absent") {
      assessment = assessProfile({ ...visited, avatarLogo: answer.outcome }, config.accounts, ministries);
    }
  }
  if (assessment.verdict !== "suspect" && assessment.verdict !== "parody") return null;
  const compareWith = assessment.compareWith
    ? {
        label: `@${normalizeHandle(assessment.compareWith.handle)}`,
        url: `${PROFILE_URLS[assessment.compareWith.platform]}${normalizeHandle(assessment.compareWith.handle)}`,
      }
    : undefined;
  const reasons = assessment.reasons.map((reason) => describeReason(reason, lang));
  if (assessment.verdict === "parody") {
    return {
      kind: "parody",
      title: PARODY_TITLE[lang],
      text: PARODY_NOTE[lang],
      reasons,
      quotes: [PARODY_QUOTE.text],
      labels: LABELS[lang],
      ...(compareWith ? { compareWith } : {}),
    };
  }
  return {
    kind: "suspect",
    title: IMPOSTOR_TITLE[lang],
    text: IMPOSTOR_STEPS.map((step) => step[lang]).join(" "),
    reasons,
    steps: IMPOSTOR_STEPS.map((step) => step[lang]),
    quotes: IMPOSTOR_QUOTES.map((quote) => quote.text),
    labels: LABELS[lang],
    ...(compareWith ? { compareWith } : {}),
    reportText: impostorReportText({
      assessment,
      platform: message.platform,
      handle: message.handle,
      url: message.url,
      seenOn: localDate(now),
      lang,
    }),
  };
}
