import { parseLooseUrl, readableHost } from "../../links/url";
import { findPartyWebsite } from "../../parties/match";
import { defineRule } from "../../types";
import { CORPORATE_CONDITIONS } from "../quotes";

export default defineRule({
  meta: {
    id: "link/no-party-site",
    severity: { corporate: "error", showcase: "error" },
    fields: ["links"],
    reportsOn: "links",
    title: { nl: "Geen link naar een partijwebsite", en: "No link to a party website" },
    description: {
      nl: "Een corporate account linkt niet naar de website van een politieke partij (of een subdomein ervan).",
      en: "A corporate account does not link to a political party's website (or any of its subdomains).",
    },
    messages: {
      partySite: {
        nl: "Link {number} verwijst naar {host}, een website van {party}.",
        en: "Link {number} points to {host}, a website of {party}.",
      },
    },
    guideline: [
      {
        headings: CORPORATE_CONDITIONS,
        text: "Op een corporate bewindspersonenaccount is partijpolitieke content nooit toegestaan.",
      },
    ],
  },
  check({ profile, parties }) {
    return profile.links.flatMap((link, index) => {
      const url = parseLooseUrl(link);
      if (!url) return [];
      const party = findPartyWebsite(url.hostname, parties);
      if (!party) return [];
      return [
        {
          messageId: "partySite" as const,
          data: { number: String(index + 1), host: readableHost(url.hostname), party: party.name },
          index,
          start: 0,
          end: link.length,
        },
      ];
    });
  },
});
