import { describe, expect, it } from "vitest";
import { MINISTRIES } from "../../rules/data/ministries";
import { compact, fold, foldForComparison, originalRange } from "../../rules/text/fold";
import { findHandleMention, findMentions, handleSegments, normalizeHandle, sameHandle } from "../../rules/text/handles";
import { isPlausiblePersonName, sameName } from "../../rules/text/names";
import { findOfficeHolder, isOfficeHandle } from "../../rules/text/office";

describe("fold: bidirectional controls (issue 17, item 13)", () => {
  it.each<[string, string]>([
    ["a\u202Ebc\u202Cd", "acbd"],
    ["\u202EVVP", "PVV"],
    ["\u202EVVP\nVVP", "PVV\nVVP"],
    // An embedding inside the override keeps its letters in order.
    ["\u202E\u202AVVP\u202CPVV\u202C", "VVPVVP"],
    ["\u2067\u202EVVP\u2069VVP", "PVVVVP"],
    ["\u202E😀ab\u202C", "ba😀"],
  ])("%j is read in display order as %j", (input, shown) => {
    expect(fold(input).text).toBe(shown);
  });

  it("maps a range in a reversed run back to the typed characters", () => {
    const input = "Lid van de \u202EVVP\u202C.";
    const folded = fold(input);
    const at = folded.text.indexOf("PVV");
    const range = originalRange(folded, at, at + 3);
    expect(input.slice(range.start, range.end)).toBe("VVP");
  });
});

