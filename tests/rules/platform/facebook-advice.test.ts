import { ruleTester, severityTable } from "../rule-tester";

const RULE = "platform/facebook-advice";
const UNKNOWN = { displayName: null, handle: null, bio: null, links: null, avatar: null, verified: null };

ruleTester(RULE, {
  invalid: [
    {
      case: { platform: "facebook" },
      errors: [{ messageId: "advice", severity: "info", fix: null, messageIncludes: "Facebook" }],
    },
    { case: { platform: "facebook", type: "hybrid" }, errors: [{ messageId: "advice", severity: "info" }] },
    // It reads no field: shown even when nothing about the profile is known.
    { case: { platform: "facebook", profile: UNKNOWN }, errors: [{ severity: "info" }] },
    {
      case: { platform: "facebook", options: { ruleSettings: { [RULE]: "warning" } } },
      errors: [{ severity: "warning" }],
    },
  ],
  notEvaluated: [
    { platform: "x" },
    { platform: "instagram", type: "hybrid" },
    { platform: "linkedin", type: "showcase" },
    { platform: "facebook", options: { ruleSettings: { [RULE]: "off" } } },
  ],
});

severityTable(
  RULE,
  {},
  {
    "x/corporate": null,
    "instagram/corporate": null,
    "facebook/corporate": "info",
    "linkedin/showcase": null,
    "x/hybrid": null,
    "instagram/hybrid": null,
    "facebook/hybrid": "info",
    "linkedin/hybrid": null,
  },
);
