import { avatar, ruleTester, severityTable } from "../rule-tester";

const RULE = "avatar/rijkslogo-forbidden";
const hybrid = { type: "hybrid" as const };

ruleTester(RULE, {
  valid: [
    { ...hybrid, options: avatar("absent") },
    { ...hybrid, platform: "linkedin", options: avatar("absent", 0.2) },
  ],
  invalid: [
    {
      case: { ...hybrid, options: avatar("present") },
      errors: [{ messageId: "present", severity: "error", fix: null }],
    },
    {
      case: {
        ...hybrid,
        options: {
          avatar: {
            status: "analysed",
            detection: { outcome: "present", confidence: 0.95, box: { x: 1, y: 2, width: 30, height: 40 } },
          },
        },
      },
      errors: [{ messageId: "present" }],
    },
    { case: { ...hybrid, options: avatar("uncertain") }, errors: [{ messageId: "uncertain", severity: "warning" }] },
    {
      case: {
        ...hybrid,
        options: {
          avatar: {
            status: "analysed",
            detection: { outcome: "uncertain", confidence: 0.5, reason: { nl: "te klein", en: "too small" } },
          },
        },
      },
      errors: [{ messageId: "uncertainBecause", severity: "warning" }],
    },
    {
      case: { ...hybrid, options: { ...avatar("present"), ruleSettings: { [RULE]: "warning" } } },
      errors: [{ severity: "warning" }],
    },
  ],
  notEvaluated: [
    { ...hybrid, profile: { avatar: null }, options: avatar("present") },
    { ...hybrid, profile: { avatar: undefined }, options: avatar("present") },
    { ...hybrid, name: "hybrid, image not analysed" },
    { ...hybrid, options: { avatar: { status: "unreadable", reason: "Bestand niet gevonden" } } },
    { ...hybrid, options: { ...avatar("present"), ruleSettings: { [RULE]: "off" } } },
    { name: "corporate", options: avatar("present") },
  ],
});

severityTable(
  RULE,
  { options: avatar("present") },
  {
    "x/corporate": null,
    "instagram/corporate": null,
    "facebook/corporate": null,
    "linkedin/showcase": null,
    "x/hybrid": "error",
    "instagram/hybrid": "error",
    "facebook/hybrid": "error",
    "linkedin/hybrid": "error",
  },
);
