import { countCharacters, overflowStart } from "../../limits";
import { defineRule } from "../../types";
import { CORPORATE_X, HYBRID_X } from "../quotes";

export default defineRule({
  meta: {
    id: "bio/length",
    severity: { corporate: "error", showcase: "error", hybrid: "error" },
    fields: ["bio"],
    reportsOn: "bio",
    title: { nl: "Bio past binnen de limiet van het platform", en: "Bio fits the platform's limit" },
    description: {
      nl: "De bio is niet langer dan het platform toestaat (X 160, Instagram 150, Facebook 101, LinkedIn-kopregel 220, beschrijving van een showcasepagina 2.000 tekens), geteld zoals het platform telt; een maxlength van de pagina zelf gaat voor. Anders weigert het platform de bio, of valt de vermelding van afzender, beheer en webcare weg.",
      en: "The bio is no longer than the platform allows (X 160, Instagram 150, Facebook 101, LinkedIn headline 220, showcase page description 2,000 characters), counted the way the platform counts; the page's own maxlength wins. Otherwise the platform refuses the bio, or the statement of sender, management and webcare is lost.",
    },
    messages: {
      tooLong: {
        nl: "De bio is te lang: {count}/{limit} tekens. Maak hem {over} tekens korter; het gemarkeerde deel valt buiten de limiet.",
        en: "The bio is too long: {count}/{limit} characters. Make it {over} characters shorter; the marked part is beyond the limit.",
      },
    },
    guideline: [
      { headings: CORPORATE_X, text: "Biografie is duidelijk over afzender, beheer en webcare." },
      { headings: HYBRID_X, text: "Biografie is duidelijk over afzenders, beheer en webcare." },
    ],
  },
  canRun: ({ limit }) => limit("bio") !== undefined,
  check({ profile, limit }) {
    const bio = profile.bio ?? "";
    const bioLimit = limit("bio");
    if (!bioLimit) return [];
    const start = overflowStart(bio, bioLimit.limit);
    if (start === null) return [];
    const count = countCharacters(bio);
    return [
      {
        messageId: "tooLong",
        data: { count: String(count), limit: String(bioLimit.limit), over: String(count - bioLimit.limit) },
        start,
        end: bio.length,
      },
    ];
  },
});
