import { findOfficeHolder } from "../../text/office";
import { defineRule } from "../../types";
import { CORPORATE_X, HYBRID_X } from "../quotes";

export default defineRule({
  meta: {
    id: "bio/sender",
    severity: { corporate: "error", showcase: "error", hybrid: "error" },
    fields: ["bio"],
    reportsOn: "bio",
    title: { nl: "Afzender is duidelijk", en: "Sender is clear" },
    description: {
      nl: "De bio maakt duidelijk wie er spreekt: het ambt (minister-president, minister of staatssecretaris, met of zonder portefeuille). Alleen de naam van het ministerie is geen afzender.",
      en: "The bio makes clear who is speaking: the office (prime minister, minister or state secretary, with or without the portfolio). The ministry's name alone is not a sender.",
    },
    messages: {
      noOffice: {
        nl: "De bio noemt het ambt niet (minister-president, minister of staatssecretaris), dus de afzender is niet duidelijk.",
        en: "The bio does not name the office (prime minister, minister or state secretary), so the sender is not clear.",
      },
    },
    guideline: [
      { headings: CORPORATE_X, text: "Biografie is duidelijk over afzender, beheer en webcare." },
      { headings: HYBRID_X, text: "Biografie is duidelijk over afzenders, beheer en webcare." },
    ],
  },
  check({ profile }) {
    return findOfficeHolder(profile.bio) ? [] : [{ messageId: "noOffice" }];
  },
});
