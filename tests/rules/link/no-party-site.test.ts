import { links, ruleTester, severityTable } from "../rule-tester";

const RULE = "link/no-party-site";
const PAGE = "https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema";

ruleTester(RULE, {
  valid: [
    links([PAGE]),
    links([]),
    links(["https://www.rijksoverheid.nl/onderwerpen/cda-rapport"]),
    links(["https://www.rijksoverheid.nl/?q=vvd.nl"]),
    links(["https://notvvd.nl"]),
    links(["https://vvd.nl.example.org"]),
    links(["https://www.spoor.nl"]),
    links(["not a link"]),
  ],
  invalid: [
    {
      case: links(["https://www.vvd.nl"]),
      errors: [{ messageId: "partySite", severity: "error", index: 0, start: 0, end: 18, messageIncludes: "VVD" }],
    },
    { case: links([PAGE, "https://VVD.NL/"]), errors: [{ index: 1, messageIncludes: "Link 2" }] },
    { case: links([PAGE, "utrecht.cda.nl"]), errors: [{ index: 1, messageIncludes: "utrecht.cda.nl" }] },
    {
      case: links([PAGE, "http://www.groenlinkspvda.nl/kandidaten"]),
      errors: [{ messageIncludes: "GroenLinks-PvdA" }],
    },
    { case: links([PAGE, "https://www.sp.nl/"]), errors: [{ messageIncludes: "SP" }] },
    { case: links([PAGE, "https://jovd.nl"]), errors: [{ messageIncludes: "VVD" }] },
    { case: links([PAGE, "https://voltnederland.org/"]), errors: [{ messageIncludes: "Volt" }] },
    { case: links(["https://www.pvv.nl", "https://www.d66.nl"]), errors: [{ index: 0 }, { index: 1 }] },
  ],
  notEvaluated: [links(null), links(undefined), links(["https://www.vvd.nl"], { type: "hybrid" })],
});

severityTable(RULE, links(["https://www.vvd.nl"]), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": "error",
  "x/hybrid": null,
  "instagram/hybrid": null,
  "facebook/hybrid": null,
  "linkedin/hybrid": null,
});
