import { handle, ruleTester, severityTable } from "../rule-tester";

const RULE = "handle/office-name";

ruleTester(RULE, {
  valid: [
    handle("MinPres"),
    handle("@MinPres"),
    handle("minpres"),
    handle("MinisterPresident"),
    handle("MinisterVWS"),
    handle("@MinisterVWS"),
    handle("MinisterLNV"),
    handle("MinVWS"),
    handle("MinBZK"),
    handle("MinDefensie"),
    handle("MinisterIenW"),
    handle("MinisterLVVN"),
    handle("MinisterAenM"),
    handle("MinisterKGG"),
    handle("StasMijnbouw"),
    handle("StasKlimaat"),
    handle("StasHerstelGroningen"),
    handle("Stas_BZK"),
    handle("StaatssecretarisFiscaliteit"),
    handle("StaatssecretarisRechtsbescherming"),
    handle("MinisterVoorMedischeZorg"),
    handle("StasToeslagenEnDouane"),
    handle("ministerfin"),
    { name: "instagram corporate", platform: "instagram", profile: { handle: "ministervws" } },
    // Configured: compared case-insensitively, with or without "@".
    handle("ministervws", { account: { handle: "@MinisterVWS" } }),
    handle("@MinPres", { account: { handle: "minpres" } }),
  ],
  invalid: [
    {
      case: handle("MinisterAgema"),
      errors: [{ messageId: "notOffice", severity: "error", messageIncludes: "MinisterAgema" }],
    },
    { case: handle("minpresschoof"), errors: [{ messageId: "notOffice" }] },
    { case: handle("fleuragema"), errors: [{ messageId: "notOffice" }] },
    { case: handle("Minister"), errors: [{ messageId: "notOffice" }] },
    { case: handle("MinisterVWSpers"), errors: [{ messageId: "notOffice" }] },
    { case: handle("RijksoverheidNL"), errors: [{ messageId: "notOffice" }] },
    { case: handle("StasCurriculum"), errors: [{ messageId: "notOffice" }] },
    { case: handle("MinisterVWS_Agema"), errors: [{ messageId: "notOffice" }] },
    { case: handle(""), errors: [{ messageId: "notOffice" }] },
    { case: { platform: "instagram", profile: { handle: "fleur.agema" } }, errors: [{ severity: "error" }] },
    // Configured handle: whole handles only.
    {
      case: handle("MinBZKpers", { account: { handle: "MinBZK" } }),
      errors: [{ messageId: "differsFromConfigured", messageIncludes: "MinBZK" }],
    },
    {
      case: handle("MinisterVWS", { account: { handle: "@StasJeugd" } }),
      errors: [{ messageId: "differsFromConfigured", messageIncludes: "@StasJeugd" }],
    },
    {
      name: "configured expected handle that is itself personal still differs from an office handle",
      case: handle("MinPres", { account: { handle: "minpresschoof" } }),
      errors: [{ messageId: "differsFromConfigured" }],
    },
  ],
  notEvaluated: [
    handle(null),
    handle(undefined),
    { platform: "facebook", type: "corporate", profile: { handle: "fleuragema" } },
    { platform: "linkedin", type: "showcase", profile: { handle: "fleuragema" } },
    { platform: "x", type: "hybrid", profile: { handle: "fleuragema" } },
  ],
});

severityTable(RULE, handle("MinisterAgema"), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": null,
  "linkedin/showcase": null,
  "x/hybrid": null,
  "instagram/hybrid": null,
  "facebook/hybrid": null,
  "linkedin/hybrid": null,
});
