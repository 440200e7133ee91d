import { links, ruleTester, severityTable } from "../rule-tester";

const RULE = "link/bewindspersonenpagina";
const PAGE = "https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema";
const configured = { account: { pageUrl: PAGE } };

ruleTester(RULE, {
  valid: [
    links([PAGE]),
    links(["https://rijksoverheid.nl/regering/bewindspersonen/dick-schoof"]),
    links(["rijksoverheid.nl/regering/bewindspersonen/eelco-heinen/"]),
    links(["https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema/nieuws"]),
    // Configured: trailing slash, query, fragment, host case and www. are ignored.
    links([PAGE], configured),
    links(["https://rijksoverheid.nl/regering/bewindspersonen/fleur-agema/?utm_source=x#top"], configured),
    links(["https://WWW.RIJKSOVERHEID.NL/regering/bewindspersonen/fleur-agema"], configured),
    links([PAGE], { account: { pageUrl: "rijksoverheid.nl/regering/bewindspersonen/fleur-agema/" } }),
    // Only evaluated when the link passes link/rijksoverheid: one problem, one finding.
    links(["http://www.rijksoverheid.nl/"]),
    links(["https://rijks0verheid.nl/"]),
    links(["https://www.rijksoverheid.nl@evil.example/"]),
    links([]),
    links([""], configured),
    links(["https://www.vvd.nl/"], configured),
  ],
  invalid: [
    {
      case: links(["https://www.rijksoverheid.nl"]),
      errors: [{ messageId: "notBewindspersonenPage", severity: "error", index: 0, start: 0, end: 28, fix: null }],
    },
    {
      case: links(["https://www.rijksoverheid.nl/regering/bewindspersonen/"]),
      errors: [{ messageId: "notBewindspersonenPage" }],
    },
    {
      case: links(["https://www.rijksoverheid.nl/regering/bewindspersonen"]),
      errors: [{ messageId: "notBewindspersonenPage" }],
    },
    {
      case: links(["https://www.rijksoverheid.nl/ministeries/ministerie-van-volksgezondheid-welzijn-en-sport"]),
      errors: [{ messageId: "notBewindspersonenPage", messageIncludes: "/ministeries/" }],
    },
    {
      case: links(["https://www.rijksoverheid.nl/regering/bewindspersonen/dick-schoof"], configured),
      errors: [
        {
          messageId: "notConfiguredPage",
          messageIncludes: "dick-schoof",
          fix: { type: "setLink", index: 0, value: PAGE },
        },
      ],
    },
    { case: links(["https://www.rijksoverheid.nl/"], configured), errors: [{ messageId: "notConfiguredPage" }] },
    {
      case: links(["https://www.rijksoverheid.nl/"], { type: "hybrid" }),
      errors: [{ messageId: "notBewindspersonenPage", severity: "warning" }],
    },
    {
      case: links(["https://www.rijksoverheid.nl/"], { type: "hybrid", platform: "linkedin" }),
      errors: [{ severity: "error" }],
    },
  ],
  notEvaluated: [
    links(null),
    links(undefined),
    links(["https://www.rijksoverheid.nl/"], { platform: "linkedin", type: "showcase" }),
  ],
});

severityTable(RULE, links(["https://www.rijksoverheid.nl/onderwerpen"]), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": null,
  "x/hybrid": "warning",
  "instagram/hybrid": "warning",
  "facebook/hybrid": "warning",
  "linkedin/hybrid": "error",
});
