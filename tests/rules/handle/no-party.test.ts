import { handle, ruleTester, severityTable } from "../rule-tester";

const RULE = "handle/no-party";
const hybrid = { type: "hybrid" as const };

ruleTester(RULE, {
  valid: [
    handle("MinisterVWS"),
    handle("MinPres"),
    handle("spoorminister", hybrid),
    handle("StasCurriculum", hybrid),
    handle("marijkedenkers", hybrid),
    handle("voltagemeter", hybrid),
    handle("MinisterSZW"),
    handle("fleuragema", hybrid),
    handle("bijlsma", hybrid),
    handle("Denkertje", hybrid),
    handle("SPoelman", hybrid),
    handle("cubaanse_sara", hybrid),
    handle("", hybrid),
  ],
  invalid: [
    {
      case: handle("AyoubDENK", hybrid),
      errors: [{ messageId: "party", severity: "error", start: 5, end: 9, text: "DENK", messageIncludes: "DENK" }],
    },
    { case: handle("Stas_SP", hybrid), errors: [{ start: 5, end: 7, text: "SP" }] },
    { case: handle("@Stas_SP", hybrid), errors: [{ start: 6, end: 8, text: "SP" }] },
    { case: handle("TeamVVD", hybrid), errors: [{ text: "VVD" }] },
    { case: handle("dilanVVD", hybrid), errors: [{ text: "VVD" }] },
    { case: handle("cdavandaag", hybrid), errors: [{ start: 0, end: 10, messageIncludes: "CDA" }] },
    { case: handle("@SPnl", hybrid), errors: [{ start: 0, end: 5, messageIncludes: "SP" }] },
    { case: handle("MinisterPVV"), errors: [{ text: "PVV" }] },
    { case: handle("groenlinksfleur", hybrid), errors: [{ text: "groenlinks" }] },
    { case: handle("Mona_BBB", hybrid), errors: [{ text: "BBB" }] },
    { case: handle("Jan_BIJ1", hybrid), errors: [{ text: "BIJ1" }] },
    { case: handle("jesse_d66", hybrid), errors: [{ text: "d66" }] },
    { case: handle("Ingrid_JA21", hybrid), errors: [{ text: "JA21" }] },
  ],
  notEvaluated: [handle(null), handle(undefined, hybrid)],
});

severityTable(RULE, handle("TeamVVD"), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": "error",
  "x/hybrid": "error",
  "instagram/hybrid": "error",
  "facebook/hybrid": "error",
  "linkedin/hybrid": "error",
});
