import { defineRule } from "../../types";
import { missingSentenceReport } from "../fixes";
import { CORPORATE_X, HYBRID_X } from "../quotes";

/**
 * Any statement of who answers questions, where or when: "webcare", "vragen?", "we reageren",
 * "DM", "op werkdagen", "ma-vr 9-17 uur". A support disclosure alone ("Ondersteund door …") is not.
 */
const WEBCARE =
  /(?<![\p{L}])(webcare|vra(ag|gen)|reageren|reageert|reactie|beantwoord\p{L}*|antwoord\p{L}*|dm'?s?|direct message|werkdag(en)?|kantoortijden|kantooruren|ma(andag)?\s*(-|–|t\/m|tot en met)\s*(vr|vrijdag)|questions?|we respond|reply|replies|contact)(?![\p{L}])|\b\d{1,2}([.:]\d{2})?\s*(-|–|tot)\s*\d{1,2}([.:]\d{2})?\s*(uur|u)\b/iu;

export default defineRule({
  meta: {
    id: "bio/webcare",
    severity: { corporate: "error", showcase: "error", hybrid: "error" },
    fields: ["bio"],
    reportsOn: "bio",
    title: { nl: "Webcare vermeld", en: "Webcare stated" },
    description: {
      nl: "De bio zegt wie vragen beantwoordt, waar of wanneer (bijvoorbeeld 'Vragen? We reageren op werkdagen van 9 tot 17 uur').",
      en: "The bio says who answers questions, where or when (e.g. 'Questions? We respond on working days, 9 to 5').",
    },
    messages: {
      missing: {
        nl: "De bio zegt niets over webcare: wie vragen beantwoordt, waar of wanneer.",
        en: "The bio says nothing about webcare: who answers questions, where or when.",
      },
    },
    guideline: [
      { headings: CORPORATE_X, text: "Biografie is duidelijk over afzender, beheer en webcare." },
      { headings: HYBRID_X, text: "Biografie is duidelijk over afzenders, beheer en webcare." },
      {
        headings: ["Webcare op corporate bewindspersonenaccounts"],
        text: "Bij de inzet van sociale media is een vorm van webcare een vereiste.",
      },
    ],
  },
  check({ profile, templates, limit }) {
    const bio = profile.bio;
    if (WEBCARE.test(bio)) return [];
    const sentences = [templates.webcare, ...templates.webcareVariants];
    return [missingSentenceReport(bio, sentences, limit("bio"), "missing")];
  },
});
