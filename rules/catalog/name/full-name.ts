import { fits } from "../../limits";
import { isPlausiblePersonName, sameName } from "../../text/names";
import { defineRule } from "../../types";
import { CORPORATE_X } from "../quotes";

export default defineRule({
  meta: {
    id: "name/full-name",
    severity: { corporate: { x: "error", default: "warning" } },
    fields: ["displayName"],
    reportsOn: "displayName",
    title: { nl: "Profielnaam is voor- en achternaam", en: "Profile name is first and last name" },
    description: {
      nl: "De profielnaam van een corporate account is de voor- en achternaam van de bewindspersoon, zonder titel of toevoeging.",
      en: "A corporate account's profile name is the minister's first and last name, without a title or addition.",
    },
    messages: {
      differsFromMinister: {
        nl: "De profielnaam '{name}' is niet de naam van de bewindspersoon ({minister}).",
        en: "The profile name '{name}' is not the minister's name ({minister}).",
      },
      notAPersonName: {
        nl: "De profielnaam '{name}' is geen voor- en achternaam (zoals 'Voornaam Achternaam', zonder ambtstitel of toevoeging).",
        en: "The profile name '{name}' is not a first and last name (like 'Firstname Lastname', without an office title or addition).",
      },
    },
    guideline: [
      { headings: CORPORATE_X, text: "Profielnaam bestaat uit de voor- en achternaam van de bewindspersoon." },
    ],
  },
  check({ profile, account, limit }) {
    const name = profile.displayName;
    if (account.minister) {
      if (sameName(name, account.minister)) return [];
      // A fix never writes a name the platform would refuse.
      const fitsLimit = fits(account.minister, limit("displayName"));
      return [
        {
          messageId: "differsFromMinister",
          data: { name, minister: account.minister },
          ...(fitsLimit
            ? { fix: { type: "replace" as const, start: 0, end: name.length, text: account.minister } }
            : {}),
        },
      ];
    }
    return isPlausiblePersonName(name) ? [] : [{ messageId: "notAPersonName", data: { name } }];
  },
});
