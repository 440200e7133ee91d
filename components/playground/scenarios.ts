/**
 * Training scenarios for the playground: realistic profiles, each teaching one point of the
 * guideline ("Bijlage Bewindspersonen op sociale media", juli 2024). `expectedRules` is exactly
 * the set of rule ids the engine finds; tests/playground/scenarios.test.ts keeps that true.
 */
import type { LogoOutcome } from "@/rules/avatar/detector";
import type { Account, Case, Profile } from "@/rules/schema";
import type { AvatarAnalysis, Localized } from "@/rules/types";
import type { SampleName } from "./samples";

export interface Scenario {
  id: string;
  title: Localized;
  teaches: Localized;
  /** The avatar is a sample name (see ./samples.ts) or null (unknown). */
  case: Case & { profile: Profile & { avatar?: SampleName | null } };
  /** What the logo detector finds in the avatar; given for every scenario with an avatar. */
  avatarOutcome?: Extract<LogoOutcome, "present" | "absent">;
  expectedRules: string[];
}

const VWS_CORPORATE: Account = {
  platform: "x",
  type: "corporate",
  ministry: "VWS",
  ministryHandle: "MinVWS",
  minister: "Fleur Agema",
  party: "PVV",
  personalHandle: "fleuragema",
  pageUrl: "https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema",
};
const VWS_PAGE = "https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema";
const VWS_CORPORATE_BIO =
  "Minister van Volksgezondheid, Welzijn en Sport. Redactie: directie Communicatie @MinVWS. Webcare op werkdagen 9-17 uur.";
const VWS_CORPORATE_PROFILE = {
  displayName: "Fleur Agema",
  handle: "MinisterVWS",
  bio: VWS_CORPORATE_BIO,
  links: [VWS_PAGE],
  avatar: "rijkslogo-lint.jpg",
  verified: true,
} satisfies Scenario["case"]["profile"];

const FIN_HYBRID: Account = {
  platform: "x",
  type: "hybrid",
  ministry: "Fin",
  ministryHandle: "MinFin",
  minister: "Eelco Heinen",
  party: "VVD",
  pageUrl: "https://www.rijksoverheid.nl/regering/bewindspersonen/eelco-heinen",
};
const FIN_PAGE = "https://www.rijksoverheid.nl/regering/bewindspersonen/eelco-heinen";
const FIN_HYBRID_BIO =
  "Minister van Financiën. Ondersteund door het ministerie van Financiën en #TeamVVD. Vragen over beleid beantwoordt @MinFin op werkdagen.";

