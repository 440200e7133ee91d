import { links, ruleTester, severityTable } from "../rule-tester";

const RULE = "link/no-personal-account";
const PAGE = "https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema";
const personal = { account: { personalHandle: "@FleurAgema" } };

ruleTester(RULE, {
  valid: [
    links([PAGE]),
    links([PAGE], personal),
    links([]),
    links([PAGE, "https://www.fleuragema.nl"], personal),
    // Look-alike hosts of a social network are not the network.
    links(["https://notx.com/fleuragema"]),
    links(["https://x.com.example.org/fleuragema"]),
    links(["https://www.rijksoverheid.nl/x.com/fleuragema"]),
  ],
  invalid: [
    {
      case: links(["https://x.com/fleuragema"], personal),
      errors: [
        { messageId: "personal", severity: "error", index: 0, start: 0, end: 24, messageIncludes: "@fleuragema" },
      ],
    },
    {
      case: links([PAGE, "https://www.instagram.com/fleuragema/"], personal),
      errors: [{ messageId: "personal", index: 1 }],
    },
    { case: links([PAGE, "twitter.com/FleurAgema"], personal), errors: [{ messageId: "personal", index: 1 }] },
    { case: links([PAGE, "https://www.linkedin.com/in/fleuragema"], personal), errors: [{ messageId: "personal" }] },
    { case: links([PAGE, "https://x.com/@fleuragema?s=20"], personal), errors: [{ messageId: "personal" }] },
    // Whole handles only: another account is "a social-media profile", not the personal account.
    {
      case: links([PAGE, "https://x.com/fleuragema_fanclub"], personal),
      errors: [{ messageId: "socialMedia", index: 1, messageIncludes: "x.com" }],
    },
    { case: links(["https://x.com/fleuragema"]), errors: [{ messageId: "socialMedia", messageIncludes: "Link 1" }] },
    {
      case: links([PAGE, "https://linktr.ee/agema"]),
      errors: [{ messageId: "socialMedia", messageIncludes: "Link 2" }],
    },
    { case: links([PAGE, "https://mobile.twitter.com/MinVWS"]), errors: [{ messageId: "socialMedia" }] },
    { case: links([PAGE, "https://www.facebook.com/people/Fleur-Agema/123"]), errors: [{ messageId: "socialMedia" }] },
    {
      case: links([PAGE, "https://x.com/a", "https://www.tiktok.com/@b"]),
      errors: [{ index: 1 }, { index: 2 }],
    },
  ],
  notEvaluated: [links(null), links(undefined, personal), links(["https://x.com/fleuragema"], { type: "hybrid" })],
});

severityTable(RULE, links(["https://x.com/fleuragema"]), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": "error",
  "x/hybrid": null,
  "instagram/hybrid": null,
  "facebook/hybrid": null,
  "linkedin/hybrid": null,
});
