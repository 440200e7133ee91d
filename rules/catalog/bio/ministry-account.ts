import { bareHandle } from "../../text/handles";
import { findMinistryAccountMention } from "../../text/ministry";
import { defineRule } from "../../types";
import { missingSentenceReport } from "../fixes";
import { CORPORATE_INSTAGRAM, CORPORATE_X } from "../quotes";

export default defineRule({
  meta: {
    id: "bio/ministry-account",
    severity: { corporate: "error", showcase: "error" },
    fields: ["bio"],
    reportsOn: "bio",
    title: { nl: "Verwijzing naar het ministerie-account", en: "Reference to the ministry's account" },
    description: {
      nl: "De bio verwijst naar het eigen account van het ministerie (bijvoorbeeld @MinVWS), omdat beide accounts naar elkaar verwijzen.",
      en: "The bio refers to the ministry's own account (e.g. @MinVWS), because both accounts refer to each other.",
    },
    messages: {
      missingConfigured: {
        nl: "De bio verwijst niet naar het account van het ministerie, @{handle}.",
        en: "The bio does not refer to the ministry's account, @{handle}.",
      },
      missing: {
        nl: "De bio verwijst niet naar het account van het ministerie (bijvoorbeeld @MinVWS).",
        en: "The bio does not refer to the ministry's account (e.g. @MinVWS).",
      },
    },
    guideline: [
      {
        headings: CORPORATE_X,
        text: "Daarin staat ook een verwijzing naar het X-account van het betreffende ministerie opgenomen.",
      },
      {
        headings: CORPORATE_INSTAGRAM,
        text: "Daarin staat ook een verwijzing naar het account van het betreffende ministerie opgenomen.",
      },
    ],
  },
  check({ profile, account, ministries, limit }) {
    const bio = profile.bio;
    if (findMinistryAccountMention(bio, account, ministries)) return [];
    if (!account.ministryHandle) return [{ messageId: "missing" }];
    const handle = bareHandle(account.ministryHandle);
    return [missingSentenceReport(bio, [`@${handle}`], limit("bio"), "missingConfigured", { handle })];
  },
});