describe("fold", () => {
  it.each<[string, string]>([
    ["VVD", "VVD"],
    ["ＶＶＤ", "VVD"],
    ["V\u200BV\u200CD\u200D", "VVD"],
    ["\uFEFFCDA\u2060", "CDA"],
    ["\u0421DA", "CDA"],
    ["\u0392\u0392\u0392", "BBB"],
    ["Appèl", "Appel"],
    ["Yeşilgöz-Zegerius", "Yesilgoz-Zegerius"],
    ["e\u0301", "e"],
    ["ﬁ", "fi"],
    ["𝐕𝐕𝐃", "VVD"],
    ["😀", "😀"],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  it("keeps lower case aligned with the folded text", () => {
    const folded = fold("ＶＶＤ en СDA İstanbul");
    expect(folded.lower).toHaveLength(folded.text.length);
    expect(folded.origin).toHaveLength(folded.text.length);
    expect(folded.originEnd).toHaveLength(folded.text.length);
    expect(folded.lower.startsWith("vvd en cda")).toBe(true);
  });

  it("maps folded ranges back to UTF-16 ranges of the original", () => {
    const input = "😀 ＶV\u200BD ﬁx";
    const folded = fold(input);
    const at = folded.text.indexOf("VVD");
    expect(originalRange(folded, at, at + 3)).toEqual({ start: 3, end: 7 });
    expect(input.slice(3, 7)).toBe("ＶV\u200BD");
    const fi = folded.text.indexOf("fi");
    // Both folded letters come from the one ligature.
    expect(originalRange(folded, fi, fi + 1)).toEqual({ start: 8, end: 9 });
    expect(originalRange(folded, fi, fi + 2)).toEqual({ start: 8, end: 9 });
  });

  it("maps an empty range to a position, also at the end", () => {
    const folded = fold("ab");
    expect(originalRange(folded, 1, 1)).toEqual({ start: 1, end: 1 });
    expect(originalRange(folded, 2, 2)).toEqual({ start: 2, end: 2 });
  });

  it("compact keeps letters and digits in lower case", () => {
    expect(compact("V.V.D.")).toBe("vvd");
    expect(compact("#Team-ＶＶＤ")).toBe("teamvvd");
    expect(compact("Democraten '66")).toBe("democraten66");
    expect(compact("")).toBe("");
  });

  it("foldForComparison ignores case, diacritics and white space", () => {
    expect(foldForComparison("  Mariëlle   PAUL ")).toBe("marielle paul");
  });

  it("handles lone surrogates without throwing", () => {
    expect(() => fold("\uD800a\uDC00")).not.toThrow();
    expect(fold("\uD800a").origin).toHaveLength(fold("\uD800a").text.length);
  });
});

describe("handles", () => {
  it("normalises and compares whole handles", () => {
    expect(normalizeHandle(" @MinVWS ")).toBe("minvws");
    expect(sameHandle("@MinVWS", "minvws")).toBe(true);
    expect(sameHandle("MinBZKpers", "MinBZK")).toBe(false);
  });

  it.each<[string, string, [number, number] | null]>([
    ["Redactie: @MinVWS.", "MinVWS", [10, 17]],
    ["Redactie: @minvws", "@MinVWS", [10, 17]],
    ["Redactie: MinVWS", "MinVWS", [10, 16]],
    ["Zie @MinBZKpers", "MinBZK", null],
    ["Zie @xMinBZK", "MinBZK", null],
    ["Zie #MinBZK", "MinBZK", null],
    ["Zie @MinBZKpers en @MinBZK", "MinBZK", [19, 26]],
    ["Iets", "", null],
  ])("findHandleMention(%j, %j)", (text, handle, expected) => {
    const found = findHandleMention(text, handle);
    expect(found ? [found.start, found.end] : null).toEqual(expected);
  });

  it("finds @mentions but not e-mail addresses", () => {
    expect(findMentions("Volg @MinVWS en @SPnl; mail info@vws.nl")).toEqual([
      { handle: "MinVWS", start: 5, end: 12 },
      { handle: "SPnl", start: 16, end: 21 },
    ]);
  });

  it.each<[string, string[]]>([
    ["AyoubDENK", ["Ayoub", "DENK"]],
    ["Stas_SP", ["Stas", "SP"]],
    ["minpresschoof", ["minpresschoof"]],
    ["JanBIJ1", ["Jan", "BIJ1"]],
    ["SPoelman", ["S", "Poelman"]],
    ["MinisterVWS", ["Minister", "VWS"]],
  ])("handleSegments(%j)", (handle, segments) => {
    expect(handleSegments(handle).map((segment) => segment.text)).toEqual(segments);
  });
});

describe("office", () => {
  it.each([
    "MinPres",
    "minpres",
    "MinisterPresident",
    "MinisterVWS",
    "@MinisterLNV",
    "StasMijnbouw",
    "Stas_BZK",
    "StaatssecretarisFiscaliteit",
    "MinisterVoorMedischeZorg",
    "MinDefensie",
    "MinisterIenW",
    "MinVolksgezondheidWelzijnenSport",
  ])("office handle: %s", (handle) => {
    expect(isOfficeHandle(handle, MINISTRIES)).toBe(true);
  });

  it.each(["MinisterAgema", "minpresschoof", "fleuragema", "Minister", "Min", "StasCurriculum", "MinisterVWSpers", ""])(
    "not an office handle: %j",
    (handle) => {
      expect(isOfficeHandle(handle, MINISTRIES)).toBe(false);
    },
  );

  it("finds the office holder, not the ministry", () => {
    expect(findOfficeHolder("Minister-president van Nederland")).toEqual({ start: 0, end: 18 });
    expect(findOfficeHolder("Ik ben staatssecretaris.")).toEqual({ start: 7, end: 23 });
    expect(findOfficeHolder("Ministerie van VWS")).toBeNull();
    expect(findOfficeHolder("ministerraad en ministers")).toBeNull();
  });
});

describe("names", () => {
  it.each([
    "Fleur Agema",
    "Hugo de Jonge",
    "Jan-Willem van der Berg",
    "Marjolein Faber-van de Klashorst",
    "Mariëlle Paul",
    "Dirk ter Horst",
    "Sjoerd d'Hondt",
  ])("plausible: %j", (name) => {
    expect(isPlausiblePersonName(name)).toBe(true);
  });

  it.each([
    "Agema",
    "Minister van VWS",
    "Minister-president Schoof",
    "Ministerie VWS",
    "Fleur Agema (PVV)",
    "Fleur Agema 🇳🇱",
    "Fleur Agema2",
    "van Agema",
    "",
    "   ",
  ])("implausible: %j", (name) => {
    expect(isPlausiblePersonName(name)).toBe(false);
  });

  it("compares names folded", () => {
    expect(sameName("fleur  AGEMA", "Fleur Agema")).toBe(true);
    expect(sameName("Marielle Paul", "Mariëlle Paul")).toBe(true);
    expect(sameName("Fleur Agema PVV", "Fleur Agema")).toBe(false);
  });
});
