import { post, reply, ruleTester, severityTable } from "../rule-tester";

const RULE = "post/no-party";
const HYBRID = { type: "hybrid" as const, account: { party: "PVV", ministryHandle: "MinVWS" } };

ruleTester(RULE, {
  valid: [
    post("Vandaag op werkbezoek in Zwolle, in samenwerking met gemeenten en zorgaanbieders."),
    post(""),
    // Party words inside ordinary words and the traps of the profile rules.
    post("Denk mee over de toekomst van het spoor! Laadpalen van 230 volt. CU later."),
    post("Onze spoorminister bezocht het bijltje-atelier; zie o.a. het sp. verslag."),
    post("Lees https://www.rijksoverheid.nl/onderwerpen/cda-rapport"),
    // A neutral call to vote.
    post("Ga stemmen! Op 29 oktober kies jij de Tweede Kamer."),
    post("Stem op 29 oktober, het stembureau is open van 7.30 tot 21.00 uur."),
    post("Stem op wie je wilt, maar stem! Ook op woensdag."),
    // The minister's personal account is not a party reference.
    post("Meer van mij persoonlijk: @hugo_cda", { account: { personalHandle: "Hugo_CDA" } }),
    reply("Dank voor je vraag, het staat op rijksoverheid.nl #MinVWS"),
  ],
  invalid: [
    {
      name: "a party hashtag from the minister on a corporate account (every role counts as corporate)",
      case: post("Mooie dag in Venlo! #TeamPVV", { role: "minister" }),
      errors: [{ messageId: "hashtag", severity: "error", text: "#TeamPVV", output: "Mooie dag in Venlo!" }],
    },
    { case: post("Mooie dag. #pvv"), errors: [{ messageId: "hashtag", text: "#pvv" }] },
    { case: post("Mooie dag. #VVDteam"), errors: [{ messageId: "hashtag", text: "#VVDteam" }] },
    { case: post("Namens de VVD: dank!"), errors: [{ messageId: "abbreviation", text: "VVD", fix: null }] },
    {
      case: post("Lid van de Partij voor de Vrijheid."),
      errors: [{ messageId: "name", text: "Partij voor de Vrijheid" }],
    },
    // The obfuscations the profile rules survive.
    { case: post("Dank (ＶＶＤ)."), errors: [{ text: "ＶＶＤ" }] },
    { case: post("Dank (V\u200BVD)."), errors: [{ text: "V\u200BVD" }] },
    { case: post("Dank, СDA."), errors: [{ text: "СDA", messageIncludes: "CDA" }] },
    { case: post("Dank, V.V.D."), errors: [{ text: "V.V.D" }] },
    { case: post("Dank, v-v-d"), errors: [{ text: "v-v-d" }] },
    { case: post("Samen met GL-PvdA"), errors: [{ text: "GL-PvdA", messageIncludes: "GroenLinks-PvdA" }] },
    { case: post("Fractie SP was er ook."), errors: [{ text: "SP" }] },
    {
      case: post("Volg @SPnl voor meer."),
      errors: [{ messageId: "handle", text: "@SPnl", output: "Volg voor meer." }],
    },
    { case: post("Meer op vvd.nl"), errors: [{ messageId: "website", text: "vvd.nl", output: "Meer op" }] },
    // Calls to vote for a party or candidate.
    {
      case: post("Stem op de PVV!"),
      errors: [
        { messageId: "voteCall", text: "Stem op de PVV" },
        { messageId: "abbreviation", text: "PVV" },
      ],
    },
    { case: post("Stem op Fleur Agema."), errors: [{ messageId: "voteCall", text: "Stem op Fleur" }] },
    { case: post("Stem op lijst 3!"), errors: [{ messageId: "voteCall", text: "Stem op lijst 3" }] },
    {
      case: post("Stem op 29 oktober op de PVV."),
      errors: [
        { messageId: "voteCall", text: "Stem op 29 oktober op de PVV" },
        { messageId: "abbreviation", text: "PVV" },
      ],
    },
    {
      case: post("Stem #VVD"),
      errors: [
        { messageId: "voteCall", text: "Stem #VVD" },
        { messageId: "hashtag", text: "#VVD" },
      ],
    },
    { case: post("Kies Fleur op 29 oktober!"), errors: [{ messageId: "voteCall", text: "Kies Fleur op 29 oktober" }] },
    // Replies too; on a hybrid account the ministry's messages.
    { case: reply("Kijk op pvv.nl"), errors: [{ messageId: "website", text: "pvv.nl" }] },
    { case: post("Onze plannen #TeamPVV", { ...HYBRID, role: "ministry" }), errors: [{ severity: "error" }] },
    // On a showcase page as well.
    { case: post("#TeamVVD", { platform: "linkedin", type: "showcase" }), errors: [{ severity: "error" }] },
  ],
  notEvaluated: [
    // On a hybrid account, party content from the party or the minister is allowed (its marker is another rule).
    post("Campagne in Venlo! #TeamPVV", { ...HYBRID, role: "party" }),
    post("Ik stem op de PVV. -FA", { ...HYBRID, role: "minister" }),
    // Off in the configuration.
    post("#TeamPVV", { options: { ruleSettings: { "post/no-party": "off" } } }),
  ],
  notChecked: [post("#TeamPVV", HYBRID), post("#TeamPVV", { ...HYBRID, role: null })],
});

severityTable(RULE, (type) => post("Mooie dag! #TeamVVD", type === "hybrid" ? { role: "ministry" } : {}), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": "error",
  "x/hybrid": "error",
  "instagram/hybrid": "error",
  "facebook/hybrid": "error",
  "linkedin/hybrid": "error",
});
