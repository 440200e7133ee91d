import { parseRijksoverheidPath } from "../../links/rijksoverheid";
import { comparablePath, parseLooseUrl } from "../../links/url";
import { defineRule } from "../../types";
import { CORPORATE_X, HYBRID_LINKEDIN, HYBRID_X } from "../quotes";

const BEWINDSPERSONEN = "/regering/bewindspersonen/";

export default defineRule({
  meta: {
    id: "link/bewindspersonenpagina",
    severity: {
      corporate: "error",
      hybrid: { x: "warning", instagram: "warning", facebook: "warning", linkedin: "error" },
    },
    fields: ["links"],
    reportsOn: "links",
    title: { nl: "Link naar de bewindspersonenpagina", en: "Link to the minister's page" },
    description: {
      nl: "Het linkveld verwijst naar de eigen pagina van de bewindspersoon op Rijksoverheid.nl, onder /regering/bewindspersonen/.",
      en: "The link field points to the minister's own page on Rijksoverheid.nl, under /regering/bewindspersonen/.",
    },
    messages: {
      notConfiguredPage: {
        nl: "De link gaat naar {path} op Rijksoverheid.nl, niet naar de pagina van de bewindspersoon ({expected}).",
        en: "The link goes to {path} on Rijksoverheid.nl, not to the minister's page ({expected}).",
      },
      notBewindspersonenPage: {
        nl: "De link gaat naar {path} op Rijksoverheid.nl, niet naar een bewindspersonenpagina onder /regering/bewindspersonen/.",
        en: "The link goes to {path} on Rijksoverheid.nl, not to a minister's page under /regering/bewindspersonen/.",
      },
    },
    guideline: [
      {
        headings: CORPORATE_X,
        text: "In het linkveld: altijd verwijzen naar bewindspersonenpagina op Rijksoverheid.nl.",
      },
      {
        headings: HYBRID_X,
        text: "In het linkveld: sterke voorkeur tot het verwijzen naar de bewindspersonenpagina op Rijksoverheid.nl.",
      },
      { headings: HYBRID_LINKEDIN, text: "In het linkveld: verwijzen naar bewindspersonenpagina op Rijksoverheid.nl." },
    ],
  },
  check({ profile, account }) {
    const link = profile.links[0] ?? "";
    // Only evaluated when the link passes link/rijksoverheid: one problem, one finding.
    const url = parseRijksoverheidPath(link);
    if (!url) return [];
    const path = comparablePath(url);
    const range = { index: 0, start: 0, end: link.length };
    const configured = account.pageUrl ? parseLooseUrl(account.pageUrl) : null;
    if (configured) {
      if (comparablePath(configured) === path) return [];
      const fix = { type: "setLink" as const, index: 0, value: account.pageUrl as string };
      return [{ messageId: "notConfiguredPage", data: { path, expected: account.pageUrl as string }, ...range, fix }];
    }
    const slug = path.startsWith(BEWINDSPERSONEN) ? path.slice(BEWINDSPERSONEN.length) : "";
    return slug !== "" ? [] : [{ messageId: "notBewindspersonenPage", data: { path }, ...range }];
  },
});
