import { post, reply, ruleTester, severityTable } from "../rule-tester";

const RULE = "reply/responder-marker";
const AGEMA = { party: "PVV", ministryHandle: "MinVWS", partyMarker: "#TeamPVV", ministerMarker: "-FA" };
const hybrid = (role: "ministry" | "party" | "minister" | null | undefined, account: object = AGEMA) => ({
  type: "hybrid" as const,
  account,
  role,
});

ruleTester(RULE, {
  valid: [
    // The example of cli.md.
    reply("Dank voor je vraag! Je vindt het op rijksoverheid.nl #MinVWS", hybrid("ministry")),
    reply("Dank voor je vraag! Mail ons via @MinVWS.", hybrid("ministry")),
    reply("Dank! ^MinVWS", hybrid("ministry", { ...AGEMA, ministryMarker: "^MinVWS" })),
    reply("Tot zaterdag in Venlo! #TeamPVV", hybrid("party")),
    reply("Tot zaterdag! #PVV", hybrid("party")),
    reply("Dank je wel, ik kom graag. -FA", hybrid("minister")),
  ],
  invalid: [
    {
      name: "a ministry reply that does not say who answers; the fix adds the ministry marker",
      case: reply("Dank voor je vraag! Je vindt het op rijksoverheid.nl", hybrid("ministry")),
      errors: [
        {
          messageId: "missingMinistry",
          severity: "error",
          output: "Dank voor je vraag! Je vindt het op rijksoverheid.nl #MinVWS",
        },
      ],
    },
    {
      name: "the configured ministry marker comes first",
      case: reply("Dank!", hybrid("ministry", { ...AGEMA, ministryMarker: "^MinVWS" })),
      errors: [{ messageId: "missingMinistry", output: "Dank! ^MinVWS" }],
    },
    {
      name: "#MinVWSpers is not #MinVWS",
      case: reply("Dank! #MinVWSpers", hybrid("ministry")),
      errors: [{ messageId: "missingMinistry" }],
    },
    {
      case: reply("Tot zaterdag!", hybrid("party")),
      errors: [{ messageId: "missingParty", output: "Tot zaterdag! #TeamPVV" }],
    },
    {
      case: reply("Dank je wel.", hybrid("minister")),
      errors: [{ messageId: "missingMinister", output: "Dank je wel. -FA" }],
    },
    {
      name: "no ministry marker known: a warning that says so",
      case: reply("Dank!", hybrid("ministry", { party: "PVV" })),
      errors: [{ messageId: "noMarkerMinistry", severity: "warning" }],
    },
  ],
  notEvaluated: [
    reply("Dank!", { account: AGEMA }),
    reply("Dank!", { platform: "linkedin", type: "showcase", account: AGEMA }),
    post("Dank!", hybrid("ministry")),
  ],
  notChecked: [reply("Dank!", hybrid(undefined)), reply("Dank!", hybrid(null))],
});

severityTable(RULE, reply("Dank!", { role: "ministry", account: AGEMA }), {
  "x/corporate": null,
  "instagram/corporate": null,
  "facebook/corporate": null,
  "linkedin/showcase": null,
  "x/hybrid": "error",
  "instagram/hybrid": "error",
  "facebook/hybrid": "error",
  "linkedin/hybrid": "error",
});
