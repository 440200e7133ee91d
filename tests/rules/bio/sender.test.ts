import { bio, ruleTester, severityTable } from "../rule-tester";

const RULE = "bio/sender";
const hybrid = { type: "hybrid" as const };

ruleTester(RULE, {
  valid: [
    bio("Minister van Volksgezondheid, Welzijn en Sport. Redactie: directie Communicatie @MinVWS."),
    bio("Minister-president van Nederland. Redactie: @MinAZ."),
    bio("Minister-President. Beheer: directie Communicatie AZ."),
    bio("Staatssecretaris Fiscaliteit, Belastingdienst en Douane."),
    bio("Minister voor Medische Zorg."),
    bio("Dit is het account van de minister. Webcare op werkdagen."),
    bio("STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID"),
    bio("Prime Minister of the Netherlands.", { platform: "linkedin", type: "showcase" }),
    bio("Minister van VWS en PVV-Kamerlid. Ondersteund door ministerie van VWS en #TeamPVV.", hybrid),
    bio("Vader, Tukker en staatssecretaris van Defensie. #TeamVVD", hybrid),
  ],
  invalid: [
    {
      case: bio("Ministerie van Volksgezondheid, Welzijn en Sport. Redactie: directie Communicatie @MinVWS."),
      errors: [{ messageId: "noOffice", severity: "error", fix: null }],
    },
    {
      case: bio("Redactie: directie Communicatie @MinVWS. Webcare op werkdagen 9-17 uur."),
      errors: [{ messageId: "noOffice" }],
    },
    { case: bio("Het officiële account van het ministerie van VWS."), errors: [{ messageId: "noOffice" }] },
    { case: bio("Ministeries, ministeriële regelingen en ministerraad."), errors: [{ messageId: "noOffice" }] },
    { case: bio(""), errors: [{ messageId: "noOffice" }] },
    { case: bio("PVV-Kamerlid. #TeamPVV. Ondersteund door @MinVWS.", hybrid), errors: [{ messageId: "noOffice" }] },
  ],
  notEvaluated: [bio(null), bio(undefined, hybrid)],
});

severityTable(RULE, bio("Redactie: directie Communicatie @MinVWS."), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": "error",
  "x/hybrid": "error",
  "instagram/hybrid": "error",
  "facebook/hybrid": "error",
  "linkedin/hybrid": "error",
});
