import { describe, expect, it } from "vitest";
import { PARTIES, type Party } from "../../rules/data/parties";
import { findPartyInHandle, findPartyReferences } from "../../rules/parties/match";

/** The references in a text as [party id, kind, the original text the range covers]. */
function references(text: string, allowed: string[] = []): [string, string, string][] {
  return findPartyReferences(text, PARTIES, allowed).map((reference) => [
    reference.party.id,
    reference.kind,
    text.slice(reference.start, reference.end),
  ]);
}

function inHandle(handle: string): [string, string] | null {
  const found = findPartyInHandle(handle, PARTIES);
  return found ? [found.party.id, handle.slice(found.start, found.end)] : null;
}

describe("findPartyReferences: obfuscation is seen through", () => {
  it.each<[string, string, string, string]>([
    ["Lid van de VVD", "vvd", "abbreviation", "VVD"],
    ["lid van de vvd", "vvd", "abbreviation", "vvd"],
    ["Namens de Vvd", "vvd", "abbreviation", "Vvd"],
    ["Minister (ＶＶＤ)", "vvd", "abbreviation", "ＶＶＤ"],
    ["Minister (V\u200BVD)", "vvd", "abbreviation", "V\u200BVD"],
    ["Minister (V\u200DV\u2060D)", "vvd", "abbreviation", "V\u200DV\u2060D"],
    ["Minister (V\u00ADVD)", "vvd", "abbreviation", "V\u00ADVD"],
    ["Minister (\u0421DA)", "cda", "abbreviation", "\u0421DA"],
    ["Minister (\u0421\u0414A)".replace("\u0414", "D"), "cda", "abbreviation", "\u0421DA"],
    ["Minister (P\u0412V)".replace("\u0412", "V"), "pvv", "abbreviation", "PVV"],
    ["Minister (\u0392\u0392\u0392)", "bbb", "abbreviation", "\u0392\u0392\u0392"],
    ["Minister, V.V.D.", "vvd", "abbreviation", "V.V.D"],
    ["Minister, V V D", "vvd", "abbreviation", "V V D"],
    ["Minister, v-v-d", "vvd", "abbreviation", "v-v-d"],
    ["Minister, P.v.d.A.", "pvda", "abbreviation", "P.v.d.A"],
    ["Minister, C D A", "cda", "abbreviation", "C D A"],
    ["Christen-Democratisch Appèl", "cda", "name", "Christen-Democratisch Appèl"],
    ["christen-democratisch appel", "cda", "name", "christen-democratisch appel"],
    ["Partij van de Arbeid", "pvda", "name", "Partij van de Arbeid"],
    ["Volkspartij voor Vrijheid en Democratie", "vvd", "name", "Volkspartij voor Vrijheid en Democratie"],
    ["Sterk met GroenLinks-PvdA", "glpvda", "name", "GroenLinks-PvdA"],
    ["Sterk met GL-PvdA", "glpvda", "abbreviation", "GL-PvdA"],
    ["Sterk met GLPvdA", "glpvda", "abbreviation", "GLPvdA"],
    ["Sterk met GL/PvdA", "glpvda", "abbreviation", "GL/PvdA"],
    ["Sterk met GroenLinks", "groenlinks", "name", "GroenLinks"],
    ["Sterk met Groen Links", "groenlinks", "name", "Groen Links"],
    ["Lid van D66", "d66", "abbreviation", "D66"],
    ["Lid van Democraten 66", "d66", "name", "Democraten 66"],
    ["Trots op 50PLUS", "50plus", "abbreviation", "50PLUS"],
    ["Voor JA21", "ja21", "abbreviation", "JA21"],
    ["Nieuw Sociaal Contract", "nsc", "name", "Nieuw Sociaal Contract"],
    ["BoerBurgerBeweging", "bbb", "name", "BoerBurgerBeweging"],
    ["Partij voor de Dieren", "pvdd", "name", "Partij voor de Dieren"],
    // Bidirectional overrides (issue 17, item 13): shown as PVV, typed as VVP.
    ["Lid van de \u202EVVP\u202C", "pvv", "abbreviation", "VVP"],
    ["Lid van de \u202EVVP", "pvv", "abbreviation", "VVP"],
    ["Lid van de \u2067\u202EVVP\u2069 en meer", "pvv", "abbreviation", "VVP"],
    ["Lid van de \u202BPVV\u202C", "pvv", "abbreviation", "PVV"],
    ["Lid van de \u2066PVV\u2069", "pvv", "abbreviation", "PVV"],
  ])("%j -> %s %s %j", (text, party, kind, written) => {
    expect(references(text)).toEqual([[party, kind, written]]);
  });

  it.each<[string, string, string]>([
    ["#TeamVVD", "vvd", "#TeamVVD"],
    ["#Team\u202EVVP\u202C", "pvv", "#Team\u202EVVP"],
    ["#\u202EVVPmaeT\u202C", "pvv", "#\u202EVVPmaeT"],
    ["#vvd", "vvd", "#vvd"],
    ["#VVDteam", "vvd", "#VVDteam"],
    ["#teamcda", "cda", "#teamcda"],
    ["#D66", "d66", "#D66"],
    ["#GLPvdA", "glpvda", "#GLPvdA"],
    ["#GroenLinksPvdA", "glpvda", "#GroenLinksPvdA"],
    ["#denk", "denk", "#denk"],
    ["#volt", "volt", "#volt"],
    ["#SP", "sp", "#SP"],
    ["#TeamＰＶＶ", "pvv", "#TeamＰＶＶ"],
  ])("hashtag %j", (text, party, written) => {
    expect(references(`Minister. ${text} Vragen? DM.`)).toEqual([[party, "hashtag", written]]);
  });

  it.each<[string, string]>([
    ["@SPnl", "sp"],
    ["@spnl", "sp"],
    ["@DenkNL", "denk"],
    ["@VoltNederland", "volt"],
    ["@PolitiekBIJ1", "bij1"],
    ["@cdavandaag", "cda"],
    ["@TeamVVD", "vvd"],
    ["@Ayoub_DENK", "denk"],
  ])("handle %j", (mention, party) => {
    expect(references(`Minister. Volg ${mention}.`)).toEqual([[party, "handle", mention]]);
  });

  it.each<[string, string, string]>([
    ["Meer op vvd.nl", "vvd", "vvd.nl"],
    ["Meer op www.vvd.nl.", "vvd", "www.vvd.nl"],
    ["Meer op https://www.vvd.nl/nieuws", "vvd", "https://www.vvd.nl/nieuws"],
    ["Meer op utrecht.cda.nl", "cda", "utrecht.cda.nl"],
    ["Meer op https://amsterdam.groenlinks.nl/", "groenlinks", "https://amsterdam.groenlinks.nl/"],
    ["Meer op (sp.nl)", "sp", "sp.nl"],
    ["Meer op «vvd.nl».", "vvd", "vvd.nl"],
    ["Meer op [https://d66.nl/]", "d66", "https://d66.nl/"],
    ["Meer op bewegingdenk.nl", "denk", "bewegingdenk.nl"],
    ["Meer op HTTPS://PVV.NL", "pvv", "HTTPS://PVV.NL"],
  ])("website %j", (text, party, written) => {
    expect(references(text)).toEqual([[party, "website", written]]);
  });
});

