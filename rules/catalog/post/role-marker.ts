import { defineRule } from "../../types";
import { markerReport } from "../markers";
import { HYBRID_CONDITIONS } from "../quotes";

export default defineRule({
  meta: {
    id: "post/role-marker",
    severity: { hybrid: "error" },
    fields: ["text"],
    reportsOn: "text",
    kinds: ["post"],
    roles: ["party", "minister"],
    title: { nl: "Aanduiding van de rol bij het bericht", en: "The message marks the role it is written in" },
    description: {
      nl: "Op een hybride account krijgt elk bericht dat niet door het ministerie is geschreven een aanduiding: de partijhashtag (#TeamPartij) voor berichten van de partij, de aanduiding van de bewindspersoon voor eigen berichten.",
      en: "On a hybrid account every message not written by the ministry carries a marker: the party hashtag (#TeamParty) for the party's messages, the minister's marker for personal ones.",
    },
    messages: {
      missingParty: {
        nl: "Dit bericht van de partij heeft geen partij-aanduiding: voeg {marker} toe.",
        en: "This message of the party has no party marker: add {marker}.",
      },
      missingMinister: {
        nl: "Dit bericht van de bewindspersoon zelf heeft geen aanduiding: voeg {marker} toe.",
        en: "This message of the minister personally has no marker: add {marker}.",
      },
      noMarkerParty: {
        nl: "Geen partij-aanduiding ingesteld voor dit account (partyMarker of party): controleer zelf dat het bericht als partijbericht herkenbaar is.",
        en: "No party marker configured for this account (partyMarker or party): check yourself that the message is recognisable as the party's.",
      },
      noMarkerMinister: {
        nl: "Geen aanduiding van de bewindspersoon ingesteld voor dit account (ministerMarker): controleer zelf dat het bericht als eigen bericht herkenbaar is.",
        en: "No minister marker configured for this account (ministerMarker): check yourself that the message is recognisable as the minister's own.",
      },
    },
    guideline: [
      {
        headings: HYBRID_CONDITIONS,
        text: "Voor de lezer moet per bericht duidelijk zijn in welke rol de bewindspersoon dit bericht plaatst. Elk bericht dat niet door de ambtelijke ondersteuning wordt geplaatst, moet zijn voorzien van een aanduiding. Voor berichten vanuit de politieke partij, wordt de hashtag #TeamPolitiekePartij, #TeamPolitiekePartij etcetera gebruikt.",
      },
    ],
  },
  check({ message, account, parties, partyReferences }) {
    if (message.role !== "party" && message.role !== "minister") return [];
    const report = markerReport(message.role, message.text, account, parties, partyReferences("text"));
    return report === null ? [] : [report];
  },
});
