import { bio, ruleTester, severityTable } from "../rule-tester";

const RULE = "bio/ministry-account";
const vws = { account: { ministryHandle: "MinVWS" } };
const BASE = "Minister van VWS. Webcare op werkdagen 9-17 uur.";

ruleTester(RULE, {
  valid: [
    bio(`${BASE} Redactie: @MinVWS`, vws),
    bio(`${BASE} Volg ook @minvws.`, vws),
    bio(`${BASE} Ministerie: MinVWS`, vws),
    bio(`${BASE} (@MinVWS)`, { account: { ministryHandle: "@minvws" } }),
    // Unconfigured: any known ministry account.
    bio("Minister van BZK. Zie ook @MinBZK."),
    bio("Minister van Financiën | @MinFin"),
    bio("Minister-president. Volg @RijksoverheidNL."),
  ],
  invalid: [
    {
      case: bio(BASE, vws),
      errors: [
        { messageId: "missingConfigured", severity: "error", messageIncludes: "@MinVWS", output: `${BASE} @MinVWS` },
      ],
    },
    {
      case: bio(`${BASE} Zie @MinVWSpers.`, vws),
      errors: [{ messageId: "missingConfigured", output: `${BASE} Zie @MinVWSpers. @MinVWS` }],
    },
    { case: bio(`${BASE} #MinVWS`, vws), errors: [{ messageId: "missingConfigured" }] },
    {
      name: "the configured handle wins over other ministry handles",
      case: bio(`${BASE} @MinBZK`, vws),
      errors: [{ messageId: "missingConfigured" }],
    },
    {
      case: bio("", { account: { ministryHandle: "@MinVWS" } }),
      errors: [{ output: "@MinVWS", messageIncludes: "@MinVWS." }],
    },
    { case: bio("Minister van BZK. Zie @MinBZKpers."), errors: [{ messageId: "missing", fix: null }] },
    { case: bio("Minister van VWS. Ministerie van VWS."), errors: [{ messageId: "missing", fix: null }] },
  ],
  notEvaluated: [bio(null, vws), bio(undefined), bio(BASE, { type: "hybrid" })],
});

severityTable(RULE, bio(BASE, vws), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": "error",
  "x/hybrid": null,
  "instagram/hybrid": null,
  "facebook/hybrid": null,
  "linkedin/hybrid": null,
});