describe("findPartyReferences: ambiguous short names", () => {
  it.each([
    "Denk mee over de begroting.",
    "Ik denk dat we dit samen doen.",
    "Denken, doen, durven.",
    "Laadpalen van 230 volt.",
    "Volt is een eenheid van spanning.",
    "CU later!",
    "CU soon at the summit.",
    "Zie o.a. het sp. verslag.",
    "Bezoek aan de s.p. van Utrecht.",
    "Een nieuwe bijl en een bijlage.",
    "Bij1 of twee gelegenheden.",
    "Pro-actief, pro forma.",
  ])("not a party: %j", (text) => {
    expect(references(text)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ["Lid van DENK", "denk", "DENK"],
    ["Lid van Denk", "denk", "Denk"],
    ["Namens Volt in de Kamer", "volt", "Volt"],
    ["Fractie SP", "sp", "SP"],
    ["partij: Volt", "volt", "Volt"],
    ["Kamerlid voor de SP", "sp", "SP"],
    ["Ik stem SP", "sp", "SP"],
    ["Trots op DENK", "denk", "DENK"],
    ["CU-fractie", "christenunie", "CU"],
    ["Voor de CU in de Kamer", "christenunie", "CU"],
    ["BBB", "bbb", "BBB"],
    ["Het BBB-gesprek", "bbb", "BBB"],
    ["lid van bbb", "bbb", "bbb"],
    ["Namens BIJ1", "bij1", "BIJ1"],
    ["Namens NSC", "nsc", "NSC"],
  ])("counts: %j", (text, party, written) => {
    expect(references(text)).toEqual([[party, "abbreviation", written]]);
  });
});

describe("findPartyReferences: no false positives", () => {
  it.each([
    "Onze spoorminister reist met de trein.",
    "Vandaag in Cdaag? Nee.",
    "Het opvvarende schip",
    "Wetsvoorstel over pvvd-regels",
    "https://www.rijksoverheid.nl/onderwerpen/cda-rapport",
    "rijksoverheid.nl/documenten/pvv-vragen",
    "https://www.rijksoverheid.nl/?partij=vvd",
    "Zie vvd.nl.example.org niet",
    "Bezoek aan Volendam, Denekamp, Bijlmer en Spijkenisse.",
    "Het Splinterhuis en splinternieuwe plannen.",
    "Met provincie en ProRail.",
    "Minister van Volksgezondheid, Welzijn en Sport.",
    "Redactie: directie Communicatie @MinVWS.",
    "",
  ])("%j", (text) => {
    expect(references(text)).toEqual([]);
  });

  it("skips the configured personal handle (whole handle, case and @ ignored)", () => {
    expect(references("Persoonlijk: @Hugo_CDA", ["@hugo_cda"])).toEqual([]);
    expect(references("Persoonlijk: @Hugo_CDA", ["Hugo_CDA"])).toEqual([]);
    expect(references("Persoonlijk: @Hugo_CDA", [])).toEqual([["cda", "handle", "@Hugo_CDA"]]);
    expect(references("Fan: @Hugo_CDA_fan", ["Hugo_CDA"])).toEqual([["cda", "handle", "@Hugo_CDA_fan"]]);
  });

  it("does not match a name inside a link, hashtag or mention twice", () => {
    expect(references("https://utrecht.cda.nl/cda #TeamCDA @cdavandaag CDA")).toEqual([
      ["cda", "website", "https://utrecht.cda.nl/cda"],
      ["cda", "hashtag", "#TeamCDA"],
      ["cda", "handle", "@cdavandaag"],
      ["cda", "abbreviation", "CDA"],
    ]);
  });

  it("matches the longest name: GroenLinks-PvdA is one reference", () => {
    expect(references("GroenLinks-PvdA en PvdA-GroenLinks")).toEqual([
      ["glpvda", "name", "GroenLinks-PvdA"],
      ["glpvda", "name", "PvdA-GroenLinks"],
    ]);
    expect(references("PvdA-GL, PvdA/GL en GL-PvdA")).toEqual([
      ["glpvda", "abbreviation", "PvdA-GL"],
      ["glpvda", "abbreviation", "PvdA/GL"],
      ["glpvda", "abbreviation", "GL-PvdA"],
    ]);
  });

  it("returns nothing with an empty party list", () => {
    expect(findPartyReferences("VVD", [])).toEqual([]);
  });

  it("uses a configured party list", () => {
    const local: Party = {
      id: "lokaal",
      name: "Lokaal Belang",
      names: ["Lokaal Belang"],
      abbreviations: ["LB"],
      ambiguous: ["LB"],
      hashtags: ["TeamLokaal"],
      handles: { x: ["LokaalBelang"] },
      websites: ["lokaalbelang.example"],
    };
    const parties = [...PARTIES, local];
    const found = findPartyReferences("Lokaal Belang, #TeamLokaal, @LokaalBelang, lb, LB-fractie", parties);
    expect(found.map((reference) => [reference.party.id, reference.kind])).toEqual([
      ["lokaal", "name"],
      ["lokaal", "hashtag"],
      ["lokaal", "handle"],
      ["lokaal", "abbreviation"],
    ]);
  });
});

describe("findPartyReferences: UTF-16 ranges in the original text", () => {
  it.each<[string, string]>([
    ["😀😀 VVD", "VVD"],
    ["👨‍👩‍👧 Minister 🇳🇱 #TeamVVD", "#TeamVVD"],
    ["𝓜inister — \u200B\u200BCDA!", "CDA"],
    ["Ministe\u0301r ＰＶＶ", "ＰＶＶ"],
    ["Ａ😀 V\u200BV\u200BD 😀", "V\u200BV\u200BD"],
    ["e\u0301e\u0301 Volkspartij voor Vrijheid en Democratie", "Volkspartij voor Vrijheid en Democratie"],
    ["🙂 meer op 🙂 vvd.nl", "vvd.nl"],
    ["ﬁ @SPnl", "@SPnl"],
  ])("%j", (text, written) => {
    const found = findPartyReferences(text, PARTIES);
    expect(found).toHaveLength(1);
    const [reference] = found;
    expect(text.slice(reference?.start, reference?.end)).toBe(written);
  });

  it("sorts references by position", () => {
    const found = findPartyReferences("vvd.nl #TeamCDA PVV @SPnl", PARTIES);
    expect(found.map((reference) => reference.start)).toEqual([0, 7, 16, 20]);
  });
});

describe("findPartyInHandle", () => {
  it.each<[string, [string, string]]>([
    ["AyoubDENK", ["denk", "DENK"]],
    ["Stas_SP", ["sp", "SP"]],
    ["@Stas_SP", ["sp", "SP"]],
    ["SP_Jansen", ["sp", "SP"]],
    ["MinisterVOLT", ["volt", "VOLT"]],
    ["Mona_BBB", ["bbb", "BBB"]],
    ["JanBIJ1", ["bij1", "BIJ1"]],
    ["TeamVVD", ["vvd", "VVD"]],
    ["teamvvd", ["vvd", "vvd"]],
    ["cdavandaag", ["cda", "cdavandaag"]],
    ["@SPnl", ["sp", "@SPnl"]],
    ["DenkNL", ["denk", "DenkNL"]],
    ["VoltNederland", ["volt", "VoltNederland"]],
    ["fleur_pvv", ["pvv", "pvv"]],
    ["d66jesse", ["d66", "d66"]],
    ["GroenLinksPvdA", ["glpvda", "GroenLinksPvdA"]],
    ["Hugo_CDA", ["cda", "CDA"]],
  ])("%s", (handle, expected) => {
    expect(inHandle(handle)).toEqual(expected);
  });

  it.each([
    "spoorminister",
    "StasCurriculum",
    "marijkedenkers",
    "MinisterVWS",
    "MinPres",
    "StasMijnbouw",
    "voltage",
    "Denkertje",
    "bijlsma",
    "cupido",
    "ProRail",
    "SPoelman",
    "ninaSpeelt",
    "fleuragema",
    "",
    "@",
  ])("not a party: %j", (handle) => {
    expect(inHandle(handle)).toBeNull();
  });
});

describe("findPartyReferences: reference data that cannot match (issue 17, item 1)", () => {
  const party = (abbreviations: string[], names: string[] = []): Party => ({
    id: "org-voorbeeldpartij",
    name: "Voorbeeldpartij",
    names,
    abbreviations,
    ambiguous: [],
    hashtags: [],
    handles: {},
    websites: [],
  });

  // Before the fix the abbreviation's pattern was empty and the match loop never ended.
  it("ends, and finds an abbreviation in Arabic letters as written", () => {
    const parties = [party(["حزب"])];
    expect(findPartyReferences("Minister, Den Haag", parties)).toEqual([]);
    const found = findPartyReferences("Minister, lid van حزب", parties);
    expect(found.map((reference) => reference.kind)).toEqual(["abbreviation"]);
  });

  it.each([["🎉"], ["—"], ["..."], ["\u200B"], [" "]])(
    "ends with the spelling %j that has no letter or digit",
    (odd) => {
      const parties = [party([odd], [odd])];
      expect(findPartyReferences("Minister, Den Haag. — 🎉 ... ", parties)).toEqual([]);
      expect(findPartyReferences("Lid van de Voorbeeldpartij", parties)).toHaveLength(1);
    },
  );

  it("ends when no party has any usable spelling", () => {
    const empty = { ...party(["🎉"]), name: "—" };
    expect(findPartyReferences("Minister, Den Haag", [empty])).toEqual([]);
  });
});

describe("findPartyReferences: oversized reference data (found by npm run fuzz)", () => {
  it("skips a spelling too long to be a name instead of overflowing the pattern compiler", () => {
    const huge: Party = {
      id: "org-huge",
      name: "Voorbeeldpartij",
      names: [],
      abbreviations: ["VVD".repeat(20_000)],
      ambiguous: [],
      hashtags: [],
      handles: {},
      websites: [],
    };
    expect(findPartyReferences("Lid van de Voorbeeldpartij", [huge])).toHaveLength(1);
  });
});
