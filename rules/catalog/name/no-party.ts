import { defineRule } from "../../types";
import { CORPORATE_CONDITIONS } from "../quotes";

export default defineRule({
  meta: {
    id: "name/no-party",
    severity: { corporate: "error", showcase: "error" },
    fields: ["displayName"],
    reportsOn: "displayName",
    title: { nl: "Geen partij in de profielnaam", en: "No party in the profile name" },
    description: {
      nl: "Op een corporate account is geen enkele partijpolitieke verwijzing toegestaan, ook niet in de naam.",
      en: "A corporate account allows no party-political reference at all, not in the name either.",
    },
    messages: {
      party: {
        nl: "De profielnaam verwijst naar de partij {party} ('{text}').",
        en: "The profile name refers to the party {party} ('{text}').",
      },
    },
    guideline: [
      {
        headings: CORPORATE_CONDITIONS,
        text: "Op een corporate bewindspersonenaccount is partijpolitieke content nooit toegestaan.",
      },
    ],
  },
  check({ profile, partyReferences }) {
    const name = profile.displayName;
    return partyReferences("displayName").map((reference) => ({
      messageId: "party" as const,
      data: { party: reference.party.name, text: name.slice(reference.start, reference.end) },
      start: reference.start,
      end: reference.end,
    }));
  },
});
