/**
 * Reference data: Dutch ministries from 2021 on, their codes as used in office
 * handles (@MinVWS, @MinisterLNV, @StasBZK), their portfolio names and their own
 * corporate accounts; plus the portfolio words that may follow Min/Minister/Stas/
 * Staatssecretaris in an office handle (@StasMijnbouw).
 *
 * Compiled: 2026-11-29.
 *
 * History covered:
 * - Rutte IV (2022-2024): EZK, LNV, IenW, JenV, ...; ministers without portfolio for
 *   Klimaat en Energie, Natuur en Stikstof, VRO, Medische Zorg, Langdurige Zorg,
 *   Primair en Voortgezet Onderwijs, Armoedebeleid, Rechtsbescherming, BHO.
 * - Schoof (2 July 2024 - 23 February 2026): new ministries KGG, VRO and AenM; EZK
 *   renamed EZ; LNV renamed LVVN.
 * - Jetten (since 23 February 2026): VRO back under BZK, AenM back under JenV, KGG back
 *   under EZK (renamed EZK again); VRO, AenM and KGG continue as ministers without
 *   portfolio, as do BHO, Werk en Participatie, and Langdurige Zorg, Jeugd en Sport.
 *   The ministers' titles for agriculture are again "Landbouw, Natuur en
 *   Voedselkwaliteit" (minister) and LVVN (staatssecretaris).
 *
 * Sources:
 * - rijksoverheid.nl, "Ministeries" and "Regering" (cabinet composition).
 * - Rijksoverheid social-media register ("Socialemediaregister" / "overzicht sociale
 *   media accounts Rijksoverheid") for the corporate accounts.
 *
 * - Communication units as they sign bios (`communicationUnits`, compiled 2026-11-30): AZ's
 *   Rijksvoorlichtingsdienst (RVD) runs the prime minister's accounts (Novum via fok.nl, 2011:
 *   "de Rijksvoorlichtingsdienst (RVD), die het twitteraccount van Rutte beheert"); Defence signs
 *   as Defensievoorlichting (issue 11); every other ministry as its directie Communicatie (DCOM).
 *   Quotes and their sources: tests/rules/bio/real-wording.test.ts.
 *
 * A handle marked `// unverified` is believed correct but could not be confirmed
 * against the register when this file was compiled. The configuration can set the
 * expected ministry handle per account, which always takes precedence.
 */

export interface Ministry {
  /** Code as used in handles: "VWS", "BZK", "LNV", "KGG", "AZ", ... */
  code: string;
  /** Other codes of the same ministry over time or in handles: LNV -> ["LVVN"], EZK -> ["EZ"], IenW -> ["IenM"], JenV -> ["VenJ"]. */
  aliases: readonly string[];
  /** Full Dutch name: "Ministerie van Volksgezondheid, Welzijn en Sport". */
  name: string;
  /** Short portfolio name used after "minister van": "Volksgezondheid, Welzijn en Sport". */
  portfolio: string;
  /** Other full names of the same ministry from 2021 on (renames), e.g. "Ministerie van Economische Zaken". */
  formerNames?: readonly string[];
  /**
   * The communication units as they sign bios ("Redactie: …"), fullest name first: the first is
   * what a fix writes, the others are shorter names a short fix may use. Absent: the ministry's
   * directie Communicatie (DEFAULT_COMMUNICATION_UNITS).
   */
  communicationUnits?: readonly string[];
  /** Known corporate handles per platform (ministry accounts), without '@': x: ["MinVWS"], instagram: ["minvws"]... */
  handles: {
    x?: readonly string[];
    instagram?: readonly string[];
    linkedin?: readonly string[];
    facebook?: readonly string[];
  };
}

/**
 * Every ministry has a directie Communicatie (DCOM), rijksoverheid.nl "Organisatie" pages of the
 * ministries (compiled 2026-11-29); bios sign with it as "Redactie: directie Communicatie @MinVWS".
 */
export const DEFAULT_COMMUNICATION_UNITS: readonly string[] = ["directie Communicatie", "DCOM"];

