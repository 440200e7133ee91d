/**
 * Reference data: Dutch political parties (and Tweede Kamer groups) whose names,
 * abbreviations, hashtags, handles and websites count as a party-political reference
 * in a minister's profile (rules `handle/no-party`, `name/no-party`, `bio/no-party`,
 * `link/no-party-site`, and `bio/party-support` for hybrid accounts).
 *
 * Compiled: 2026-11-29.
 *
 * Coverage: every party or group that held a seat in the Tweede Kamer at any time
 * from 2021 to 2025 (the elections of 17 March 2021, 22 November 2023 and
 * 29 October 2025, and the splits in between), plus the 2026 successor of
 * GroenLinks-PvdA (Progressief Nederland) and the groups that split off in 2026.
 *
 * Sources:
 * - Tweede Kamer / Kiesraad: official results of the elections of 17 March 2021,
 *   22 November 2023 and 29 October 2025; the list of fracties over 2021-2026.
 * - The parties' own websites (names, domains, linked social-media accounts).
 * - Wikipedia, "Lijst van Nederlandse politieke partijen".
 *
 * Conventions:
 * - Handles are without '@', hashtags without '#', websites are registered domains
 *   (lowercase, no scheme, no "www."); a website also covers all its subdomains.
 * - A handle marked `// unverified` is believed correct but could not be confirmed
 *   against a primary source when this file was compiled. Websites are listed only
 *   when confident.
 * - `ambiguous` lists the short names that are also ordinary words or too short to
 *   match loosely (rules.md, "Matching party references"): they count only as an
 *   upper-case token, a hashtag, a handle, a website, or next to party context words.
 *
 * This list is a default. The configuration can add parties (or extra handles,
 * hashtags and websites), e.g. a new party or a local list.
 */

export interface PartyHandles {
  x?: readonly string[];
  instagram?: readonly string[];
  linkedin?: readonly string[];
  facebook?: readonly string[];
}

export interface Party {
  /** Stable id, lowercase ascii, e.g. "vvd", "glpvda". */
  id: string;
  /** Official name as commonly written, e.g. "VVD", "GroenLinks-PvdA". */
  name: string;
  /** Full names and long spellings ("Volkspartij voor Vrijheid en Democratie", "Partij van de Arbeid"). */
  names: readonly string[];
  /** Abbreviations/short names written as letters ("VVD", "PvdA", "GL", "D66", "JA21", "50PLUS"). */
  abbreviations: readonly string[];
  /**
   * Abbreviations/short names that are also ordinary words or too short to match
   * loosely. These only count as an upper-case token, a hashtag, a handle, a website,
   * or next to party context words (partij, fractie, lid van, namens).
   * Always a subset of `abbreviations` and `names`.
   */
  ambiguous: readonly string[];
  /** Hashtags used by the party and its members, without '#' ("TeamVVD", "D66"). */
  hashtags: readonly string[];
  /** Official handles per platform without '@' (party, fractie and youth accounts where well known). */
  handles: PartyHandles;
  /** Registered domains of the party's websites, lowercase, no scheme ("vvd.nl"). */
  websites: readonly string[];
}

