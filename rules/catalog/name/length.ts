import { countCharacters, overflowStart } from "../../limits";
import { defineRule } from "../../types";
import { CORPORATE_X } from "../quotes";

export default defineRule({
  meta: {
    id: "name/length",
    // Facebook has no known limit for names: there the rule runs only with the page's maxlength.
    severity: { corporate: "error", showcase: "error", hybrid: "error" },
    fields: ["displayName"],
    reportsOn: "displayName",
    title: { nl: "Profielnaam past binnen de limiet van het platform", en: "Profile name fits the platform's limit" },
    description: {
      nl: "De profielnaam is niet langer dan het platform toestaat (X 50 tekens, Instagram 30), geteld zoals het platform telt; een maxlength van de pagina zelf gaat voor.",
      en: "The profile name is no longer than the platform allows (X 50 characters, Instagram 30), counted the way the platform counts; the page's own maxlength wins.",
    },
    messages: {
      tooLong: {
        nl: "De profielnaam is te lang: {count}/{limit} tekens. Maak hem {over} tekens korter.",
        en: "The profile name is too long: {count}/{limit} characters. Make it {over} characters shorter.",
      },
    },
    guideline: [
      { headings: CORPORATE_X, text: "Profielnaam bestaat uit de voor- en achternaam van de bewindspersoon." },
    ],
  },
  canRun: ({ limit }) => limit("displayName") !== undefined,
  check({ profile, limit }) {
    const name = profile.displayName ?? "";
    const nameLimit = limit("displayName");
    if (!nameLimit) return [];
    const start = overflowStart(name, nameLimit.limit);
    if (start === null) return [];
    const count = countCharacters(name);
    return [
      {
        messageId: "tooLong",
        data: { count: String(count), limit: String(nameLimit.limit), over: String(count - nameLimit.limit) },
        start,
        end: name.length,
      },
    ];
  },
});
