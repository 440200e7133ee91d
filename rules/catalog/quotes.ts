/**
 * Headings of ../shared/guideline/bewindspersonen-op-sociale-media.txt that many rules quote
 * under, written once so that every rule cites them identically.
 */
export const CORPORATE = "Karakteristieken en randvoorwaarden van corporate accounts";
export const CORPORATE_CONDITIONS = [
  "Karakteristieken en randvoorwaarden van corporate accounts",
  "Karakteristieken en voorwaarden",
] as const;
export const CORPORATE_X = [CORPORATE, "Instructie en randvoorwaarden per socialemediaplatform", "X:"] as const;
export const CORPORATE_INSTAGRAM = [
  CORPORATE,
  "Instructie en randvoorwaarden per socialemediaplatform",
  "Instagram:",
] as const;
export const CORPORATE_LINKEDIN = [
  CORPORATE,
  "Instructie en randvoorwaarden per socialemediaplatform",
  "LinkedIn:",
] as const;
export const HYBRID = "Karakteristieken en randvoorwaarden van accounts in hybride beheer";
export const HYBRID_CONDITIONS = [HYBRID, "Hybride account", "Karakteristieken en voorwaarden"] as const;
export const HYBRID_X = [HYBRID, "Instructie en randvoorwaarden per socialemediaplatform", "X:"] as const;
export const HYBRID_INSTAGRAM = [
  HYBRID,
  "Instructie en randvoorwaarden per socialemediaplatform",
  "Instagram:",
] as const;
export const HYBRID_LINKEDIN = [HYBRID, "Instructie en randvoorwaarden per socialemediaplatform", "LinkedIn:"] as const;
export const CORPORATE_WEBCARE = [CORPORATE, "Webcare op corporate bewindspersonenaccounts"] as const;
export const HYBRID_WEBCARE = [HYBRID, "Webcare op hybride bewindspersonenaccounts"] as const;
export const AT_A_GLANCE = ["In één oogopslag: de voorwaarden en implicaties van de twee varianten"] as const;
export const ELECTION_TIME = [
  "Extra aandachtspunten",
  "Ambtelijke ondersteuning van de socialemediakanalen in verkiezingstijd",
] as const;
export const WORKING_VISITS = [
  "Extra aandachtspunten",
  "Werkbezoeken en aanprijzingen commerciële bedrijven op sociale media",
] as const;
/** The guideline's sentence behind both webcare language rules. */
export const PLAIN_LANGUAGE_QUOTE = {
  headings: CORPORATE_WEBCARE,
  text: "De antwoorden zijn in begrijpelijke taal, meelevend en menselijk. Daarbij hoort ook tutoyeren.",
} as const;
