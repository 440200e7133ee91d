import { lengthRule } from "../length-rule";
import { CORPORATE_X, HYBRID_X } from "../quotes";

export default lengthRule(
  "bio/length",
  "bio",
  {
    title: { nl: "Bio past binnen de limiet van het platform", en: "Bio fits the platform's limit" },
    description: {
      nl: "De bio is niet langer dan het platform toestaat (X 160, Instagram 150, Facebook 101, LinkedIn-kopregel 220, showcasebeschrijving 2.000 tekens); een maxlength van de pagina gaat voor.",
      en: "The bio is no longer than the platform allows (X 160, Instagram 150, Facebook 101, LinkedIn headline 220, showcase description 2,000 characters); the page's maxlength wins.",
    },
    tooLong: {
      nl: "De bio is te lang: {count}/{limit} tekens. Maak hem {over} tekens korter.",
      en: "The bio is too long: {count}/{limit} characters. Make it {over} characters shorter.",
    },
  },
  [
    { headings: CORPORATE_X, text: "Biografie is duidelijk over afzender, beheer en webcare." },
    { headings: HYBRID_X, text: "Biografie is duidelijk over afzenders, beheer en webcare." },
  ],
);