export const PARTIES: readonly Party[] = [
  // ---------------------------------------------------------------------------
  // Parties with seats after the 2021, 2023 and/or 2025 elections.
  // ---------------------------------------------------------------------------
  {
    // Seats 2021: 34, 2023: 24, 2025: 22.
    id: "vvd",
    name: "VVD",
    names: ["Volkspartij voor Vrijheid en Democratie"],
    abbreviations: ["VVD"],
    ambiguous: [],
    hashtags: ["VVD", "TeamVVD"],
    handles: {
      x: ["VVD"],
      instagram: ["vvd"], // unverified
      linkedin: ["vvd"], // unverified
      facebook: ["VVD"], // unverified
    },
    // jovd.nl: JOVD, the VVD's affiliated youth organisation.
    websites: ["vvd.nl", "jovd.nl"],
  },
  {
    // Seats 2021: 17, 2023: 37, 2025: 26 (19 after the 2026 split of Groep Markuszower).
    // The party has no well-known party account of its own on X; its leader posts
    // as @geertwilderspvv (a personal account, not listed here).
    id: "pvv",
    name: "PVV",
    names: ["Partij voor de Vrijheid"],
    abbreviations: ["PVV"],
    ambiguous: [],
    hashtags: ["PVV"],
    handles: {},
    websites: ["pvv.nl"],
  },
  {
    // Seats 2021: 15, 2023: 5, 2025: 18.
    id: "cda",
    name: "CDA",
    names: ["Christen-Democratisch Appèl", "Christendemocratisch Appèl"],
    abbreviations: ["CDA"],
    ambiguous: [],
    hashtags: ["CDA"],
    handles: {
      x: ["cdavandaag"],
      instagram: ["cdavandaag"], // unverified
    },
    // cdja.nl: CDJA, the CDA's youth organisation.
    websites: ["cda.nl", "cdja.nl"],
  },
  {
    // Seats 2021: 24, 2023: 9, 2025: 26.
    id: "d66",
    name: "D66",
    names: ["Democraten 66", "Democraten '66"],
    abbreviations: ["D66"],
    ambiguous: [],
    hashtags: ["D66", "TeamD66"],
    handles: {
      x: ["D66"],
      instagram: ["d66"], // unverified
      linkedin: ["d66"], // unverified
    },
    // jongedemocraten.nl: Jonge Democraten, D66's affiliated youth organisation.
    websites: ["d66.nl", "jongedemocraten.nl"],
  },
  {
    // Seats 2021: 8 (own list). 2023 and 2025: joint list GroenLinks-PvdA (see "glpvda").
    // Merged into Progressief Nederland in 2026 (see "pro").
    id: "groenlinks",
    name: "GroenLinks",
    names: ["GroenLinks", "Groen Links"],
    abbreviations: ["GL"],
    ambiguous: ["GL"],
    hashtags: ["GroenLinks"],
    handles: {
      x: ["groenlinks"],
      instagram: ["groenlinks"],
      facebook: ["groenlinks"],
    },
    websites: ["groenlinks.nl"],
  },
  {
    // Seats 2021: 9 (own list). 2023 and 2025: joint list GroenLinks-PvdA (see "glpvda").
    // Merged into Progressief Nederland in 2026 (see "pro").
    id: "pvda",
    name: "PvdA",
    names: ["Partij van de Arbeid"],
    abbreviations: ["PvdA"],
    ambiguous: [],
    hashtags: ["PvdA"],
    handles: {
      x: ["PvdA"],
      instagram: ["pvda"], // unverified
      facebook: ["pvda"], // unverified
    },
    // jongesocialisten.nl: Jonge Socialisten, the PvdA's youth organisation.
    websites: ["pvda.nl", "jongesocialisten.nl"],
  },
  {
    // Joint list of GroenLinks and PvdA. Seats 2023: 25, 2025: 20. One fractie in the
    // Tweede Kamer until 10 June 2026, when it took the name of the merged party
    // Progressief Nederland (PRO, see "pro").
    id: "glpvda",
    name: "GroenLinks-PvdA",
    names: ["GroenLinks-PvdA", "GroenLinks/PvdA", "GroenLinks PvdA", "PvdA-GroenLinks", "PvdA/GroenLinks"],
    abbreviations: ["GL-PvdA", "GL/PvdA", "GLPvdA", "PvdA-GL", "PvdA/GL"],
    ambiguous: [],
    hashtags: ["GLPvdA", "GroenLinksPvdA"],
    handles: {
      x: ["GLPvdA"], // unverified
      instagram: ["groenlinkspvda"], // unverified
    },
    websites: ["groenlinkspvda.nl"],
  },
  {
    // Progressief Nederland (PRO): the party into which GroenLinks and PvdA merged in
    // 2026 (members voted for the merger in June 2025). The Tweede Kamer fractie is
    // called PRO since 10 June 2026. "PRO" is an ordinary word ("pro", "pro-Europees"),
    // hence ambiguous.
    id: "pro",
    name: "Progressief Nederland",
    names: ["Progressief Nederland"],
    abbreviations: ["PRO"],
    ambiguous: ["PRO"],
    hashtags: ["ProgressiefNederland"],
    handles: {
      x: ["progressiefned"], // unverified (seen in public research data, 2026)
    },
    websites: ["progressiefnederland.nl"],
  },
  {
    // Seats 2021: 9, 2023: 5, 2025: 3.
    id: "sp",
    name: "SP",
    names: ["Socialistische Partij"],
    abbreviations: ["SP"],
    ambiguous: ["SP"],
    hashtags: ["SP"],
    handles: {
      x: ["SPnl"],
      instagram: ["spnl"], // unverified
    },
    websites: ["sp.nl"],
  },
  {
    // Seats 2021: 6, 2023: 3, 2025: 3.
    id: "pvdd",
    name: "Partij voor de Dieren",
    names: ["Partij voor de Dieren"],
    abbreviations: ["PvdD"],
    ambiguous: [],
    hashtags: ["PvdD", "PartijvoordeDieren"],
    handles: {
      x: ["PartijvdDieren"],
      instagram: ["partijvoordedieren"], // unverified
    },
    websites: ["partijvoordedieren.nl"],
  },
  {
    // Seats 2021: 5, 2023: 3, 2025: 3.
    id: "christenunie",
    name: "ChristenUnie",
    names: ["ChristenUnie", "Christen Unie"],
    abbreviations: ["CU"],
    ambiguous: ["CU"],
    hashtags: ["ChristenUnie"],
    handles: {
      x: ["christenunie"],
      instagram: ["christenunie"], // unverified
    },
    websites: ["christenunie.nl"],
  },
  {
    // Seats 2021: 3, 2023: 3, 2025: 3.
    id: "sgp",
    name: "SGP",
    names: ["Staatkundig Gereformeerde Partij"],
    abbreviations: ["SGP"],
    ambiguous: [],
    hashtags: ["SGP"],
    handles: {
      x: ["SGPnieuws"],
    },
    websites: ["sgp.nl"],
  },
  {
    // Seats 2021: 3, 2023: 3, 2025: 3. "denk" is an ordinary Dutch word ("Denk mee").
    id: "denk",
    name: "DENK",
    names: ["Politieke Beweging DENK"],
    abbreviations: ["DENK"],
    ambiguous: ["DENK"],
    hashtags: ["DENK"],
    handles: {
      x: ["DenkNL"],
    },
    websites: ["bewegingdenk.nl"],
  },
  {
    // Seats 2021: 8 (5 after the split of Groep Van Haga), 2023: 3, 2025: 7.
    id: "fvd",
    name: "FvD",
    names: ["Forum voor Democratie"],
    abbreviations: ["FvD"],
    ambiguous: [],
    hashtags: ["FvD"],
    handles: {
      x: ["fvdemocratie"],
      instagram: ["fvdemocratie"], // unverified
    },
    websites: ["fvd.nl"],
  },
  {
    // Seats 2021: 3, 2023: 1, 2025: 9. Judgment call: ambiguous, because a loose
    // match with separators ("ja, 21 mei") would fire on ordinary text.
    id: "ja21",
    name: "JA21",
    names: ["Juiste Antwoord 2021"],
    abbreviations: ["JA21"],
    ambiguous: ["JA21"],
    hashtags: ["JA21"],
    handles: {
      x: ["JuisteAntwoord"],
    },
    websites: ["ja21.nl"],
  },
  {
    // Seats 2021: 3 (2 after Gündoğan left), 2023: 2, 2025: 1. "volt" is a unit.
    id: "volt",
    name: "Volt",
    names: ["Volt Nederland"],
    abbreviations: ["Volt"],
    ambiguous: ["Volt"],
    hashtags: ["Volt", "VoltNederland"],
    handles: {
      x: ["VoltNederland"],
      instagram: ["voltnederland"], // unverified
    },
    // volteuropa.org: the pan-European party Volt Europa, of which Volt Nederland is a chapter.
    websites: ["voltnederland.org", "volteuropa.org"],
  },
  {
    // Seats 2021: 1, 2023: 0. (Named "Artikel 1" until 2017; not listed, since
    // "artikel 1" is an ordinary reference to the Constitution.)
    id: "bij1",
    name: "BIJ1",
    names: [],
    abbreviations: ["BIJ1"],
    ambiguous: ["BIJ1"],
    hashtags: ["BIJ1"],
    handles: {
      x: ["PolitiekBIJ1"],
    },
    websites: ["bij1.org"],
  },
  {
    // Seats 2021: 1, 2023: 7, 2025: 4.
    id: "bbb",
    name: "BBB",
    names: ["BoerBurgerBeweging", "Boer Burger Beweging"],
    abbreviations: ["BBB"],
    ambiguous: ["BBB"],
    hashtags: ["BBB", "BoerBurgerBeweging"],
    handles: {
      x: ["BoerBurgerB"],
      instagram: ["boerburgerbeweging"], // unverified
    },
    websites: ["boerburgerbeweging.nl"],
  },
  {
    // Seats 2023: 20, 2025: 0. Judgment call: ambiguous, as a three-letter
    // abbreviation that also occurs in URLs and other contexts in lower case.
    id: "nsc",
    name: "NSC",
    names: ["Nieuw Sociaal Contract"],
    abbreviations: ["NSC"],
    ambiguous: ["NSC"],
    hashtags: ["NSC", "NieuwSociaalContract"],
    handles: {
      x: ["NwSocContract"],
    },
    websites: ["nieuwsociaalcontract.nl"],
  },
  {
    // Seats 2021: 1 (the member left the party in 2021: Fractie Den Haan), 2023: 0,
    // 2025: 2. Judgment call: ambiguous, because "50plus" in lower case is the usual
    // word for the age group ("50plus-werkzoekenden").
    id: "50plus",
    name: "50PLUS",
    names: [],
    abbreviations: ["50PLUS"],
    ambiguous: ["50PLUS"],
    hashtags: ["50PLUS"],
    handles: {
      x: ["50pluspartij"],
    },
    websites: ["50pluspartij.nl"],
  },
  {
    // Belang van Nederland: party of Wybren van Haga, founded after the split from
    // FvD; its Kamerleden sat as Groep Van Haga (2021-2023); no seats in 2023.
    // "belang van Nederland" is an ordinary phrase ("in het belang van Nederland"),
    // hence ambiguous.
    id: "bvnl",
    name: "BVNL",
    names: ["Belang van Nederland"],
    abbreviations: ["BVNL"],
    ambiguous: ["Belang van Nederland"],
    hashtags: ["BVNL"],
    handles: {},
    websites: ["bvnl.nl"],
  },

  // ---------------------------------------------------------------------------
  // Groups formed by splits in the Tweede Kamer (seat-holders without an own
  // election result). Names only: they have no party apparatus of their own.
  // ---------------------------------------------------------------------------
  {
    // Van Haga, Ephraim and Smolders, split from FvD on 13 May 2021; contested 2023 as BVNL.
    id: "groepvanhaga",
    name: "Groep Van Haga",
    names: ["Groep Van Haga", "Fractie Van Haga"],
    abbreviations: [],
    ambiguous: [],
    hashtags: [],
    handles: {},
    websites: [],
  },
  {
    // Olaf Ephraim, split from Groep Van Haga in August 2023 until December 2023.
    id: "lidephraim",
    name: "Lid Ephraim",
    names: ["Lid Ephraim"],
    abbreviations: [],
    ambiguous: [],
    hashtags: [],
    handles: {},
    websites: [],
  },
  {
    // Liane den Haan, elected for 50PLUS in 2021, left the party in 2021 (until 2023).
    id: "fractiedenhaan",
    name: "Fractie Den Haan",
    names: ["Fractie Den Haan", "Fractie-Den Haan", "Lid Den Haan"],
    abbreviations: [],
    ambiguous: [],
    hashtags: [],
    handles: {},
    websites: [],
  },
  {
    // Pieter Omtzigt, elected for CDA in 2021, left the CDA fractie in 2021 (until 2023,
    // then founded NSC).
    id: "lidomtzigt",
    name: "Lid Omtzigt",
    names: ["Lid Omtzigt"],
    abbreviations: [],
    ambiguous: [],
    hashtags: [],
    handles: {},
    websites: [],
  },
  {
    // Nilüfer Gündoğan, elected for Volt in 2021, expelled from the Volt fractie in 2022
    // (until 2023).
    id: "lidgundogan",
    name: "Lid Gündoğan",
    names: ["Lid Gündoğan"],
    abbreviations: [],
    ambiguous: [],
    hashtags: [],
    handles: {},
    websites: [],
  },
  {
    // Henk Krol and Femke Merel van Kooten-Arissen sat as one group until the new
    // Kamer was installed on 31 March 2021; Krol's party was Partij voor de Toekomst,
    // Van Kooten-Arissen's Splinter (neither won a seat in 2021).
    id: "groepkrolvankooten",
    name: "Groep Krol/Van Kooten-Arissen",
    names: ["Groep Krol/Van Kooten-Arissen"],
    abbreviations: [],
    ambiguous: [],
    hashtags: [],
    handles: {},
    websites: [],
  },
  {
    id: "pvdt",
    name: "Partij voor de Toekomst",
    names: ["Partij voor de Toekomst"],
    abbreviations: ["PvdT"],
    ambiguous: [],
    hashtags: [],
    handles: {},
    websites: [],
  },
  {
    // "splinter" is an ordinary Dutch word, hence ambiguous.
    id: "splinter",
    name: "Splinter",
    names: ["Splinter"],
    abbreviations: [],
    ambiguous: ["Splinter"],
    hashtags: [],
    handles: {},
    websites: [],
  },
  {
    // Seven Kamerleden who left the PVV fractie on 20 January 2026 (after the period
    // the spec requires; listed because the data is current to 2026-11-29).
    id: "groepmarkuszower",
    name: "Groep Markuszower",
    names: ["Groep Markuszower"],
    abbreviations: [],
    ambiguous: [],
    hashtags: [],
    handles: {},
    websites: [],
  },
  {
    // Mona Keijzer, one-person fractie since 24 February 2026 (after the period the
    // spec requires; listed because the data is current to 2026-11-29).
    id: "lidkeijzer",
    name: "Lid Keijzer",
    names: ["Lid Keijzer"],
    abbreviations: [],
    ambiguous: [],
    hashtags: [],
    handles: {},
    websites: [],
  },
];
