/**
 * What the fake-account note says, in Dutch and English: the reasons, the guideline's steps and
 * the report text a webcare colleague copies into the platform's report form or an e-mail.
 */
import { PLATFORM_LABELS } from "../labels";
import { normalizeHandle } from "../text/handles";
import type { Localized } from "../types";
import type { Language, Platform } from "../vocabulary";
import type { ImpostorAssessment, ImpostorReason, OfficialAccount } from "./assess";
import type { LookalikeKind } from "./lookalike";

export const IMPOSTOR_TITLE: Localized = { nl: "Mogelijk nepaccount", en: "Possible fake account" };
export const PARODY_TITLE: Localized = { nl: "Parodie- of fanaccount", en: "Parody or fan account" };
export const PARODY_NOTE: Localized = {
  nl: "Dit account noemt zich parodie- of fanaccount. Volgens de richtlijn wordt tegen overduidelijke parodie- en fanaccounts niet opgetreden.",
  en: "This account calls itself a parody or fan account. Under the guideline, no action is taken against obvious parody and fan accounts.",
};

/** The guideline's steps for a misleading account, in order. */
export const IMPOSTOR_STEPS: readonly Localized[] = [
  {
    nl: "Vergelijk het profiel met het officiële account en weeg af of er misleiding of verwarring kan ontstaan.",
    en: "Compare the profile with the official account and weigh whether it misleads or may confuse.",
  },
  {
    nl: "Rapporteer het account eerst bij het platform (Facebook/Instagram of X).",
    en: "First report the account to the platform (Facebook/Instagram or X).",
  },
  {
    nl: "Leidt dat niet (snel genoeg) tot verwijdering, escaleer dan.",
    en: "If that does not lead to removal (quickly enough), escalate.",
  },
];

const HOW: Readonly<Record<LookalikeKind, Localized>> = {
  homoglyphs: { nl: "met letters uit een ander schrift", en: "with letters from another script" },
  "lookalike-letters": {
    nl: "met letters die erop lijken (vv voor w, rn voor m, 1 voor l)",
    en: "with letters that look alike (vv for w, rn for m, 1 for l)",
  },
  separators: { nl: "met extra liggende streepjes of punten", en: "with extra underscores or dots" },
  "added-digits": { nl: "met cijfers erachter", en: "with digits added" },
  "one-edit": { nl: "op één letter na", en: "except for one letter" },
};

const FIELD: Readonly<Record<"displayName" | "bio", Localized>> = {
  displayName: { nl: "de profielnaam", en: "the profile name" },
  bio: { nl: "de bio", en: "the bio" },
};

function accountLabel(account: OfficialAccount): string {
  return `@${normalizeHandle(account.handle)} (${PLATFORM_LABELS[account.platform]})`;
}

/** One reason as a sentence. */
export function describeReason(reason: ImpostorReason, lang: Language): string {
  switch (reason.kind) {
    case "handle":
      return lang === "nl"
        ? `De accountnaam lijkt op ${accountLabel(reason.official)}, ${HOW[reason.how].nl}.`
        : `The handle looks like ${accountLabel(reason.official)}, ${HOW[reason.how].en}.`;
    case "minister-name":
      return lang === "nl"
        ? `${capitalise(FIELD[reason.field].nl)} noemt ${reason.name}.`
        : `${capitalise(FIELD[reason.field].en)} names ${reason.name}.`;
    case "office-title":
      return lang === "nl"
        ? `${capitalise(FIELD[reason.field].nl)} noemt het ambt: "${reason.text}".`
        : `${capitalise(FIELD[reason.field].en)} names the office: "${reason.text}".`;
    case "ministry-name":
      return lang === "nl"
        ? `${capitalise(FIELD[reason.field].nl)} noemt het ministerie: "${reason.text}".`
        : `${capitalise(FIELD[reason.field].en)} names the ministry: "${reason.text}".`;
    case "logo":
      return reason.outcome === "present"
        ? lang === "nl"
          ? "De profielfoto draagt het Rijksoverheidslogo."
          : "The profile picture carries the Rijksoverheid logo."
        : lang === "nl"
          ? "De profielfoto lijkt het Rijksoverheidslogo te dragen."
          : "The profile picture seems to carry the Rijksoverheid logo.";
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface ReportTextInput {
  assessment: Extract<ImpostorAssessment, { verdict: "suspect" }>;
  platform: Platform;
  handle: string;
  url: string;
  /** The date the profile was seen, as the caller formats it (e.g. "2026-11-30"); rules/ reads no clock. */
  seenOn: string;
  lang: Language;
}

/** The text to paste into a report to the platform or an escalation e-mail. */
export function impostorReportText(input: ReportTextInput): string {
  const { assessment, platform, url, seenOn, lang } = input;
  const handle = `@${normalizeHandle(input.handle)}`;
  const nl = lang === "nl";
  const lines = [
    nl
      ? `Mogelijk nepaccount van een bewindspersoon op ${PLATFORM_LABELS[platform]}: ${handle}`
      : `Possible fake account of a minister on ${PLATFORM_LABELS[platform]}: ${handle}`,
    `URL: ${url}`,
    nl ? `Gezien op: ${seenOn}` : `Seen on: ${seenOn}`,
    "",
    nl ? "Wat we zagen:" : "What we saw:",
    ...assessment.reasons.map((reason) => `- ${describeReason(reason, lang)}`),
  ];
  if (assessment.compareWith) {
    lines.push(
      "",
      nl
        ? `Het officiële account is ${accountLabel(assessment.compareWith)}.`
        : `The official account is ${accountLabel(assessment.compareWith)}.`,
    );
  }
  lines.push(
    "",
    nl
      ? "Het account wekt de indruk van een bewindspersoon of ministerie te zijn en kan burgers misleiden. Wij verzoeken u het te verwijderen."
      : "The account gives the impression of belonging to a minister or ministry and may mislead the public. We ask you to remove it.",
  );
  return lines.join("\n");
}
