import { bio, ruleTester, severityTable } from "../rule-tester";

const RULE = "bio/no-party";
const OK = "Minister van VWS. Redactie: directie Communicatie @MinVWS. Webcare op werkdagen 9-17 uur.";

ruleTester(RULE, {
  valid: [
    bio(OK),
    bio(""),
    bio("Minister van Infrastructuur. Denk mee over de toekomst van het spoor: reageer op werkdagen."),
    bio("Staatssecretaris Klimaat. Laadpalen van 230 volt tot snelladers. Vragen? CU later!"),
    bio("Minister van Financiën. Zie o.a. het sp. verslag van de begroting."),
    bio("Meer: https://www.rijksoverheid.nl/onderwerpen/cda-rapport en rijksoverheid.nl/pvv-vragen"),
    bio("Onze spoorminister denkt na over het bijltje en de voltage van de bovenleiding."),
    bio("Minister voor Volkshuisvesting. Denken, doen, Groningen. Webcare: 9-17 uur."),
    bio("Staatssecretaris. Splinternieuwe plannen; ook in Kampen, Volendam en Bijlmer."),
    bio("Minister. Pro-actief en proactief. ProRail en Provincie."),
    bio("Minister van VWS. Geen vvd.nl.example.org maar https://www.rijksoverheid.nl"),
    // The minister's personal account is allowed in a corporate bio.
    bio("Minister van VWS. Persoonlijk account: @Hugo_CDA. Redactie: @MinVWS.", {
      account: { personalHandle: "@hugo_cda" },
    }),
    bio("Minister van VWS. Persoonlijk: @hugo_cda", { account: { personalHandle: "Hugo_CDA" } }),
  ],
  invalid: [
    {
      case: bio("Minister van VWS. #TeamVVD"),
      errors: [
        {
          messageId: "hashtag",
          severity: "error",
          start: 18,
          end: 26,
          text: "#TeamVVD",
          output: "Minister van VWS.",
        },
      ],
    },
    {
      case: bio("#vvd Minister van VWS."),
      errors: [{ messageId: "hashtag", text: "#vvd", output: "Minister van VWS." }],
    },
    { case: bio("Minister. #VVDteam"), errors: [{ messageId: "hashtag", text: "#VVDteam" }] },
    { case: bio("Minister. #D66"), errors: [{ messageId: "hashtag", text: "#D66" }] },
    { case: bio("Minister. #GLPvdA"), errors: [{ messageId: "hashtag", text: "#GLPvdA", messageIncludes: "#GLPvdA" }] },
    {
      case: bio("Minister van VWS namens de VVD."),
      errors: [{ text: "VVD", fix: null, messageIncludes: "VVD ('VVD')" }],
    },
    {
      case: bio("Minister en lid van de Partij voor de Vrijheid."),
      errors: [{ messageId: "name", text: "Partij voor de Vrijheid" }],
    },
    { case: bio("Minister (ＶＶＤ)."), errors: [{ text: "ＶＶＤ" }] },
    { case: bio("Minister (V\u200BVD)."), errors: [{ text: "V\u200BVD" }] },
    { case: bio("Lid van de \u202EVVP\u202C"), errors: [{ text: "VVP", messageIncludes: "PVV" }] },
    { case: bio("Minister. #Team\u202EVVP"), errors: [{ messageId: "hashtag", text: "#Team\u202EVVP" }] },
    { case: bio("Minister, СDA."), errors: [{ text: "СDA", messageIncludes: "CDA" }] },
    { case: bio("Minister, V.V.D."), errors: [{ text: "V.V.D" }] },
    { case: bio("Minister, V V D"), errors: [{ text: "V V D" }] },
    { case: bio("Minister, v-v-d"), errors: [{ text: "v-v-d" }] },
    {
      case: bio("Minister namens GroenLinks-PvdA"),
      errors: [{ text: "GroenLinks-PvdA", messageIncludes: "GroenLinks-PvdA" }],
    },
    { case: bio("Minister namens GL-PvdA"), errors: [{ text: "GL-PvdA", messageIncludes: "GroenLinks-PvdA" }] },
    {
      case: bio("Minister. Volg @SPnl voor meer."),
      errors: [{ messageId: "handle", text: "@SPnl", output: "Minister. Volg voor meer." }],
    },
    {
      case: bio("Minister. Meer op vvd.nl"),
      errors: [{ messageId: "website", text: "vvd.nl", output: "Minister. Meer op" }],
    },
    {
      case: bio("Minister. https://utrecht.cda.nl/nieuws"),
      errors: [{ messageId: "website", text: "https://utrecht.cda.nl/nieuws" }],
    },
    { case: bio("Minister (lid van DENK)."), errors: [{ text: "DENK" }] },
    { case: bio("Minister. DENK-fractie."), errors: [{ text: "DENK" }] },
    { case: bio("Minister namens Volt."), errors: [{ text: "Volt" }] },
    { case: bio("Minister, fractie SP."), errors: [{ text: "SP" }] },
    { case: bio("Minister voor BBB."), errors: [{ text: "BBB" }] },
    // Without the configuration the personal account is just another party handle.
    { case: bio("Minister van VWS. Persoonlijk: @Hugo_CDA"), errors: [{ messageId: "handle", text: "@Hugo_CDA" }] },
    // Allowed is only the configured personal handle, as a whole handle.
    {
      case: bio("Minister. @Hugo_CDA_team", { account: { personalHandle: "Hugo_CDA" } }),
      errors: [{ messageId: "handle", text: "@Hugo_CDA_team" }],
    },
    {
      case: bio("Minister. #TeamVVD en #D66 en pvda.nl"),
      errors: [{ text: "#TeamVVD" }, { text: "#D66" }, { text: "pvda.nl" }],
    },
  ],
  notEvaluated: [bio(null), bio(undefined), bio("#TeamPVV", { type: "hybrid" })],
});

severityTable(RULE, bio("Minister van VWS. #TeamVVD"), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": "error",
  "x/hybrid": null,
  "instagram/hybrid": null,
  "facebook/hybrid": null,
  "linkedin/hybrid": null,
});
