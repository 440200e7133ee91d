import { describe, expect, it } from "vitest";
import { avatar, findingsOf, ruleTester, severityTable } from "../rule-tester";

const RULE = "avatar/rijkslogo-required";
const uncertainBecause = {
  avatar: {
    status: "analysed" as const,
    detection: {
      outcome: "uncertain" as const,
      confidence: 0.5,
      reason: { nl: "het wapen is te klein", en: "the emblem is too small" },
    },
  },
};

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
    // The detector's reason for its doubt is shown.
    {
      case: { options: uncertainBecause },
      errors: [{ messageId: "uncertainBecause", severity: "warning" }],
    },
    {
      case: { options: { ...uncertainBecause, lang: "en" } },
      errors: [{ messageId: "uncertainBecause", severity: "warning" }],
    },
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

describe(RULE, () => {
  it("names the detector's reason for its doubt, in the language asked", () => {
    expect(findingsOf(RULE, { options: uncertainBecause })[0].message).toContain("het wapen is te klein");
    expect(findingsOf(RULE, { options: { ...uncertainBecause, lang: "en" } })[0].message).toContain(
      "the emblem is too small",
    );
  });
});
