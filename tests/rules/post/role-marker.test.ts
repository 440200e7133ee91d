import { post, reply, ruleTester, severityTable } from "../rule-tester";

const RULE = "post/role-marker";
const AGEMA = { party: "PVV", ministryHandle: "MinVWS", partyMarker: "#TeamPVV", ministerMarker: "-FA" };
const hybrid = (role: "ministry" | "party" | "minister" | null | undefined, account: object = AGEMA) => ({
  type: "hybrid" as const,
  account,
  role,
});

ruleTester(RULE, {
  valid: [
    post("Campagne in Venlo! #TeamPVV", hybrid("party")),
    post("Campagne in Venlo! #teampvv.", hybrid("party")),
    // Any hashtag of the party counts.
    post("Campagne in Venlo! #PVV", hybrid("party")),
    // Default marker: #Team + the party's short name.
    post("Campagne! #TeamPVV", hybrid("party", { party: "PVV" })),
    post("Campagne! #TeamGLPvdA", hybrid("party", { party: "GroenLinks-PvdA" })),
    post("Campagne! #TeamLijstNieuw", hybrid("party", { party: "Lijst Nieuw" })),
    // The minister's marker, with trailing punctuation.
    post("Wat een dag in het ziekenhuis. -FA.", hybrid("minister")),
    post("-FA: wat een dag.", hybrid("minister")),
  ],
  invalid: [
    {
      name: "a party post without its marker; the fix adds it",
      case: post("Campagne in Venlo!", hybrid("party")),
      errors: [{ messageId: "missingParty", severity: "error", output: "Campagne in Venlo! #TeamPVV" }],
    },
    {
      name: "#TeamPVVers is not #TeamPVV",
      case: post("Dank aan alle #TeamPVVers", hybrid("party")),
      errors: [{ messageId: "missingParty" }],
    },
    {
      name: "TeamPVV without # is not the hashtag marker",
      case: post("Dank TeamPVV", hybrid("party")),
      errors: [{ messageId: "missingParty", output: "Dank TeamPVV #TeamPVV" }],
    },
    {
      name: "another party's hashtag is not the marker",
      case: post("Campagne #TeamVVD", hybrid("party")),
      errors: [{ messageId: "missingParty" }],
    },
    {
      case: post("Wat een dag.", hybrid("minister")),
      errors: [{ messageId: "missingMinister", output: "Wat een dag. -FA" }],
    },
    {
      name: "the marker as part of a word does not count",
      case: post("Wat een dag.-FAB", hybrid("minister")),
      errors: [{ messageId: "missingMinister" }],
    },
    {
      name: "no minister marker configured: a warning that says so",
      case: post("Wat een dag.", hybrid("minister", { party: "PVV" })),
      errors: [{ messageId: "noMarkerMinister", severity: "warning", fix: null }],
    },
    {
      name: "no party known: a warning that says so",
      case: post("Campagne!", hybrid("party", {})),
      errors: [{ messageId: "noMarkerParty", severity: "warning" }],
    },
  ],
  notEvaluated: [
    post("Nieuwe regeling voor mantelzorgers.", hybrid("ministry")),
    // Corporate and showcase accounts: everything is the ministry's.
    post("Campagne!", { account: AGEMA, role: "party" }),
    post("Campagne!", { platform: "linkedin", type: "showcase", account: AGEMA }),
    // Posts only; a reply has its own marker rule.
    reply("Campagne!", hybrid("party")),
  ],
  notChecked: [post("Campagne!", hybrid(undefined)), post("Campagne!", hybrid(null))],
});

severityTable(RULE, post("Campagne!", { role: "party", account: AGEMA }), {
  "x/corporate": null,
  "instagram/corporate": null,
  "facebook/corporate": null,
  "linkedin/showcase": null,
  "x/hybrid": "error",
  "instagram/hybrid": "error",
  "facebook/hybrid": "error",
  "linkedin/hybrid": "error",
});
