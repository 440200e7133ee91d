import { displayName, ruleTester, severityTable } from "../rule-tester";

const RULE = "name/full-name";
const agema = { account: { minister: "Fleur Agema" } };

ruleTester(RULE, {
  valid: [
    displayName("Fleur Agema"),
    displayName("Dick Schoof"),
    displayName("Hugo de Jonge"),
    displayName("Jan-Willem van der Berg"),
    displayName("Marjolein Faber-van de Klashorst"),
    displayName("Femke Marije Wiersma"),
    displayName("Mariëlle Paul"),
    displayName("Zsolt Szabó"),
    displayName("Ingrid Coenradie"),
    displayName("Eppo Bruins"),
    displayName("Dirk ter Horst"),
    displayName("Wopke Hoekstra", { platform: "instagram" }),
    // Configured: case, diacritics and white space are folded.
    displayName("Fleur Agema", agema),
    displayName("fleur  AGEMA", agema),
    displayName(" Fleur Agema ", agema),
    displayName("Marielle Paul", { account: { minister: "Mariëlle Paul" } }),
    displayName("Ｆｌｅｕｒ Ａｇｅｍａ", agema),
  ],
  invalid: [
    {
      case: displayName("Minister van VWS"),
      errors: [{ messageId: "notAPersonName", severity: "error", messageIncludes: "Minister van VWS", fix: null }],
    },
    { case: displayName("Minister-president Dick Schoof"), errors: [{ messageId: "notAPersonName" }] },
    { case: displayName("Staatssecretaris Jeugd, Preventie en Sport"), errors: [{ messageId: "notAPersonName" }] },
    { case: displayName("Ministerie van VWS"), errors: [{ messageId: "notAPersonName" }] },
    { case: displayName("MinPres"), errors: [{ messageId: "notAPersonName" }] },
    { case: displayName("Agema"), errors: [{ messageId: "notAPersonName" }] },
    { case: displayName("Fleur Agema (PVV)"), errors: [{ messageId: "notAPersonName" }] },
    { case: displayName("Fleur Agema 🇳🇱"), errors: [{ messageId: "notAPersonName" }] },
    { case: displayName("Fleur Agema | Minister"), errors: [{ messageId: "notAPersonName" }] },
    { case: displayName("Fleur Agema2"), errors: [{ messageId: "notAPersonName" }] },
    { case: displayName(""), errors: [{ messageId: "notAPersonName" }] },
    {
      case: displayName("Minister Fleur Agema", { platform: "instagram" }),
      errors: [{ messageId: "notAPersonName", severity: "warning" }],
    },
    // Configured: anything added makes it differ; the fix restores the configured name.
    {
      case: displayName("Fleur Agema - Minister", agema),
      errors: [
        {
          messageId: "differsFromMinister",
          severity: "error",
          messageIncludes: "Fleur Agema - Minister",
          fix: { type: "replace", start: 0, end: 22, text: "Fleur Agema" },
          output: "Fleur Agema",
        },
      ],
    },
    { case: displayName("Fleur Agema 🇳🇱", agema), errors: [{ messageId: "differsFromMinister" }] },
    { case: displayName("Dr. Fleur Agema", agema), errors: [{ messageId: "differsFromMinister" }] },
    { case: displayName("Fleur Agema PVV", agema), errors: [{ messageId: "differsFromMinister" }] },
    { case: displayName("Dick Schoof", agema), errors: [{ messageId: "differsFromMinister", output: "Fleur Agema" }] },
    { case: displayName("", agema), errors: [{ messageId: "differsFromMinister", output: "Fleur Agema" }] },
  ],
  notEvaluated: [
    displayName(null),
    displayName(undefined),
    displayName("Minister van VWS", { type: "hybrid" }),
    displayName("Minister van VWS", { platform: "linkedin", type: "showcase" }),
  ],
});

severityTable(RULE, displayName("Minister van VWS"), {
  "x/corporate": "error",
  "instagram/corporate": "warning",
  "facebook/corporate": "warning",
  "linkedin/showcase": null,
  "x/hybrid": null,
  "instagram/hybrid": null,
  "facebook/hybrid": null,
  "linkedin/hybrid": null,
});