export const MINISTRIES: readonly Ministry[] = [
  {
    // The minister-president's office account is @MinPres (an office handle, not the
    // ministry's). AZ's own public channel is the government-wide @RijksoverheidNL,
    // run by AZ's Dienst Publiek en Communicatie. No separate "@MinAZ" account is known.
    code: "AZ",
    aliases: [],
    name: "Ministerie van Algemene Zaken",
    portfolio: "Algemene Zaken",
    // The RVD runs the prime minister's accounts ("de Rijksvoorlichtingsdienst (RVD), die het
    // twitteraccount van Rutte beheert", Novum via fok.nl, 2011); the Dienst Publiek en Communicatie
    // is AZ's other communication unit (rijkshuisstijl logo list "RO_AZ_DPC", "RO_AZ_RVD").
    communicationUnits: ["Rijksvoorlichtingsdienst", "RVD", "Dienst Publiek en Communicatie", "DPC"],
    handles: {
      x: ["RijksoverheidNL"],
    },
  },
  {
    // Includes the minister voor Buitenlandse Handel en Ontwikkelingssamenwerking (BHO),
    // a minister without portfolio under BZ: "BHO" is a portfolio word, not a ministry
    // code (see PORTFOLIO_WORDS).
    code: "BZ",
    aliases: ["BuZa"],
    name: "Ministerie van Buitenlandse Zaken",
    portfolio: "Buitenlandse Zaken",
    handles: {
      x: [
        "MinBZ",
        "MinBuZa", // unverified (older handle)
      ],
    },
  },
  {
    code: "BZK",
    aliases: [],
    name: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    portfolio: "Binnenlandse Zaken en Koninkrijksrelaties",
    handles: {
      x: ["MinBZK"],
    },
  },
  {
    code: "Def",
    aliases: ["Defensie"],
    name: "Ministerie van Defensie",
    portfolio: "Defensie",
    // Defence signs its communication as Defensievoorlichting (issue 11, from its bios); its
    // communication directorate is also a directie Communicatie.
    communicationUnits: ["Defensievoorlichting", "directie Communicatie", "DCOM"],
    handles: {
      x: [
        "Defensie",
        "MinDefensie", // unverified
      ],
      instagram: ["defensie"], // unverified
    },
  },
  {
    // "Economische Zaken en Klimaat" until 2 July 2024 and again since 23 February 2026;
    // "Economische Zaken" (EZ) in between, when climate policy moved to KGG.
    code: "EZK",
    aliases: ["EZ"],
    name: "Ministerie van Economische Zaken en Klimaat",
    portfolio: "Economische Zaken en Klimaat",
    formerNames: ["Ministerie van Economische Zaken"],
    handles: {
      x: [
        "MinEZK",
        "MinEZ", // unverified (name used 2024-2026)
      ],
    },
  },
  {
    code: "Fin",
    aliases: [],
    name: "Ministerie van Financiën",
    portfolio: "Financiën",
    handles: {
      x: ["MinFin"],
    },
  },
  {
    code: "IenW",
    aliases: ["IenM"],
    name: "Ministerie van Infrastructuur en Waterstaat",
    portfolio: "Infrastructuur en Waterstaat",
    handles: {
      x: ["MinIenW"],
    },
  },
  {
    code: "JenV",
    aliases: ["VenJ"],
    name: "Ministerie van Justitie en Veiligheid",
    portfolio: "Justitie en Veiligheid",
    handles: {
      x: ["MinJenV"],
    },
  },
  {
    // Ministry 2 July 2024 - 23 February 2026 (then back under EZK); the minister van
    // Klimaat en Groene Groei continues as a minister without portfolio.
    code: "KGG",
    aliases: [],
    name: "Ministerie van Klimaat en Groene Groei",
    portfolio: "Klimaat en Groene Groei",
    handles: {
      x: ["MinKGG"], // unverified
    },
  },
  {
    // "Landbouw, Natuur en Voedselkwaliteit" (LNV) until 2 July 2024; "Landbouw,
    // Visserij, Voedselzekerheid en Natuur" (LVVN) since. In the Jetten cabinet the
    // minister's title is again "Landbouw, Natuur en Voedselkwaliteit" (whether the
    // ministry itself was renamed back was not confirmed when this file was compiled).
    code: "LNV",
    aliases: ["LVVN"],
    name: "Ministerie van Landbouw, Natuur en Voedselkwaliteit",
    portfolio: "Landbouw, Natuur en Voedselkwaliteit",
    formerNames: ["Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"],
    handles: {
      x: [
        "MinLNV",
        "MinLVVN", // unverified
      ],
    },
  },
  {
    code: "OCW",
    aliases: [],
    name: "Ministerie van Onderwijs, Cultuur en Wetenschap",
    portfolio: "Onderwijs, Cultuur en Wetenschap",
    handles: {
      x: ["MinOCW"],
    },
  },
  {
    code: "SZW",
    aliases: [],
    name: "Ministerie van Sociale Zaken en Werkgelegenheid",
    portfolio: "Sociale Zaken en Werkgelegenheid",
    handles: {
      x: ["MinSZW"],
    },
  },
  {
    code: "VWS",
    aliases: [],
    name: "Ministerie van Volksgezondheid, Welzijn en Sport",
    portfolio: "Volksgezondheid, Welzijn en Sport",
    handles: {
      x: ["MinVWS"],
      instagram: ["minvws"], // unverified
    },
  },
  {
    // Ministry 2 July 2024 - 23 February 2026 (then back under BZK). Before and after,
    // a minister voor Volkshuisvesting en Ruimtelijke Ordening without portfolio.
    code: "VRO",
    aliases: [],
    name: "Ministerie van Volkshuisvesting en Ruimtelijke Ordening",
    portfolio: "Volkshuisvesting en Ruimtelijke Ordening",
    handles: {
      x: ["MinVRO"], // unverified
    },
  },
  {
    // Ministry 2 July 2024 - 23 February 2026 (then back under JenV); the minister van
    // Asiel en Migratie continues as a minister without portfolio.
    code: "AenM",
    aliases: [],
    name: "Ministerie van Asiel en Migratie",
    portfolio: "Asiel en Migratie",
    handles: {
      x: ["MinAenM"], // unverified
    },
  },
];

