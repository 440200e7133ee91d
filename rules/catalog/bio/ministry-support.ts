import { bareHandle } from "../../text/handles";
import { disclosesMinistrySupport } from "../../text/ministry";
import { defineRule } from "../../types";
import { missingSentenceReport } from "../fixes";
import { HYBRID_CONDITIONS } from "../quotes";

export default defineRule({
  meta: {
    id: "bio/ministry-support",
    severity: { hybrid: "error" },
    fields: ["bio"],
    reportsOn: "bio",
    title: { nl: "Ondersteuning door het ministerie vermeld", en: "Support by the ministry disclosed" },
    description: {
      nl: "De bio van een hybride account vermeldt dat het ministerie het account ondersteunt ('Ondersteund door ministerie van VWS', #MinVWS). Alleen het ambt noemen ('Minister van VWS') is geen vermelding.",
      en: "A hybrid account's bio discloses that the ministry supports the account ('Ondersteund door ministerie van VWS', #MinVWS). Naming the office ('Minister van VWS') is not a disclosure.",
    },
    messages: {
      missing: {
        nl: "De bio vermeldt niet dat het ministerie het account ondersteunt (bijvoorbeeld 'Ondersteund door ministerie van VWS' of #MinVWS).",
        en: "The bio does not disclose that the ministry supports the account (e.g. 'Ondersteund door ministerie van VWS' or #MinVWS).",
      },
    },
    guideline: [
      {
        headings: HYBRID_CONDITIONS,
        text: "In de bio wordt expliciet vermeld dat ondersteuning van het account zowel plaatsvindt vanuit het departement ('Ondersteund door ministerie van VWS', #MinVWS) én door de politieke partij (#TeamPolitiekePartij, #PolitiekePartij etc.).",
      },
    ],
  },
  check({ profile, account, ministries, limit }) {
    const bio = profile.bio;
    if (disclosesMinistrySupport(bio, account, ministries)) return [];
    const handle = account.ministryHandle && bareHandle(account.ministryHandle);
    const who = handle ? `@${handle}` : account.ministry ? `ministerie van ${account.ministry}` : "";
    if (!who) return [{ messageId: "missing" }];
    // The ministry's hashtag alone is a disclosure too ("#MinVWS"): the short variant.
    const hashtag = handle ? `#${handle}` : `#Min${account.ministry?.replace(/[^\p{L}\p{N}]/gu, "")}`;
    const sentences = [`Ondersteund door ${who}.`, hashtag];
    return [missingSentenceReport(bio, sentences, limit("bio"), "missing")];
  },
});
