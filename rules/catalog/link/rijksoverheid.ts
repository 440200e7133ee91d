import { rijksoverheidLinkProblem } from "../../links/rijksoverheid";
import { defineRule } from "../../types";
import { CORPORATE_LINKEDIN, CORPORATE_X, HYBRID_LINKEDIN, HYBRID_X } from "../quotes";

export default defineRule({
  meta: {
    id: "link/rijksoverheid",
    severity: {
      corporate: "error",
      showcase: "error",
      hybrid: { x: "warning", instagram: "warning", facebook: "warning", linkedin: "error" },
    },
    fields: ["links"],
    reportsOn: "links",
    title: { nl: "Link naar Rijksoverheid.nl", en: "Link to Rijksoverheid.nl" },
    description: {
      nl: "Het linkveld verwijst via https naar rijksoverheid.nl (met of zonder www.). Nagemaakte adressen die erop lijken tellen niet.",
      en: "The link field points to rijksoverheid.nl (with or without www.) over https. Look-alike addresses do not count.",
    },
    messages: {
      missing: {
        nl: "Het linkveld is leeg: verwijs naar Rijksoverheid.nl.",
        en: "The link field is empty: link to Rijksoverheid.nl.",
      },
      notAUrl: { nl: "'{link}' is geen geldig webadres.", en: "'{link}' is not a valid web address." },
      userinfo: {
        nl: "'{link}' lijkt naar Rijksoverheid.nl te gaan, maar gaat naar {host} (alles vóór de @ is een gebruikersnaam).",
        en: "'{link}' seems to go to Rijksoverheid.nl, but goes to {host} (everything before the @ is a user name).",
      },
      lookalike: {
        nl: "{host} lijkt op rijksoverheid.nl, maar is het niet: een nagemaakt adres.",
        en: "{host} looks like rijksoverheid.nl, but is not: a look-alike address.",
      },
      otherHost: {
        nl: "De link gaat naar {host}, niet naar Rijksoverheid.nl.",
        en: "The link goes to {host}, not to Rijksoverheid.nl.",
      },
      notHttps: { nl: "De link gebruikt geen https.", en: "The link does not use https." },
    },
    guideline: [
      {
        headings: CORPORATE_X,
        text: "In het linkveld: altijd verwijzen naar bewindspersonenpagina op Rijksoverheid.nl.",
      },
      { headings: CORPORATE_LINKEDIN, text: "In het linkveld: verwijzen naar relevante pagina op Rijksoverheid.nl." },
      {
        headings: HYBRID_X,
        text: "In het linkveld: sterke voorkeur tot het verwijzen naar de bewindspersonenpagina op Rijksoverheid.nl.",
      },
      { headings: HYBRID_LINKEDIN, text: "In het linkveld: verwijzen naar bewindspersonenpagina op Rijksoverheid.nl." },
    ],
  },
  check({ profile, account }) {
    const link = profile.links[0];
    const problem = rijksoverheidLinkProblem(link);
    if (!problem) return [];
    const fix = account.pageUrl ? { type: "setLink" as const, index: 0, value: account.pageUrl } : undefined;
    const text = link ?? "";
    return [
      {
        messageId: problem.kind,
        data: { link: text, host: "host" in problem ? problem.host : "" },
        index: 0,
        ...(text !== "" ? { start: 0, end: text.length } : {}),
        ...(fix ? { fix } : {}),
      },
    ];
  },
});
