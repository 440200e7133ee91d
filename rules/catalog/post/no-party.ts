import { findVoteCalls } from "../../text/politics";
import { defineRule } from "../../types";
import { removeFix } from "../fixes";
import { CORPORATE_CONDITIONS, ELECTION_TIME, HYBRID_CONDITIONS } from "../quotes";

export default defineRule({
  meta: {
    id: "post/no-party",
    severity: { corporate: "error", showcase: "error", hybrid: "error" },
    fields: ["text"],
    reportsOn: "text",
    kinds: ["post", "reply"],
    roles: ["ministry"],
    title: { nl: "Geen partijpolitiek in het bericht", en: "No party politics in the message" },
    description: {
      nl: "Een bericht op een corporate account noemt geen partij en roept niet op om op een partij of kandidaat te stemmen, ook niet als de bewindspersoon het zelf schrijft. Op een hybride account geldt dat voor berichten van het ministerie.",
      en: "A message on a corporate account names no party and does not call to vote for a party or candidate, also not when the minister writes it personally. On a hybrid account this holds for the ministry's messages.",
    },
    messages: {
      name: {
        nl: "Het bericht noemt de partij {party} ('{text}').",
        en: "The message names the party {party} ('{text}').",
      },
      abbreviation: {
        nl: "Het bericht noemt de partij {party} ('{text}').",
        en: "The message names the party {party} ('{text}').",
      },
      hashtag: {
        nl: "Het bericht bevat de partijhashtag {text}.",
        en: "The message contains the party hashtag {text}.",
      },
      handle: {
        nl: "Het bericht noemt het partijaccount {text}.",
        en: "The message mentions the party account {text}.",
      },
      website: {
        nl: "Het bericht verwijst naar de partijwebsite {text}.",
        en: "The message refers to the party website {text}.",
      },
      voteCall: {
        nl: "Het bericht roept op om op een partij of kandidaat te stemmen ('{text}').",
        en: "The message calls to vote for a party or candidate ('{text}').",
      },
    },
    guideline: [
      {
        headings: CORPORATE_CONDITIONS,
        text: "Op een corporate bewindspersonenaccount is partijpolitieke content nooit toegestaan.",
      },
      { headings: CORPORATE_CONDITIONS, text: "Ook hierbij is partijpolitieke content niet toegestaan." },
      {
        headings: ELECTION_TIME,
        text: "Op corporate bewindspersonenkanalen wordt nooit partijpolitieke content geplaatst. Ook niet door de bewindspersoon zelf.",
      },
      {
        headings: HYBRID_CONDITIONS,
        text: "Op een hybride account is partijpolitieke content toegestaan, mits gedoseerd én mits volstrekt helder wordt aangegeven dat het departement geen enkele bemoeienis heeft met het creëren of plaatsen van deze content.",
      },
    ],
  },
  check({ message, partyReferences }) {
    const text = message.text;
    const references = partyReferences("text").map((reference) => {
      const written = text.slice(reference.start, reference.end);
      // Hashtags, mentions and links can go without breaking the sentence; a name inside a sentence cannot.
      const removable = reference.kind === "hashtag" || reference.kind === "handle" || reference.kind === "website";
      return {
        messageId: reference.kind,
        data: { party: reference.party.name, text: written },
        start: reference.start,
        end: reference.end,
        ...(removable ? { fix: removeFix(text, reference.start, reference.end) } : {}),
      };
    });
    const calls = findVoteCalls(text).map((call) => ({
      messageId: "voteCall" as const,
      data: { text: text.slice(call.start, call.end) },
      start: call.start,
      end: call.end,
    }));
    return [...references, ...calls].sort((a, b) => a.start - b.start);
  },
});
