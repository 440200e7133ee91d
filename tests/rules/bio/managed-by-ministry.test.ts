import { bio, ruleTester, severityTable } from "../rule-tester";

const RULE = "bio/managed-by-ministry";
const OFFICE = "Minister van VWS. Webcare op werkdagen 9-17 uur.";

ruleTester(RULE, {
  valid: [
    bio("Minister van VWS. Redactie: directie Communicatie @MinVWS."),
    bio("Minister van VWS. Redactie: directie Communicatie."),
    bio("Minister van VWS. Beheerd door het ministerie van VWS."),
    bio("Minister van VWS. Dit account wordt beheerd en bijgehouden door de directie Communicatie."),
    bio("Minister van BZK. Beheer: @MinBZK"),
    bio("Minister van Financiën. Redactie door ministerie van Financiën."),
    bio("Minister van Defensie | Beheer: DCOM Defensie"),
    bio("Minister-president. Beheerd door het departement."),
    bio("Minister. Account managed by the Ministry of Foreign Affairs.", { platform: "linkedin", type: "showcase" }),
    bio("Minister. Redactie: @MinisterieVWS", { account: { ministryHandle: "MinisterieVWS" } }),
    bio("Minister. Beheer: VWS", { account: { ministry: "VWS" } }),
    bio("Minister van VWS. Beheer en redactie: DCOM, @MinVWS."),
  ],
  invalid: [
    {
      case: bio(OFFICE, { account: { ministryHandle: "MinVWS" } }),
      errors: [
        {
          messageId: "missing",
          severity: "error",
          output: `${OFFICE} Redactie: directie Communicatie @MinVWS.`,
        },
      ],
    },
    {
      case: bio(OFFICE, { account: { ministryHandle: "@MinVWS", ministry: "VWS" } }),
      errors: [{ output: `${OFFICE} Redactie: directie Communicatie @MinVWS.` }],
    },
    {
      case: bio(OFFICE, { account: { ministry: "VWS" } }),
      errors: [{ output: `${OFFICE} Redactie: directie Communicatie VWS.` }],
    },
    { case: bio(OFFICE), errors: [{ output: `${OFFICE} Redactie: directie Communicatie.` }] },
    {
      case: bio("", { account: { ministryHandle: "MinVWS" } }),
      errors: [{ fix: { type: "replace", start: 0, end: 0, text: "Redactie: directie Communicatie @MinVWS." } }],
    },
    {
      case: bio(`${OFFICE} `),
      errors: [{ output: `${OFFICE} Redactie: directie Communicatie.` }],
    },
    {
      case: bio(OFFICE, {
        options: { templates: { managedBy: "Beheer: {ministry}." } },
        account: { ministryHandle: "MinVWS" },
      }),
      errors: [{ output: `${OFFICE} Beheer: @MinVWS.` }],
    },
    // "Beheerd door Team X" does not count, even when the ministry's handle appears elsewhere.
    { case: bio("Minister van VWS. Beheerd door Team Agema. Volg ook @MinVWS."), errors: [{ messageId: "missing" }] },
    { case: bio("Minister van VWS. Beheerd door Team Agema, volg ook @MinVWS."), errors: [{ messageId: "missing" }] },
    { case: bio("Minister van VWS | Beheer: Team Agema | @MinVWS"), errors: [{ messageId: "missing" }] },
    // The ministry named only as the office, or only as a hashtag, is not who manages the account.
    { case: bio("Minister van VWS. Webcare: 9-17 uur. #MinVWS"), errors: [{ messageId: "missing" }] },
    { case: bio("Minister van VWS. Redactie: Team Agema"), errors: [{ messageId: "missing" }] },
    // "beheer" inside another word is not a statement about the account.
    {
      case: bio("Staatssecretaris Natuur. Natuurbeheer samen met het ministerie van LNV. Vragen? DM."),
      errors: [{ messageId: "missing" }],
    },
  ],
  notEvaluated: [bio(null), bio(undefined), bio(OFFICE, { type: "hybrid" })],
});

severityTable(RULE, bio(OFFICE), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": "error",
  "x/hybrid": null,
  "instagram/hybrid": null,
  "facebook/hybrid": null,
  "linkedin/hybrid": null,
});
