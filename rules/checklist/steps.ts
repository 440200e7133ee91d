/**
 * The guideline's closing checklist ("Aan de slag: checklist nieuwe bewindspersoon") as data: one
 * step per line, each quoting its line word for word, with the branches the guideline draws
 * (corporate or hybrid management, Meta platforms or X, archiving arranged or not) and, where the
 * product can prove a step, the rules whose passing proves it.
 */
import type { GuidelineQuote, Localized } from "../types";
import type { AccountType, Platform } from "../vocabulary";
import type { EvidenceKind } from "./evidence-kinds";

const CHECKLIST = "Aan de slag: checklist nieuwe bewindspersoon";
const OLD_ACCOUNT = [CHECKLIST, "Account 'oude' bewindspersoon afsluiten"] as const;
const NEW_ACCOUNT = [CHECKLIST, "Account 'nieuwe' bewindspersoon"] as const;

/** Instagram and Facebook: where the RVD arranges the name swap, handle changes and verification. */
export const META_PLATFORMS: readonly Platform[] = ["instagram", "facebook"];

export function isMetaPlatform(platform: Platform): boolean {
  return META_PLATFORMS.includes(platform);
}

/** Corporate management: a corporate account, or its LinkedIn variant, the showcase page. */
export function isCorporateManaged(type: AccountType): boolean {
  return type === "corporate" || type === "showcase";
}

export interface StepSituation {
  platform: Platform;
  type: AccountType;
  /** Archiving of the predecessor's posts: arranged, not arranged, or not yet answered. */
  archiving: "arranged" | "not-arranged" | "unknown";
}

export interface ChecklistStep {
  id: string;
  phase: "old" | "new";
  title: Localized;
  quotes: readonly GuidelineQuote[];
  /** Whether the step belongs to this account's checklist. */
  appliesTo(situation: StepSituation): boolean;
  /** Why the step cannot be done yet, if so. */
  blockedBy?(situation: StepSituation): Localized | undefined;
  /** Who arranges it on this platform, where the guideline says so. */
  platformNote?(platform: Platform): Localized | undefined;
  evidence?: EvidenceKind;
}

const always = () => true;
const corporate = ({ type }: StepSituation) => isCorporateManaged(type);
const hybrid = ({ type }: StepSituation) => type === "hybrid";

