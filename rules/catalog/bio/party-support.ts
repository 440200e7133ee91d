import { findPartyByName } from "../../parties/match";
import { compact } from "../../text/fold";
import { defineRule } from "../../types";
import { missingSentenceReport } from "../fixes";
import { HYBRID_CONDITIONS } from "../quotes";

export default defineRule({
  meta: {
    id: "bio/party-support",
    severity: { hybrid: { x: "error", instagram: "error", facebook: "error", linkedin: "warning" } },
    fields: ["bio"],
    reportsOn: "bio",
    title: { nl: "Ondersteuning door de partij vermeld", en: "Support by the party disclosed" },
    description: {
      nl: "De bio van een hybride account vermeldt ook de ondersteuning door de politieke partij (#TeamPartij, #Partij).",
      en: "A hybrid account's bio also discloses the support by the political party (#TeamParty, #Party).",
    },
    messages: {
      missing: {
        nl: "De bio vermeldt de ondersteuning door de politieke partij niet (bijvoorbeeld #TeamPartij).",
        en: "The bio does not disclose the support by the political party (e.g. #TeamParty).",
      },
      missingConfigured: {
        nl: "De bio vermeldt de ondersteuning door {party} niet (bijvoorbeeld #Team{hashtag}).",
        en: "The bio does not disclose the support by {party} (e.g. #Team{hashtag}).",
      },
    },
    guideline: [
      {
        headings: HYBRID_CONDITIONS,
        text: "In de bio wordt expliciet vermeld dat ondersteuning van het account zowel plaatsvindt vanuit het departement ('Ondersteund door ministerie van VWS', #MinVWS) én door de politieke partij (#TeamPolitiekePartij, #PolitiekePartij etc.).",
      },
    ],
  },
  check({ profile, account, parties, partyReferences, limit }) {
    const bio = profile.bio;
    const references = partyReferences("bio");
    if (!account.party) return references.length > 0 ? [] : [{ messageId: "missing" }];
    // The configured party is free text: match it through the party list, or literally.
    const wanted = compact(account.party);
    const party = findPartyByName(account.party, parties);
    const disclosed = party
      ? references.some((reference) => reference.party.id === party.id)
      : compact(bio).includes(wanted);
    if (disclosed) return [];
    const hashtag = (party?.abbreviations[0] ?? account.party).replace(/[^\p{L}\p{N}]/gu, "");
    const data = { party: party?.name ?? account.party, hashtag };
    return [missingSentenceReport(bio, [`#Team${hashtag}`], limit("bio"), "missingConfigured", data)];
  },
});
