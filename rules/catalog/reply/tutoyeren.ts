import { findFormalPronouns } from "../../text/pronouns";
import { defineRule, type Report } from "../../types";
import { PLAIN_LANGUAGE_QUOTE } from "../quotes";

export default defineRule({
  meta: {
    id: "reply/tutoyeren",
    severity: { corporate: "warning", showcase: "warning", hybrid: "warning" },
    fields: ["text"],
    reportsOn: "text",
    kinds: ["reply"],
    dutchOnly: true,
    title: { nl: "Tutoyeren in reacties", en: "Informal address in replies" },
    description: {
      nl: "Webcare spreekt mensen aan met je en jouw, niet met u en uw.",
      en: "Webcare addresses people informally (je, jouw), not formally (u, uw).",
    },
    messages: {
      formal: {
        nl: "De reactie spreekt de lezer aan met '{text}': tutoyeer ({suggestion}).",
        en: "The reply addresses the reader formally with '{text}': use the informal form ({suggestion}).",
      },
      formalNoFix: {
        nl: "De reactie spreekt de lezer aan met '{text}': tutoyeer (je, jouw).",
        en: "The reply addresses the reader formally with '{text}': use the informal form (je, jouw).",
      },
    },
    guideline: [PLAIN_LANGUAGE_QUOTE],
  },
  check({ message }) {
    const text = message.text;
    return findFormalPronouns(text).map((pronoun): Report<"formal" | "formalNoFix"> => {
      const written = text.slice(pronoun.start, pronoun.end);
      const { replacement } = pronoun;
      if (!replacement) {
        return { messageId: "formalNoFix", data: { text: written }, start: pronoun.start, end: pronoun.end };
      }
      return {
        messageId: "formal",
        data: {
          text: text.slice(replacement.start, replacement.end),
          suggestion: replacement.text,
        },
        start: pronoun.start,
        end: pronoun.end,
        fix: { type: "replace", ...replacement },
      };
    });
  },
});
