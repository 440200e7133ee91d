import { handle, ruleTester, severityTable } from "../rule-tester";

const RULE = "handle/person-name";
const hybrid = { type: "hybrid" as const };

ruleTester(RULE, {
  valid: [
    handle("fleuragema", hybrid),
    handle("DickSchoof", hybrid),
    handle("@eelcoheinen", hybrid),
    handle("MinisterAgema", hybrid),
    handle("minpresschoof", hybrid),
    handle("Stas_Tielen", hybrid),
    handle("", hybrid),
    { ...hybrid, platform: "instagram", profile: { handle: "fleur.agema" } },
  ],
  invalid: [
    {
      case: handle("MinisterVWS", hybrid),
      errors: [{ messageId: "officeHandle", severity: "warning", messageIncludes: "MinisterVWS" }],
    },
    { case: handle("@MinPres", hybrid), errors: [{ messageId: "officeHandle", messageIncludes: "MinPres" }] },
    { case: handle("StasMijnbouw", hybrid), errors: [{ messageId: "officeHandle" }] },
    { case: { ...hybrid, platform: "instagram", profile: { handle: "minlnv" } }, errors: [{ severity: "warning" }] },
  ],
  notEvaluated: [
    handle(null, hybrid),
    handle(undefined, hybrid),
    { ...hybrid, platform: "facebook", profile: { handle: "MinisterVWS" } },
    { ...hybrid, platform: "linkedin", profile: { handle: "MinisterVWS" } },
    { type: "corporate", profile: { handle: "MinisterVWS" } },
  ],
});

severityTable(RULE, handle("MinisterVWS"), {
  "x/corporate": null,
  "instagram/corporate": null,
  "facebook/corporate": null,
  "linkedin/showcase": null,
  "x/hybrid": "warning",
  "instagram/hybrid": "warning",
  "facebook/hybrid": null,
  "linkedin/hybrid": null,
});
