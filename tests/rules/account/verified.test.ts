import { ruleTester, severityTable } from "../rule-tester";

const RULE = "account/verified";

ruleTester(RULE, {
  valid: [{ profile: { verified: true } }, { type: "hybrid", platform: "facebook", profile: { verified: true } }],
  invalid: [
    { case: { profile: { verified: false } }, errors: [{ messageId: "notVerified", severity: "error", fix: null }] },
    { case: { type: "hybrid", platform: "linkedin", profile: { verified: false } }, errors: [{ severity: "error" }] },
    {
      case: { profile: { verified: false }, options: { lang: "en" } },
      errors: [{ messageId: "notVerified", messageIncludes: "not verified" }],
    },
  ],
  notEvaluated: [
    { profile: { verified: null } },
    { profile: { verified: undefined } },
    { platform: "linkedin", type: "showcase", profile: { verified: false } },
    { profile: { verified: false }, options: { ruleSettings: { [RULE]: "off" } } },
  ],
});

severityTable(
  RULE,
  { profile: { verified: false } },
  {
    "x/corporate": "error",
    "instagram/corporate": "error",
    "facebook/corporate": "error",
    "linkedin/showcase": null,
    "x/hybrid": "error",
    "instagram/hybrid": "error",
    "facebook/hybrid": "error",
    "linkedin/hybrid": "error",
  },
);
