import { avatar, ruleTester, severityTable } from "../rule-tester";

const RULE = "avatar/rijkslogo-required";

ruleTester(RULE, {
  valid: [
    { options: avatar("present") },
    { options: avatar("present", 0.51) },
    { platform: "linkedin", type: "showcase", options: avatar("present") },
  ],
  invalid: [
    { case: { options: avatar("absent") }, errors: [{ messageId: "absent", severity: "error", fix: null }] },
    { case: { options: avatar("absent", 0.3) }, errors: [{ messageId: "absent", severity: "error" }] },
    // The detector's doubt is reported as a warning at most.
    { case: { options: avatar("uncertain", 0.6) }, errors: [{ messageId: "uncertain", severity: "warning" }] },
    {
      case: { options: { ...avatar("uncertain"), ruleSettings: { [RULE]: "info" } } },
      errors: [{ messageId: "uncertain", severity: "info" }],
    },
    {
      case: { platform: "linkedin", type: "showcase", options: avatar("absent") },
      errors: [{ messageId: "absent", severity: "error" }],
    },
  ],
  notEvaluated: [
    { name: "avatar field unknown", profile: { avatar: null }, options: avatar("absent") },
    { name: "avatar field absent", profile: { avatar: undefined }, options: avatar("absent") },
    { name: "image not analysed" },
    {
      name: "image unreadable",
      options: { avatar: { status: "unreadable", reason: "Geen PNG, JPEG of WebP" } },
    },
    { name: "hybrid", type: "hybrid", options: avatar("absent") },
  ],
});

severityTable(
  RULE,
  { options: avatar("absent") },
  {
    "x/corporate": "error",
    "instagram/corporate": "error",
    "facebook/corporate": "error",
    "linkedin/showcase": "error",
    "x/hybrid": null,
    "instagram/hybrid": null,
    "facebook/hybrid": null,
    "linkedin/hybrid": null,
  },
);
