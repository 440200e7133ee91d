import { displayName, ruleTester, severityTable } from "../rule-tester";

const RULE = "name/length";
const FIFTY = "Wilhelmina Johanna Adriana van Oranje-Nassau-Dietz"; // 50

ruleTester(RULE, {
  valid: [
    displayName(FIFTY, { name: "X: exactly 50" }),
    displayName("Fleur Agema", { platform: "instagram" }),
    displayName("Fleur Agema", { platform: "linkedin", type: "showcase" }),
    displayName(`${FIFTY}x`, { options: { maxLength: { displayName: 60 } }, name: "page maxlength wins" }),
  ],
  invalid: [
    {
      name: "X: 51/50",
      case: displayName(`${FIFTY}x`),
      errors: [{ messageId: "tooLong", messageIncludes: "51/50 tekens", severity: "error", start: 50, end: 51 }],
    },
    {
      name: "emoji counted as two units",
      case: displayName(`${FIFTY.slice(0, 49)}🇳🇱`),
      errors: [{ messageIncludes: "53/50", start: 49, end: 53 }],
    },
    {
      name: "Instagram 31/30",
      case: displayName("Wilhelmina Johanna van Oranje-N", { platform: "instagram" }),
      errors: [{ messageIncludes: "31/30" }],
    },
    {
      name: "Facebook with the page's maxlength",
      case: displayName("Fleur Agema", { platform: "facebook", options: { maxLength: { displayName: 5 } } }),
      errors: [{ messageIncludes: "11/5", start: 5 }],
    },
  ],
  notEvaluated: [
    // No limit known for Facebook names: not evaluated rather than passed.
    displayName("Fleur Agema", { platform: "facebook" }),
    displayName(null),
  ],
});

severityTable(RULE, displayName("x".repeat(120)), {
  "x/corporate": "error",
  "x/hybrid": "error",
  "instagram/corporate": "error",
  "instagram/hybrid": "error",
  "facebook/corporate": null,
  "facebook/hybrid": null,
  "linkedin/showcase": "error",
  "linkedin/hybrid": "error",
});
