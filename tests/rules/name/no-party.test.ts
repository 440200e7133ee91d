import { displayName, ruleTester, severityTable } from "../rule-tester";

const RULE = "name/no-party";

ruleTester(RULE, {
  valid: [
    displayName("Fleur Agema"),
    displayName("Mona Keijzer"),
    displayName("Pieter Omtzigt"),
    displayName("Denk Jansen"),
    displayName("Sophie Volt"),
    displayName("Cu Nguyen"),
    displayName("Bas van Splinter"),
    displayName("Minister van VWS"),
    displayName(""),
  ],
  invalid: [
    {
      case: displayName("Fleur Agema (PVV)"),
      errors: [{ messageId: "party", severity: "error", start: 13, end: 16, text: "PVV", messageIncludes: "PVV" }],
    },
    { case: displayName("Dilan Yeşilgöz | VVD"), errors: [{ text: "VVD" }] },
    { case: displayName("Dilan Yeşilgöz ＶＶＤ"), errors: [{ text: "ＶＶＤ", messageIncludes: "VVD" }] },
    { case: displayName("Mona Keijzer BBB"), errors: [{ text: "BBB" }] },
    { case: displayName("Hugo de Jonge - CDA"), errors: [{ text: "CDA" }] },
    { case: displayName("Hugo de Jonge СDA"), errors: [{ text: "СDA", messageIncludes: "CDA" }] },
    { case: displayName("Rob Jetten D66"), errors: [{ text: "D66" }] },
    { case: displayName("Frans Timmermans GroenLinks-PvdA"), errors: [{ text: "GroenLinks-PvdA" }] },
    { case: displayName("Eppo Bruins #TeamNSC"), errors: [{ text: "#TeamNSC" }] },
    {
      case: displayName("Fleur Agema (PVV)", { platform: "linkedin", type: "showcase" }),
      errors: [{ severity: "error" }],
    },
  ],
  notEvaluated: [displayName(null), displayName(undefined), displayName("Fleur Agema (PVV)", { type: "hybrid" })],
});

severityTable(RULE, displayName("Fleur Agema (PVV)"), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": "error",
  "x/hybrid": null,
  "instagram/hybrid": null,
  "facebook/hybrid": null,
  "linkedin/hybrid": null,
});
