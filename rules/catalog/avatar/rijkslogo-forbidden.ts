import { defineRule } from "../../types";
import { HYBRID_INSTAGRAM, HYBRID_LINKEDIN, HYBRID_X } from "../quotes";

export default defineRule({
  meta: {
    id: "avatar/rijkslogo-forbidden",
    severity: { hybrid: "error" },
    fields: ["avatar"],
    reportsOn: "avatar",
    title: { nl: "Geen rijkslogo in de profielfoto", en: "No government logo in the profile picture" },
    description: {
      nl: "Een hybride account is van de bewindspersoon zelf en mag het rijkslogo niet in de profielfoto gebruiken.",
      en: "A hybrid account belongs to the minister personally and may not use the government logo in its profile picture.",
    },
    messages: {
      present: {
        nl: "De profielfoto draagt het rijkslogo; dat mag niet op een hybride account.",
        en: "The profile picture carries the government logo; a hybrid account may not use it.",
      },
      uncertain: {
        nl: "Twijfel — controleer zelf of de profielfoto het rijkslogo draagt; dat mag niet op een hybride account.",
        en: "Uncertain — check yourself whether the profile picture carries the government logo; a hybrid account may not use it.",
      },
      uncertainBecause: {
        nl: "Twijfel: {reason} — controleer zelf of de profielfoto het rijkslogo draagt; dat mag niet op een hybride account.",
        en: "Uncertain: {reason} — check yourself whether the profile picture carries the government logo; a hybrid account may not use it.",
      },
    },
    guideline: [
      { headings: HYBRID_X, text: "Rijkslogo mag niet worden gebruikt in de avatar." },
      { headings: HYBRID_INSTAGRAM, text: "Geen rijkslogo in de avatar." },
      { headings: HYBRID_LINKEDIN, text: "Geen rijkslogo in de avatar." },
    ],
  },
  check({ avatar }) {
    if (avatar?.status !== "analysed") return [];
    const { outcome, box, reason } = avatar.detection;
    if (outcome === "absent") return [];
    if (outcome === "uncertain") {
      return [
        reason
          ? { messageId: "uncertainBecause", uncertain: true, data: { reason } }
          : { messageId: "uncertain", uncertain: true },
      ];
    }
    return [
      { messageId: "present", ...(box ? { data: { box: `${box.x},${box.y},${box.width},${box.height}` } } : {}) },
    ];
  },
});
