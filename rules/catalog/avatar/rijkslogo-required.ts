import { defineRule } from "../../types";
import { CORPORATE_CONDITIONS, CORPORATE_LINKEDIN, CORPORATE_X } from "../quotes";

export default defineRule({
  meta: {
    id: "avatar/rijkslogo-required",
    severity: { corporate: "error", showcase: "error" },
    fields: ["avatar"],
    reportsOn: "avatar",
    title: { nl: "Rijkslogo in de profielfoto", en: "Government logo in the profile picture" },
    description: {
      nl: "De profielfoto van een corporate account draagt het rijkslogo: het blauwe lint met het witte rijkswapen.",
      en: "A corporate account's profile picture carries the government logo: the blue band with the white national emblem.",
    },
    messages: {
      absent: {
        nl: "Het rijkslogo (blauw lint met wit rijkswapen) is niet gevonden in de profielfoto.",
        en: "The government logo (blue band with the white emblem) was not found in the profile picture.",
      },
      uncertain: {
        nl: "Twijfel — controleer zelf of de profielfoto het rijkslogo draagt.",
        en: "Uncertain — check yourself whether the profile picture carries the government logo.",
      },
      uncertainBecause: {
        nl: "Twijfel: {reason} — controleer zelf of de profielfoto het rijkslogo draagt.",
        en: "Uncertain: {reason} — check yourself whether the profile picture carries the government logo.",
      },
    },
    guideline: [
      { headings: CORPORATE_X, text: "Profielfoto van bewindspersoon draagt het rijkslogo." },
      {
        headings: CORPORATE_CONDITIONS,
        text: "Een corporate bewindspersonenaccount is altijd als zodanig herkenbaar door het rijkslogo.",
      },
      { headings: CORPORATE_LINKEDIN, text: "Rijkslogo in de avatar." },
    ],
  },
  check({ avatar }) {
    if (avatar?.status !== "analysed") return [];
    const { outcome, reason } = avatar.detection;
    if (outcome === "present") return [];
    if (outcome === "absent") return [{ messageId: "absent" }];
    return [
      reason
        ? { messageId: "uncertainBecause", uncertain: true, data: { reason } }
        : { messageId: "uncertain", uncertain: true },
    ];
  },
});
