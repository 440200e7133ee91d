import { defineRule } from "../../types";
import { CORPORATE_X } from "../quotes";

export default defineRule({
  meta: {
    id: "account/verified",
    severity: { corporate: "error", hybrid: "error" },
    fields: ["verified"],
    reportsOn: "verified",
    title: { nl: "Account is geverifieerd", en: "Account is verified" },
    description: {
      nl: "Alle corporate en hybride bewindspersonenaccounts moeten geverifieerd zijn (het 'vinkje').",
      en: "All corporate and hybrid ministers' accounts must be verified (the badge).",
    },
    messages: {
      notVerified: {
        nl: "Het account is niet geverifieerd: regel het vinkje (Meta via de RVD, X via het eigen departement).",
        en: "The account is not verified: arrange the badge (Meta through the RVD, X through the ministry itself).",
      },
    },
    guideline: [
      { headings: CORPORATE_X, text: "Het account is geverifieerd." },
      {
        headings: [
          "Toegankelijkheid, veiligheid, archivering en verifiëring",
          "Aanvragen geverifieerde accounts na kabinetsformatie",
        ],
        text: "Alle **corporate** en **hybride** bewindspersonenaccounts moeten geverifieerd zijn.",
      },
    ],
  },
  check({ profile }) {
    return profile.verified === false ? [{ messageId: "notVerified" }] : [];
  },
});