/**
 * Portfolio words that may follow Min/Minister/Stas/Staatssecretaris in an office
 * handle and are not ministry codes (see MINISTRIES for codes and aliases). Written
 * as in handles: one word, no spaces or diacritics, each part capitalised
 * ("MedischeZorg", "HerstelGroningen"). Compare case-insensitively.
 *
 * They cover the portfolios of ministers without portfolio and of staatssecretarissen
 * from 2021 on (Rutte IV, Schoof, Jetten), e.g. minister voor Medische Zorg,
 * staatssecretaris Mijnbouw / Herstel Groningen / Toeslagen en Douane / Fiscaliteit /
 * Jeugd, Preventie en Sport / Digitalisering en Koninkrijksrelaties / Cultuur en Media.
 *
 * "BHO" (Buitenlandse Handel en Ontwikkelingssamenwerking) is a minister's post under
 * BZ, not a ministry: it is listed here, together with the older short forms "BuHa"
 * and "BuHaOS", rather than as an alias of BZ. "Defensie" is also a ministry name
 * (code "Def"), listed because handles spell it out (@MinDefensie).
 */
export const PORTFOLIO_WORDS: readonly string[] = [
  // Foreign trade and development (minister voor BHO, under BZ)
  "BHO",
  "BuHa",
  "BuHaOS",
  "BuitenlandseHandel",
  "Ontwikkelingssamenwerking",
  // Defence, justice, asylum
  "Defensie",
  "Justitie",
  "Veiligheid",
  "Rechtsbescherming",
  "Asiel",
  "Migratie",
  "AsielMigratie",
  // Finance
  "Financien",
  "Fiscaliteit",
  "Belastingdienst",
  "Belastingen",
  "Douane",
  "Toeslagen",
  "Herstel",
  "HerstelToeslagen",
  // Interior, housing, digital
  "Koninkrijksrelaties",
  "Digitalisering",
  "Wonen",
  "Volkshuisvesting",
  "RuimtelijkeOrdening",
  // Economy, climate, Groningen
  "Economie",
  "Klimaat",
  "Energie",
  "KlimaatEnergie",
  "Mijnbouw",
  "Groningen",
  "HerstelGroningen",
  // Agriculture and nature
  "Landbouw",
  "Natuur",
  "Stikstof",
  "NatuurStikstof",
  "Visserij",
  "Voedselzekerheid",
  "Voedselkwaliteit",
  // Infrastructure
  "Infrastructuur",
  "Waterstaat",
  "OpenbaarVervoer",
  "Milieu",
  // Education and culture
  "Onderwijs",
  "PrimairOnderwijs",
  "VoortgezetOnderwijs",
  "FunderendOnderwijs",
  "Wetenschap",
  "Cultuur",
  "Media",
  "Emancipatie",
  // Social affairs and work
  "Werk",
  "Participatie",
  "WerkParticipatie",
  "Armoede",
  "Armoedebeleid",
  "Pensioenen",
  "Integratie",
  // Health, youth and sport
  "Zorg",
  "MedischeZorg",
  "LangdurigeZorg",
  "Jeugd",
  "Preventie",
  "Sport",
];