export const CHECKLIST_STEPS: readonly ChecklistStep[] = [
  {
    id: "old/archiving",
    phase: "old",
    title: { nl: "Archivering geregeld", en: "Archiving arranged" },
    quotes: [{ headings: OLD_ACCOUNT, text: "Is archivering al geregeld?" }],
    appliesTo: corporate,
  },
  {
    id: "old/rddi",
    phase: "old",
    title: { nl: "Archivering nagevraagd bij RDDI", en: "Archiving checked with RDDI" },
    quotes: [{ headings: OLD_ACCOUNT, text: "Zo nee, checken bij contactpersoon RDDI" }],
    appliesTo: (situation) => corporate(situation) && situation.archiving === "not-arranged",
  },
  {
    id: "old/delete-posts",
    phase: "old",
    title: { nl: "Berichten van de voorganger verwijderd", en: "Predecessor's posts deleted" },
    quotes: [
      { headings: OLD_ACCOUNT, text: "Alle berichten verwijderen" },
      {
        headings: OLD_ACCOUNT,
        text: "Alleen leeghalen als het een corporate account is, én de archivering geregeld is",
      },
    ],
    // "Corporate accounts op Meta-platforms hoeven niet leeggehaald te worden."
    appliesTo: (situation) => corporate(situation) && !isMetaPlatform(situation.platform),
    blockedBy: (situation) =>
      situation.archiving === "arranged"
        ? undefined
        : {
            nl: "Pas leeghalen als de archivering geregeld is.",
            en: "Only empty the account once archiving is arranged.",
          },
  },
  {
    id: "old/meta-name-swap",
    phase: "old",
    title: { nl: "Naamwissel bij Meta aangevraagd via de RVD", en: "Name swap requested from Meta via the RVD" },
    quotes: [
      {
        headings: OLD_ACCOUNT,
        text: "Corporate accounts op Meta-platforms hoeven niet leeggehaald te worden.",
      },
      {
        headings: OLD_ACCOUNT,
        text: "Voor de kabinetswissel levert elk departement de URL's van het oude en het nieuwe account aan bij de RVD, die het vervolgens bij Meta uitzet.",
      },
    ],
    appliesTo: (situation) => corporate(situation) && isMetaPlatform(situation.platform),
  },
  {
    id: "old/bio",
    phase: "old",
    title: { nl: "Bio van het oude account aangepast", en: "Old account's bio updated" },
    quotes: [{ headings: OLD_ACCOUNT, text: "Aanpassen bio (eventueel doorverwijzen naar tijdelijke vervanger)." }],
    appliesTo: corporate,
  },
  {
    id: "old/archive-reference",
    phase: "old",
    title: { nl: "Verwijzing naar het archief van de voorganger", en: "Reference to the predecessor's archive" },
    quotes: [
      { headings: OLD_ACCOUNT, text: "Er wordt verwezen naar archief van berichten van de vorige bewindspersoon." },
    ],
    appliesTo: corporate,
    evidence: "predecessor-archive",
  },
  {
    id: "old/hybrid-ownership",
    phase: "old",
    title: { nl: "Afgesproken wat er met het account gebeurt", en: "Agreed what happens to the account" },
    quotes: [{ headings: OLD_ACCOUNT, text: "account meenemen of blijft het in beheer van het departement?" }],
    appliesTo: hybrid,
  },
  {
    id: "old/hybrid-webcare",
    phase: "old",
    title: { nl: "Afgesproken hoelang webcare nog antwoordt", en: "Agreed how long webcare keeps answering" },
    quotes: [{ headings: OLD_ACCOUNT, text: "Hoelang beantwoorden we nog vragen op dit account via webcare?" }],
    appliesTo: hybrid,
  },
  {
    id: "old/hybrid-authenticator",
    phase: "old",
    title: {
      nl: "Dubbele verificatie eraf of authenticator overgedragen",
      en: "Two-factor removed or authenticator handed over",
    },
    quotes: [
      {
        headings: OLD_ACCOUNT,
        text: "Erf halen dubbele verificatie, indien gewenst. Zo nee: overdragen authenticator.",
      },
    ],
    appliesTo: hybrid,
  },
  {
    id: "new/strategy",
    phase: "new",
    title: { nl: "Socialemediastrategie besproken", en: "Social media strategy discussed" },
    quotes: [
      { headings: NEW_ACCOUNT, text: "Bespreken met nieuwe bewindspersoon socialemediastategie" },
      {
        headings: NEW_ACCOUNT,
        text: "Uitgangspunt is corporate account, eventueel aangevuld met een persoonlijk account in eigen beheer. Hybride beheer is uitzondering",
      },
    ],
    appliesTo: always,
  },
  {
    id: "new/handle",
    phase: "new",
    title: { nl: "Accountnaam (handle) gecontroleerd", en: "Handle checked" },
    quotes: [{ headings: NEW_ACCOUNT, text: "Bij corporate: check of bestaande handle @ kan worden aangehouden." }],
    appliesTo: corporate,
    evidence: "handle",
  },
  {
    id: "new/handle-change",
    phase: "new",
    title: { nl: "Naam gecontroleerd of wijziging aangevraagd", en: "Name checked or change requested" },
    quotes: [
      {
        headings: NEW_ACCOUNT,
        text: "Zo ja: check of naam klopt of dat we met medium contact op moeten nemen voor het veranderen van een accountnaam/handle. Voor alle platforms van Meta kunnen collega's van de RVD dit regelen. Voor X moet per departement contact opgenomen worden met X.",
      },
    ],
    appliesTo: corporate,
    platformNote: (platform) =>
      isMetaPlatform(platform)
        ? { nl: "Op Meta-platforms regelt de RVD dit.", en: "On Meta platforms the RVD arranges this." }
        : platform === "x"
          ? { nl: "Op X neemt het departement zelf contact op met X.", en: "On X the department contacts X itself." }
          : undefined,
  },
  {
    id: "new/handle-hybrid",
    phase: "new",
    title: { nl: "Accountnaam (handle) gecontroleerd", en: "Handle checked" },
    quotes: [
      {
        headings: NEW_ACCOUNT,
        text: "Bij hybride: moeten we een nieuw account aanmaken of een bestaande overnemen? Ook hierbij check of accountnaam hetzelfde kan blijven (als er politieke partij in de handle staat, kan dat bijvoorbeeld niet).",
      },
    ],
    appliesTo: hybrid,
    evidence: "handle",
  },
  {
    id: "new/linkedin-access",
    phase: "new",
    title: { nl: "Toegang tot het LinkedIn-profiel gevraagd", en: "Access to the LinkedIn profile requested" },
    quotes: [
      { headings: NEW_ACCOUNT, text: "Toegang tot LinkedIn-profiel vragen bij bewindspersoon (indien al aanwezig)" },
    ],
    appliesTo: ({ platform }) => platform === "linkedin",
  },
  {
    id: "new/passwords",
    phase: "new",
    title: { nl: "Wachtwoorden gewisseld en authenticator in orde", en: "Passwords changed and authenticator set up" },
    quotes: [
      { headings: NEW_ACCOUNT, text: "Wachtwoorden wisselen en authenticator in orde maken om toegang te krijgen" },
    ],
    appliesTo: always,
  },
  {
    id: "new/avatar",
    phase: "new",
    title: { nl: "Rijksoverheid-profielfoto", en: "Rijksoverheid profile picture" },
    quotes: [
      {
        headings: NEW_ACCOUNT,
        text: "In geval van corporate beheer: Aanpassen profielfoto naar Rijksoverheid profielfoto",
      },
    ],
    appliesTo: corporate,
    evidence: "avatar",
  },
  {
    id: "new/bio",
    phase: "new",
    title: { nl: "Biografietekst aangepast", en: "Bio updated" },
    quotes: [{ headings: NEW_ACCOUNT, text: "Aanpassen biografietekst" }],
    appliesTo: always,
    evidence: "bio",
  },
  {
    id: "new/rijksoverheid-page",
    phase: "new",
    title: { nl: "Pagina op Rijksoverheid.nl aangepast", en: "Page on Rijksoverheid.nl updated" },
    quotes: [{ headings: NEW_ACCOUNT, text: "Aanpassen pagina op socialemediakanalen op Rijksoverheid.nl" }],
    appliesTo: always,
  },
  {
    id: "new/verification",
    phase: "new",
    title: { nl: "Verificatie (vinkje)", en: "Verification (badge)" },
    quotes: [
      {
        headings: NEW_ACCOUNT,
        text: "Verificatie ('vinkjes') regelen per profiel (de RVD regelt dit uitsluitend bij een kabinetswissel voor Meta-platformen, voor X moet ieder departement dit zelf regelen)",
      },
    ],
    appliesTo: always,
    platformNote: (platform) =>
      isMetaPlatform(platform)
        ? { nl: "Op Meta-platforms regelt de RVD dit.", en: "On Meta platforms the RVD arranges this." }
        : platform === "x"
          ? { nl: "Op X regelt het departement dit zelf.", en: "On X the department arranges this itself." }
          : undefined,
    evidence: "verified",
  },
  {
    id: "new/content",
    phase: "new",
    title: { nl: "Content voor na de beëdiging klaar", en: "Content ready for after the swearing-in" },
    quotes: [
      {
        headings: NEW_ACCOUNT,
        text: "Content voorbereiden voor na de beëdiging als de bewindspersoon is gestart bij het departement",
      },
    ],
    appliesTo: always,
  },
];

export const STEP_IDS: readonly string[] = CHECKLIST_STEPS.map((step) => step.id);

export function findStep(id: string): ChecklistStep | undefined {
  return CHECKLIST_STEPS.find((step) => step.id === id);
}

/** The steps of one account's checklist, in the guideline's order. */
export function stepsFor(situation: StepSituation): ChecklistStep[] {
  return CHECKLIST_STEPS.filter((step) => step.appliesTo(situation));
}
