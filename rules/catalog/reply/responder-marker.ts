import { defineRule } from "../../types";
import { markerReport } from "../markers";
import { HYBRID_CONDITIONS, HYBRID_WEBCARE } from "../quotes";

export default defineRule({
  meta: {
    id: "reply/responder-marker",
    severity: { hybrid: "error" },
    fields: ["text"],
    reportsOn: "text",
    kinds: ["reply"],
    roles: ["ministry", "party", "minister"],
    title: { nl: "De reactie zegt wie er antwoordt", en: "The reply says who answers" },
    description: {
      nl: "Op een hybride account maakt elke reactie duidelijk wie er reageert: het ministerie (#MinVWS), de partij (#TeamPartij) of de bewindspersoon zelf.",
      en: "On a hybrid account every reply makes clear who answers: the ministry (#MinVWS), the party (#TeamParty) or the minister personally.",
    },
    messages: {
      missingMinistry: {
        nl: "De reactie zegt niet dat het ministerie antwoordt: voeg {marker} toe.",
        en: "The reply does not say that the ministry answers: add {marker}.",
      },
      missingParty: {
        nl: "De reactie zegt niet dat de partij antwoordt: voeg {marker} toe.",
        en: "The reply does not say that the party answers: add {marker}.",
      },
      missingMinister: {
        nl: "De reactie zegt niet dat de bewindspersoon zelf antwoordt: voeg {marker} toe.",
        en: "The reply does not say that the minister answers personally: add {marker}.",
      },
      noMarkerMinistry: {
        nl: "Geen aanduiding van het ministerie ingesteld voor dit account (ministryMarker of ministryHandle): controleer zelf dat de reactie zegt wie antwoordt.",
        en: "No ministry marker configured for this account (ministryMarker or ministryHandle): check yourself that the reply says who answers.",
      },
      noMarkerParty: {
        nl: "Geen partij-aanduiding ingesteld voor dit account (partyMarker of party): controleer zelf dat de reactie zegt wie antwoordt.",
        en: "No party marker configured for this account (partyMarker or party): check yourself that the reply says who answers.",
      },
      noMarkerMinister: {
        nl: "Geen aanduiding van de bewindspersoon ingesteld voor dit account (ministerMarker): controleer zelf dat de reactie zegt wie antwoordt.",
        en: "No minister marker configured for this account (ministerMarker): check yourself that the reply says who answers.",
      },
    },
    guideline: [
      {
        headings: HYBRID_CONDITIONS,
        text: "In de beantwoording wordt duidelijk gemaakt wie reageert (#TeamPolitiekePartij, #ministerieX).",
      },
      {
        headings: HYBRID_WEBCARE,
        text: "In biografietekst wordt aangegeven dat plaatsen van en reageren op berichten wordt gedaan door #departement, of #Teampartij.",
      },
    ],
  },
  check({ message, account, parties, partyReferences }) {
    if (message.role === undefined) return [];
    const report = markerReport(message.role, message.text, account, parties, partyReferences("text"));
    return report === null ? [] : [report];
  },
});
