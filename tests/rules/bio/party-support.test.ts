import { bio, ruleTester, severityTable } from "../rule-tester";

const RULE = "bio/party-support";
const hybrid = { type: "hybrid" as const };
const pvv = { ...hybrid, account: { party: "PVV" } };
const WITHOUT = "Minister van VWS. Ondersteund door ministerie van VWS. Vragen? DM.";

ruleTester(RULE, {
  valid: [
    bio(`${WITHOUT} #TeamPVV`, hybrid),
    bio(`${WITHOUT} #VVD`, hybrid),
    bio("Minister van VWS en PVV-Kamerlid.", hybrid),
    bio(`${WITHOUT} #TeamPVV`, pvv),
    bio(`${WITHOUT} #pvv`, pvv),
    bio(`${WITHOUT} Partij voor de Vrijheid`, pvv),
    bio(`${WITHOUT} #TeamPVV`, { ...hybrid, account: { party: "Partij voor de Vrijheid" } }),
    bio(`${WITHOUT} #GLPvdA`, { ...hybrid, account: { party: "GroenLinks-PvdA" } }),
    bio(`${WITHOUT} #TeamGroenLinksPvdA`, { ...hybrid, account: { party: "GL-PvdA" } }),
    bio(`${WITHOUT} Namens DENK.`, { ...hybrid, account: { party: "DENK" } }),
    // A party that is not in the list: free text, matched literally.
    bio(`${WITHOUT} #TeamLijstNieuw`, { ...hybrid, account: { party: "Lijst Nieuw" } }),
  ],
  invalid: [
    { case: bio(WITHOUT, hybrid), errors: [{ messageId: "missing", severity: "error", fix: null }] },
    { case: bio("", hybrid), errors: [{ messageId: "missing" }] },
    {
      case: bio(WITHOUT, pvv),
      errors: [{ messageId: "missingConfigured", messageIncludes: "#TeamPVV", output: `${WITHOUT} #TeamPVV` }],
    },
    { case: bio(`${WITHOUT} #TeamVVD`, pvv), errors: [{ messageId: "missingConfigured" }] },
    // Ordinary words are not the ambiguous party.
    {
      case: bio(`${WITHOUT} Denk mee!`, { ...hybrid, account: { party: "DENK" } }),
      errors: [{ messageId: "missingConfigured", output: `${WITHOUT} Denk mee! #TeamDENK` }],
    },
    {
      case: bio(`${WITHOUT} 230 volt`, { ...hybrid, account: { party: "Volt" } }),
      errors: [{ messageId: "missingConfigured" }],
    },
    { case: bio("Minister. Denk mee over 230 volt. CU later.", hybrid), errors: [{ messageId: "missing" }] },
    {
      case: bio(WITHOUT, { ...hybrid, account: { party: "Lijst Nieuw" } }),
      errors: [
        { messageId: "missingConfigured", messageIncludes: "Lijst Nieuw", output: `${WITHOUT} #TeamLijstNieuw` },
      ],
    },
    { case: bio(WITHOUT, { ...hybrid, platform: "linkedin" }), errors: [{ severity: "warning" }] },
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
  "linkedin/hybrid": "warning",
});
