import { links, ruleTester, severityTable } from "../rule-tester";

const RULE = "link/rijksoverheid";
const PAGE = "https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema";
const configured = { account: { pageUrl: PAGE } };
const CYRILLIC = "https://rijks\u043everheid.nl/regering/bewindspersonen/fleur-agema";

ruleTester(RULE, {
  valid: [
    links([PAGE]),
    links(["https://rijksoverheid.nl"]),
    links(["https://www.rijksoverheid.nl/"]),
    links(["HTTPS://WWW.RIJKSOVERHEID.NL/regering"]),
    links(["https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema?utm_source=x#nieuws"]),
    // A bare address: the platforms turn it into an https link.
    links(["rijksoverheid.nl/regering/bewindspersonen/fleur-agema"]),
    links(["www.rijksoverheid.nl"]),
    links(["  https://www.rijksoverheid.nl  "]),
    // Only the first link is the link field proper.
    links([PAGE, "https://www.vvd.nl", "https://x.com/fleuragema"]),
  ],
  invalid: [
    { case: links([]), errors: [{ messageId: "missing", severity: "error", index: 0, fix: null }] },
    { case: links([""]), errors: [{ messageId: "missing" }] },
    { case: links(["   "]), errors: [{ messageId: "missing" }] },
    {
      case: links([], configured),
      errors: [{ messageId: "missing", fix: { type: "setLink", index: 0, value: PAGE } }],
    },
    {
      case: links(["https://rijksoverheid.nl.example.org/regering"]),
      errors: [
        { messageId: "lookalike", index: 0, start: 0, end: 45, messageIncludes: "rijksoverheid.nl.example.org" },
      ],
    },
    {
      case: links(["https://rijks0verheid.nl"]),
      errors: [{ messageId: "lookalike", messageIncludes: "rijks0verheid.nl" }],
    },
    { case: links(["https://rijksoverheid-nl.com/"]), errors: [{ messageId: "lookalike" }] },
    { case: links(["https://www.rijksoverheld.nl"]), errors: [{ messageId: "lookalike" }] },
    { case: links(["https://www.rijksoverhied.nl"]), errors: [{ messageId: "lookalike" }] },
    { case: links(["https://rijksoverheid.nl-fleur-agema.info"]), errors: [{ messageId: "lookalike" }] },
    { case: links(["https://rijksoverheid.com"]), errors: [{ messageId: "lookalike" }] },
    // Cyrillic "о", typed or as punycode: the message shows the readable host.
    { case: links([CYRILLIC]), errors: [{ messageId: "lookalike", messageIncludes: "rijks\u043everheid.nl" }] },
    {
      case: links(["https://xn--rijksverheid-8fk.nl/"]),
      errors: [{ messageId: "lookalike", messageIncludes: "rijks\u043everheid.nl" }],
    },
    {
      case: links(["https://www.rijksoverheid.nl@evil.example/regering"], configured),
      errors: [
        {
          messageId: "userinfo",
          messageIncludes: "evil.example",
          start: 0,
          end: 50,
          fix: { type: "setLink", index: 0, value: PAGE },
        },
      ],
    },
    { case: links(["https://user:pw@www.rijksoverheid.nl/"]), errors: [{ messageId: "userinfo" }] },
    { case: links(["http://www.rijksoverheid.nl/regering"]), errors: [{ messageId: "notHttps", start: 0, end: 36 }] },
    { case: links(["http://rijksoverheid.nl"]), errors: [{ messageId: "notHttps" }] },
    { case: links(["ftp://www.rijksoverheid.nl"]), errors: [{ messageId: "notAUrl" }] },
    { case: links(["Rijksoverheid"]), errors: [{ messageId: "notAUrl", messageIncludes: "'Rijksoverheid'" }] },
    {
      case: links(["https://www.overheid.nl"]),
      errors: [{ messageId: "otherHost", messageIncludes: "www.overheid.nl" }],
    },
    { case: links(["https://www.government.nl/ministers"]), errors: [{ messageId: "otherHost" }] },
    { case: links(["https://www.vvd.nl", PAGE]), errors: [{ messageId: "otherHost", index: 0 }] },
    {
      case: links(["https://x.com/fleuragema"], { platform: "instagram" }),
      errors: [{ messageId: "otherHost", severity: "error" }],
    },
    {
      case: links(["https://www.pvv.nl"], { type: "hybrid" }),
      errors: [{ messageId: "otherHost", severity: "warning" }],
    },
    {
      case: links(["https://www.pvv.nl"], { type: "hybrid", platform: "linkedin" }),
      errors: [{ messageId: "otherHost", severity: "error" }],
    },
  ],
  notEvaluated: [links(null), links(undefined), links(null, { type: "hybrid" })],
});

severityTable(RULE, links(["https://rijks0verheid.nl"]), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": "error",
  "x/hybrid": "warning",
  "instagram/hybrid": "warning",
  "facebook/hybrid": "warning",
  "linkedin/hybrid": "error",
});
