import { findPartyInHandle } from "../../parties/match";
import { defineRule } from "../../types";

export default defineRule({
  meta: {
    id: "handle/no-party",
    severity: { corporate: "error", showcase: "error", hybrid: "error" },
    fields: ["handle"],
    reportsOn: "handle",
    title: { nl: "Geen partij in de handle", en: "No party in the handle" },
    description: {
      nl: "Een handle met een politieke partij erin kan niet als bewindspersonenaccount worden gebruikt, ook niet hybride.",
      en: "A handle containing a political party cannot be used as a minister's account, not even a hybrid one.",
    },
    messages: {
      party: {
        nl: "De handle bevat de partij {party} ('{text}').",
        en: "The handle contains the party {party} ('{text}').",
      },
    },
    guideline: [
      {
        headings: ["Aan de slag: checklist nieuwe bewindspersoon", "Account 'nieuwe' bewindspersoon"],
        text: "Ook hierbij check of accountnaam hetzelfde kan blijven (als er politieke partij in de handle staat, kan dat bijvoorbeeld niet).",
      },
    ],
  },
  check({ profile, parties }) {
    const handle = profile.handle;
    const found = findPartyInHandle(handle, parties);
    if (!found) return [];
    return [
      {
        messageId: "party",
        data: { party: found.party.name, text: handle.slice(found.start, found.end) },
        start: found.start,
        end: found.end,
      },
    ];
  },
});
