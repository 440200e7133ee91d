import { defineRule } from "../../types";
import { removeFix } from "../fixes";
import { CORPORATE_CONDITIONS } from "../quotes";

export default defineRule({
  meta: {
    id: "bio/no-party",
    severity: { corporate: "error", showcase: "error" },
    fields: ["bio"],
    reportsOn: "bio",
    title: { nl: "Geen partijpolitieke verwijzing in de bio", en: "No party-political reference in the bio" },
    description: {
      nl: "De bio van een corporate account noemt geen partij: geen naam, afkorting, hashtag, partijaccount of partijwebsite. Een verwijzing naar het persoonlijke account van de bewindspersoon mag wel.",
      en: "A corporate account's bio names no party: no name, abbreviation, hashtag, party account or party website. A reference to the minister's personal account is allowed.",
    },
    messages: {
      name: { nl: "De bio noemt de partij {party} ('{text}').", en: "The bio names the party {party} ('{text}')." },
      abbreviation: {
        nl: "De bio noemt de partij {party} ('{text}').",
        en: "The bio names the party {party} ('{text}').",
      },
      hashtag: { nl: "De bio bevat de partijhashtag {text}.", en: "The bio contains the party hashtag {text}." },
      handle: { nl: "De bio noemt het partijaccount {text}.", en: "The bio mentions the party account {text}." },
      website: {
        nl: "De bio verwijst naar de partijwebsite {text}.",
        en: "The bio refers to the party website {text}.",
      },
    },
    guideline: [
      {
        headings: CORPORATE_CONDITIONS,
        text: "Partijpolitieke verwijzingen in de bio, foto of avatar zijn niet toegestaan. Wel is het toegestaan om een verwijzing naar een persoonlijk account te maken.",
      },
    ],
  },
  check({ profile, partyReferences }) {
    const bio = profile.bio;
    return partyReferences("bio").map((reference) => {
      const text = bio.slice(reference.start, reference.end);
      // Hashtags, mentions and links can go without breaking the sentence; a name inside a sentence cannot.
      const removable = reference.kind === "hashtag" || reference.kind === "handle" || reference.kind === "website";
      return {
        messageId: reference.kind,
        data: { party: reference.party.name, text },
        start: reference.start,
        end: reference.end,
        ...(removable ? { fix: removeFix(bio, reference.start, reference.end) } : {}),
      };
    });
  },
});
