import { bio, ruleTester, severityTable } from "../rule-tester";

const RULE = "bio/ministry-support";
const hybrid = { type: "hybrid" as const };
const WITHOUT = "Minister van VWS en PVV-Kamerlid. #TeamPVV. Vragen? We reageren op werkdagen.";

ruleTester(RULE, {
  valid: [
    bio("Minister van VWS. Ondersteund door ministerie van VWS en #TeamPVV.", hybrid),
    bio("Minister van VWS. Ondersteuning: @MinVWS en #TeamPVV.", hybrid),
    bio("Minister van SZW. #MinSZW #TeamCDA", hybrid),
    bio("Minister van VWS. #MinVWS", { ...hybrid, account: { ministry: "VWS" } }),
    bio("Minister. #MinisterieVWS", { ...hybrid, account: { ministryHandle: "MinisterieVWS" } }),
    bio("Minister van VWS. Berichten geplaatst door de directie Communicatie.", hybrid),
    bio("Minister van VWS. Redactie: ministerie van VWS & #TeamPVV", hybrid),
    bio("Minister van Defensie. Supported by the Ministry of Defence and the party.", {
      ...hybrid,
      platform: "linkedin",
    }),
    bio("Staatssecretaris. Ondersteund door het departement.", hybrid),
    bio("Minister van VWS. Ondersteuning: #TeamPVV, ministerie van VWS.", hybrid),
    bio("Minister van VWS. Ondersteund door #TeamPVV en het ministerie.", hybrid),
  ],
  invalid: [
    {
      case: bio(WITHOUT, { ...hybrid, account: { ministry: "VWS" } }),
      errors: [{ messageId: "missing", severity: "error", output: `${WITHOUT} Ondersteund door ministerie van VWS.` }],
    },
    {
      case: bio(WITHOUT, { ...hybrid, account: { ministry: "VWS", ministryHandle: "@MinVWS" } }),
      errors: [{ output: `${WITHOUT} Ondersteund door @MinVWS.` }],
    },
    { case: bio(WITHOUT, hybrid), errors: [{ messageId: "missing", fix: null }] },
    {
      case: bio("", { ...hybrid, account: { ministryHandle: "MinVWS" } }),
      errors: [{ output: "Ondersteund door @MinVWS." }],
    },
    // Naming the office is not a disclosure.
    { case: bio("Minister van VWS. #TeamPVV", hybrid), errors: [{ messageId: "missing" }] },
    { case: bio("Ondersteund door #TeamPVV, minister van VWS.", hybrid), errors: [{ messageId: "missing" }] },
    { case: bio("Mijn berichten als minister van VWS en PVV'er.", hybrid), errors: [{ messageId: "missing" }] },
    { case: bio("Minister van VWS. Ondersteund door #TeamPVV.", hybrid), errors: [{ messageId: "missing" }] },
    // A handle of a ministry is only a disclosure as a whole handle.
    { case: bio("Minister van BZK. #MinBZKpers #TeamVVD", hybrid), errors: [{ messageId: "missing" }] },
  ],
  notEvaluated: [bio(null, hybrid), bio(undefined, hybrid), bio(WITHOUT)],
});

severityTable(RULE, bio(WITHOUT), {
  "x/corporate": null,
  "instagram/corporate": null,
  "facebook/corporate": null,
  "linkedin/showcase": null,
  "x/hybrid": "error",
  "instagram/hybrid": "error",
  "facebook/hybrid": "error",
  "linkedin/hybrid": "error",
});
