import { lengthRule } from "../length-rule";
import { CORPORATE_X } from "../quotes";

// Facebook has no known limit for names: there the rule runs only with the page's maxlength.
export default lengthRule(
  "name/length",
  "displayName",
  {
    title: { nl: "Profielnaam past binnen de limiet van het platform", en: "Profile name fits the platform's limit" },
    description: {
      nl: "De profielnaam is niet langer dan het platform toestaat (X 50, Instagram 30 tekens); een maxlength van de pagina gaat voor.",
      en: "The profile name is no longer than the platform allows (X 50, Instagram 30 characters); the page's maxlength wins.",
    },
    tooLong: {
      nl: "De profielnaam is te lang: {count}/{limit} tekens. Maak hem {over} tekens korter.",
      en: "The profile name is too long: {count}/{limit} characters. Make it {over} characters shorter.",
    },
  },
  [{ headings: CORPORATE_X, text: "Profielnaam bestaat uit de voor- en achternaam van de bewindspersoon." }],
);