export const SCENARIOS: readonly Scenario[] = [
  {
    id: "corporate-x-correct",
    title: { nl: "Corporate X-account dat klopt", en: "A correct corporate X account" },
    teaches: {
      nl: "Zo hoort het: ambtshandle, voor- en achternaam, bio met afzender, redactie, webcare en het ministerie-account, de link naar de bewindspersonenpagina en het Rijkslogo in de avatar.",
      en: "The model: office handle, first and last name, a bio naming sender, editors, webcare and the ministry account, the link to the minister's page and the Rijkslogo in the avatar.",
    },
    case: { account: VWS_CORPORATE, profile: VWS_CORPORATE_PROFILE },
    avatarOutcome: "present",
    expectedRules: [],
  },
  {
    id: "corporate-party-hashtag",
    title: { nl: "Partijhashtag in een corporate bio", en: "A party hashtag in a corporate bio" },
    teaches: {
      nl: "Een corporate account is van het ministerie: partijpolitieke verwijzingen, ook een hashtag als #PVV, horen er niet in.",
      en: "A corporate account belongs to the ministry: no party-political references, not even a hashtag like #PVV.",
    },
    case: { account: VWS_CORPORATE, profile: { ...VWS_CORPORATE_PROFILE, bio: `${VWS_CORPORATE_BIO} #PVV` } },
    avatarOutcome: "present",
    expectedRules: ["bio/no-party"],
  },
  {
    id: "hybrid-instagram-rijkslogo",
    title: {
      nl: "Hybride Instagram met Rijkslogo in de avatar",
      en: "Hybrid Instagram with the Rijkslogo in the avatar",
    },
    teaches: {
      nl: "Een hybride account is van de bewindspersoon zelf: het Rijkslogo mag niet in de avatar.",
      en: "A hybrid account is the minister's own: the Rijkslogo must not be in the avatar.",
    },
    case: {
      account: { ...FIN_HYBRID, platform: "instagram" },
      profile: {
        displayName: "Eelco Heinen",
        handle: "eelcoheinen",
        bio: FIN_HYBRID_BIO,
        links: [FIN_PAGE],
        avatar: "rijkslogo-rond.png",
        verified: true,
      },
    },
    avatarOutcome: "present",
    expectedRules: ["avatar/rijkslogo-forbidden"],
  },
  {
    id: "showcase-party-link",
    title: { nl: "LinkedIn-showcasepagina met partijsite", en: "LinkedIn showcase page linking to a party site" },
    teaches: {
      nl: "Een showcasepagina is het corporate account op LinkedIn: geen link naar de website van een partij.",
      en: "A showcase page is LinkedIn's corporate account: no link to a party's website.",
    },
    case: {
      account: { ...VWS_CORPORATE, platform: "linkedin", type: "showcase" },
      profile: {
        displayName: "Minister van Volksgezondheid, Welzijn en Sport",
        handle: "minister-vws",
        bio: VWS_CORPORATE_BIO,
        links: [VWS_PAGE, "https://www.pvv.nl/"],
        avatar: "rijkslogo-lint.jpg",
        verified: null,
      },
    },
    avatarOutcome: "present",
    expectedRules: ["link/no-party-site"],
  },
  {
    id: "obfuscated-party",
    title: { nl: "Verstopte partijnaam", en: "A disguised party name" },
    teaches: {
      nl: "Punten (V.V.D.), brede letters (ＣＤＡ) of Cyrillische lookalikes (СDА) verbergen een partijnaam niet: de check vouwt ze terug.",
      en: "Dots (V.V.D.), full-width letters (ＣＤＡ) or Cyrillic look-alikes (СDА) do not hide a party name: the check folds them back.",
    },
    case: {
      account: VWS_CORPORATE,
      // Short office sentence: the whole bio stays within X's 160 characters.
      profile: {
        ...VWS_CORPORATE_PROFILE,
        bio: "Minister van VWS. Redactie: directie Communicatie @MinVWS. Webcare op werkdagen 9-17 uur. Oud-V.V.D.-raadslid. ＣＤＡ-steun, СDА-dank.",
      },
    },
    avatarOutcome: "present",
    expectedRules: ["bio/no-party"],
  },
  {
    id: "lookalike-link",
    title: { nl: "Link die op Rijksoverheid lijkt", en: "A link that looks like Rijksoverheid" },
    teaches: {
      nl: "Alleen https://www.rijksoverheid.nl telt. rijksoverheid.nl.example.org is een ander domein dat zo begint.",
      en: "Only https://www.rijksoverheid.nl counts. rijksoverheid.nl.example.org is another domain that merely starts that way.",
    },
    case: {
      account: VWS_CORPORATE,
      profile: {
        ...VWS_CORPORATE_PROFILE,
        links: ["https://rijksoverheid.nl.example.org/regering/bewindspersonen/fleur-agema"],
      },
    },
    avatarOutcome: "present",
    expectedRules: ["link/rijksoverheid"],
  },
  {
    id: "userinfo-link",
    title: { nl: "De @-truc in een link", en: "The @ trick in a link" },
    teaches: {
      nl: "In https://www.rijksoverheid.nl@example.org/ is alles vóór de @ een gebruikersnaam: de link gaat naar example.org.",
      en: "In https://www.rijksoverheid.nl@example.org/ everything before the @ is a user name: the link goes to example.org.",
    },
    case: {
      account: VWS_CORPORATE,
      profile: {
        ...VWS_CORPORATE_PROFILE,
        links: ["https://www.rijksoverheid.nl@example.org/regering/bewindspersonen/fleur-agema"],
      },
    },
    avatarOutcome: "present",
    expectedRules: ["link/rijksoverheid"],
  },
  {
    id: "hybrid-no-party-disclosure",
    title: { nl: "Hybride bio zonder de partij", en: "A hybrid bio without the party" },
    teaches: {
      nl: "Op een hybride account vermeldt de bio dat zowel het ministerie als de partij ondersteunt (#TeamPartij).",
      en: "On a hybrid account the bio states that both the ministry and the party support it (#TeamParty).",
    },
    case: {
      account: FIN_HYBRID,
      profile: {
        displayName: "Eelco Heinen",
        handle: "eelcoheinen",
        bio: "Minister van Financiën. Ondersteund door het ministerie van Financiën. Vragen over beleid beantwoordt @MinFin op werkdagen.",
        links: [FIN_PAGE],
        avatar: "portret.jpg",
        verified: true,
      },
    },
    avatarOutcome: "absent",
    expectedRules: ["bio/party-support"],
  },
  {
    id: "hybrid-no-ministry-support",
    title: { nl: "Hybride bio zonder het ministerie", en: "A hybrid bio without the ministry" },
    teaches: {
      nl: "Het ambt noemen („Minister van Financiën”) is geen vermelding van ondersteuning door het ministerie.",
      en: "Naming the office (“Minister van Financiën”) does not disclose the ministry's support.",
    },
    case: {
      account: FIN_HYBRID,
      profile: {
        displayName: "Eelco Heinen",
        handle: "eelcoheinen",
        bio: "Minister van Financiën en VVD'er. #TeamVVD. Vragen? Ik reageer op werkdagen.",
        links: [FIN_PAGE],
        avatar: "portret.jpg",
        verified: true,
      },
    },
    avatarOutcome: "absent",
    expectedRules: ["bio/ministry-support"],
  },
  {
    id: "corporate-no-webcare",
    title: { nl: "Corporate account zonder webcare", en: "A corporate account without webcare" },
    teaches: {
      nl: "Webcare is een vereiste: de bio zegt wie vragen beantwoordt, waar of wanneer.",
      en: "Webcare is a requirement: the bio says who answers questions, where or when.",
    },
    case: {
      account: VWS_CORPORATE,
      profile: {
        ...VWS_CORPORATE_PROFILE,
        bio: "Minister van Volksgezondheid, Welzijn en Sport. Redactie: directie Communicatie @MinVWS.",
      },
    },
    avatarOutcome: "present",
    expectedRules: ["bio/webcare"],
  },
  {
    id: "corporate-bio-too-long",
    title: { nl: "Een bio die niet past", en: "A bio that does not fit" },
    teaches: {
      nl: "X accepteert 160 tekens in de bio; de rest valt weg of de bio wordt geweigerd. De teller staat naast de bevindingen, het deel voorbij de limiet is gemarkeerd.",
      en: "X accepts 160 characters in the bio; the rest is lost or the bio is refused. The count stands next to the findings, the part beyond the limit is marked.",
    },
    case: {
      account: VWS_CORPORATE,
      profile: {
        ...VWS_CORPORATE_PROFILE,
        bio: `${VWS_CORPORATE_BIO} Werkt aan betaalbare zorg dichtbij huis, voor iedereen in ons land.`,
      },
    },
    avatarOutcome: "present",
    expectedRules: ["bio/length"],
  },
  {
    id: "bio-builder",
    title: { nl: "Een bio samenstellen", en: "Composing a bio" },
    teaches: {
      nl: "Een bio met alleen het ambt mist de redactie, het ministerieaccount en de webcare. Open „Stel een bio samen” in het paneel: het voorstel voldoet aan alle bioregels, past binnen de 160 tekens van X en zegt wat het toevoegt.",
      en: "A bio with only the office lacks the editors, the ministry account and webcare. Open “Compose a bio” in the panel: the proposal passes every bio rule, fits X's 160 characters and says what it adds.",
    },
    case: {
      account: VWS_CORPORATE,
      profile: { ...VWS_CORPORATE_PROFILE, bio: "Minister van Volksgezondheid, Welzijn en Sport." },
    },
    avatarOutcome: "present",
    expectedRules: ["bio/managed-by-ministry", "bio/ministry-account", "bio/webcare"],
  },
  {
    id: "corporate-personal-handle",
    title: { nl: "Persoonsnaam in de corporate handle", en: "A personal name in the corporate handle" },
    teaches: {
      nl: "Een corporate handle hoort bij het ambt (MinisterVWS), zodat een opvolger hem overneemt. @MinisterAgema kan dat niet.",
      en: "A corporate handle belongs to the office (MinisterVWS) so a successor can take it over. @MinisterAgema cannot.",
    },
    case: { account: VWS_CORPORATE, profile: { ...VWS_CORPORATE_PROFILE, handle: "MinisterAgema" } },
    avatarOutcome: "present",
    expectedRules: ["handle/office-name"],
  },
  {
    id: "party-in-handle",
    title: { nl: "Partij in de handle", en: "A party in the handle" },
    teaches: {
      nl: "Ook op een hybride account kan een partijnaam in de handle niet.",
      en: "Even on a hybrid account a party name in the handle is not allowed.",
    },
    case: {
      account: FIN_HYBRID,
      profile: {
        displayName: "Eelco Heinen",
        handle: "EelcoHeinenVVD",
        bio: FIN_HYBRID_BIO,
        links: [FIN_PAGE],
        avatar: "portret.jpg",
        verified: true,
      },
    },
    avatarOutcome: "absent",
    expectedRules: ["handle/no-party"],
  },
  {
    id: "unverified",
    title: { nl: "Account zonder verificatie", en: "An unverified account" },
    teaches: {
      nl: "Het account moet geverifieerd zijn, zodat volgers zien dat het echt is.",
      en: "The account must be verified, so followers can see it is genuine.",
    },
    case: { account: VWS_CORPORATE, profile: { ...VWS_CORPORATE_PROFILE, verified: false } },
    avatarOutcome: "present",
    expectedRules: ["account/verified"],
  },
  {
    id: "facebook-advice",
    title: { nl: "Facebook", en: "Facebook" },
    teaches: {
      nl: "Op Facebook adviseert de richtlijn de bewindspersoon te laten meeliften op het corporate account van het ministerie.",
      en: "On Facebook the guideline advises featuring the minister on the ministry's own corporate account.",
    },
    case: {
      account: {
        platform: "facebook",
        type: "corporate",
        ministry: "AZ",
        ministryHandle: "MinAZ",
        minister: "Dick Schoof",
        pageUrl: "https://www.rijksoverheid.nl/regering/bewindspersonen/dick-schoof",
      },
      profile: {
        displayName: "Dick Schoof",
        handle: "MinPres",
        bio: "Minister-president. Redactie: directie Communicatie @MinAZ. Vragen? We reageren op werkdagen.",
        links: ["https://www.rijksoverheid.nl/regering/bewindspersonen/dick-schoof"],
        avatar: "rijkslogo-rond.png",
        verified: true,
      },
    },
    avatarOutcome: "present",
    expectedRules: ["platform/facebook-advice"],
  },
  {
    id: "predecessor-archive",
    title: { nl: "Archief van de voorganger ontbreekt", en: "The predecessor's archive is missing" },
    teaches: {
      nl: "Bij een wisseling blijft het account van het ambt; de bio verwijst naar het gearchiveerde account van de voorganger.",
      en: "When the office changes hands the account stays; the bio refers to the predecessor's archived account.",
    },
    case: { account: { ...VWS_CORPORATE, predecessorArchive: "minvwskuipers" }, profile: VWS_CORPORATE_PROFILE },
    avatarOutcome: "present",
    expectedRules: ["bio/predecessor-archive"],
  },
  {
    id: "linkedin-hybrid-correct",
    title: {
      nl: "Persoonlijk LinkedIn-profiel in hybride beheer",
      en: "A personal LinkedIn profile in hybrid management",
    },
    teaches: {
      nl: "Op LinkedIn is een corporate account niet mogelijk; een persoonlijk profiel in hybride beheer linkt wel verplicht naar de bewindspersonenpagina.",
      en: "LinkedIn has no corporate accounts; a personal profile in hybrid management must still link to the minister's page.",
    },
    case: {
      account: { ...FIN_HYBRID, platform: "linkedin" },
      profile: {
        displayName: "Eelco Heinen",
        handle: "eelcoheinen",
        bio: FIN_HYBRID_BIO,
        links: [FIN_PAGE],
        avatar: "portret.jpg",
        verified: true,
      },
    },
    avatarOutcome: "absent",
    expectedRules: [],
  },
];

/** The avatar analysis a scenario stands for, until the trainer picks another picture. */
export function scenarioAvatar(scenario: Scenario): AvatarAnalysis | undefined {
  if (!scenario.case.profile.avatar || !scenario.avatarOutcome) return undefined;
  return { status: "analysed", detection: { outcome: scenario.avatarOutcome, confidence: 0.99 } };
}
