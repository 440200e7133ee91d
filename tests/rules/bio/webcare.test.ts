import { bio, ruleTester, severityTable } from "../rule-tester";

const RULE = "bio/webcare";
const hybrid = { type: "hybrid" as const };
const NO_WEBCARE = "Minister van VWS. Redactie: directie Communicatie @MinVWS.";
const TEMPLATE = "Vragen? Webcare reageert op werkdagen van 9.00 tot 17.00 uur.";

ruleTester(RULE, {
  valid: [
    bio(`${NO_WEBCARE} Webcare op werkdagen 9-17 uur.`),
    bio(`${NO_WEBCARE} Vragen? We reageren op werkdagen.`),
    bio(`${NO_WEBCARE} Vragen? Stuur een DM.`),
    bio(`${NO_WEBCARE} Reactie binnen 2 werkdagen.`),
    bio(`${NO_WEBCARE} Berichten worden ma-vr gelezen.`),
    bio(`${NO_WEBCARE} Bereikbaar maandag t/m vrijdag.`),
    bio(`${NO_WEBCARE} Bereikbaar van 9.00 tot 17.00 uur.`),
    bio(`${NO_WEBCARE} Heb je een vraag? Kijk op rijksoverheid.nl/contact.`),
    bio(`${NO_WEBCARE} Antwoorden op je vragen via Informatie Rijksoverheid.`),
    bio("Minister. Questions? We respond on weekdays.", { platform: "linkedin", type: "showcase" }),
    bio("Minister van VWS. Ondersteund door @MinVWS en #TeamPVV. Vragen? DM ons.", hybrid),
  ],
  invalid: [
    {
      case: bio(NO_WEBCARE),
      errors: [{ messageId: "missing", severity: "error", output: `${NO_WEBCARE} ${TEMPLATE}` }],
    },
    { case: bio(""), errors: [{ fix: { type: "replace", start: 0, end: 0, text: TEMPLATE } }] },
    {
      case: bio(NO_WEBCARE, { options: { templates: { webcare: "Webcare: ma-vr 8-20 uur." } } }),
      errors: [{ output: `${NO_WEBCARE} Webcare: ma-vr 8-20 uur.` }],
    },
    // A support disclosure alone says nothing about who answers questions.
    {
      case: bio("Minister van VWS. Ondersteund door ministerie van VWS en #TeamPVV.", hybrid),
      errors: [{ messageId: "missing" }],
    },
    { case: bio("Minister van VWS. Vraagt aandacht voor de zorg."), errors: [{ messageId: "missing" }] },
    {
      case: bio("Minister van Onderwijs. Contactonderzoek en reacties op beleid."),
      errors: [{ messageId: "missing" }],
    },
  ],
  notEvaluated: [bio(null), bio(undefined, hybrid)],
});

severityTable(RULE, bio(NO_WEBCARE), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": "error",
  "x/hybrid": "error",
  "instagram/hybrid": "error",
  "facebook/hybrid": "error",
  "linkedin/hybrid": "error",
});
