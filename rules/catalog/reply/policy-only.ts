import { findVoteCalls } from "../../text/politics";
import { defineRule } from "../../types";
import { HYBRID_WEBCARE } from "../quotes";

export default defineRule({
  meta: {
    id: "reply/policy-only",
    severity: { hybrid: "warning" },
    fields: ["text"],
    reportsOn: "text",
    kinds: ["reply"],
    roles: ["ministry"],
    readsInReplyTo: true,
    title: {
      nl: "Het ministerie beantwoordt geen politieke vragen",
      en: "The ministry does not answer political questions",
    },
    description: {
      nl: "Op een hybride account reageert het ministerie alleen op beleidsvragen. Gaat het bericht over partijpolitiek (een partij, een stemoproep), dan antwoordt de partij, niet de webcare van het ministerie.",
      en: "On a hybrid account the ministry answers policy questions only. When the message is about party politics (a party, a call to vote), the party answers, not the ministry's webcare.",
    },
    messages: {
      political: {
        nl: "Het bericht waarop je reageert gaat over partijpolitiek ('{text}'): dat beantwoordt het ministerie niet.",
        en: "The message you answer is about party politics ('{text}'): the ministry does not answer it.",
      },
    },
    guideline: [
      {
        headings: HYBRID_WEBCARE,
        text: "Er wordt door het departement alleen gereageerd op beleidsgerelateerde berichten. Reacties over politiek (partij, campagne, opvattingen) en privéberichten (van kennissen en vrienden) beantwoordt de webcarespecialist niet.",
      },
    ],
  },
  check({ message, partyReferences }) {
    const question = message.inReplyTo;
    const first = [...partyReferences("inReplyTo"), ...findVoteCalls(question)].sort((a, b) => a.start - b.start)[0];
    if (first === undefined) return [];
    // The finding is on the reply as a whole: the words at fault are in the message answered.
    return [{ messageId: "political", data: { text: question.slice(first.start, first.end) } }];
  },
});
