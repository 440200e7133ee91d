import { bio, ruleTester, severityTable } from "../rule-tester";

const RULE = "bio/predecessor-archive";
const rutte = { account: { predecessorArchive: "minpresrutte" } };
const BASE = "Minister-president. Redactie: @MinAZ. Webcare op werkdagen.";

ruleTester(RULE, {
  valid: [
    bio(`${BASE} Archief: @minpresrutte`, rutte),
    bio(`${BASE} Archief voorganger: @MinPresRutte.`, rutte),
    bio(`${BASE} (archief: minpresrutte)`, rutte),
    bio(`${BASE} Archief: @minvwskuipers`, { account: { predecessorArchive: "@MinVWSKuipers" } }),
    // Without a configured archive there is nothing to refer to.
    bio(BASE),
    bio(""),
  ],
  invalid: [
    {
      case: bio(BASE, rutte),
      errors: [
        {
          messageId: "missing",
          severity: "warning",
          messageIncludes: "minpresrutte",
          output: `${BASE} Archief voorganger: @minpresrutte`,
        },
      ],
    },
    { case: bio(`${BASE} Archief: @minpresrutte2`, rutte), errors: [{ messageId: "missing" }] },
    { case: bio(`${BASE} #minpresrutte`, rutte), errors: [{ messageId: "missing" }] },
    { case: bio(`${BASE} @oudminpresrutte`, rutte), errors: [{ messageId: "missing" }] },
    {
      case: bio("", { account: { predecessorArchive: "@minvwskuipers" } }),
      errors: [{ output: "Archief voorganger: @minvwskuipers" }],
    },
  ],
  notEvaluated: [
    bio(null, rutte),
    bio(undefined, rutte),
    bio(BASE, { ...rutte, type: "hybrid" }),
    bio(BASE, { ...rutte, platform: "linkedin", type: "showcase" }),
  ],
});

severityTable(RULE, bio(BASE, rutte), {
  "x/corporate": "warning",
  "instagram/corporate": "warning",
  "facebook/corporate": "warning",
  "linkedin/showcase": null,
  "x/hybrid": null,
  "instagram/hybrid": null,
  "facebook/hybrid": null,
  "linkedin/hybrid": null,
});
