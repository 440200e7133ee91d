import { describe, expect, it } from "vitest";
import { editDistance, handleSkeleton, lookalikeKind } from "../../../rules/impostor/lookalike";

describe("lookalikeKind", () => {
  it.each([
    ["MinisterVVVS", "MinisterVWS", "lookalike-letters"],
    ["Minister_VWS", "MinisterVWS", "separators"],
    ["Minister.VWS", "MinisterVWS", "separators"],
    ["MinisterVWS1", "MinisterVWS", "added-digits"],
    ["MinisterVWS2026", "MinisterVWS", "added-digits"],
    ["Minister_VWS_1", "MinisterVWS", "added-digits"],
    // Cyrillic М, е, о and Greek Ο
    ["\u041CinisterVWS", "MinisterVWS", "homoglyphs"],
    ["Minist\u0435rVWS", "MinisterVWS", "homoglyphs"],
    ["MinPr\u0435s", "MinPres", "homoglyphs"],
    ["Minister_VW\u0405", "MinisterVWS", "homoglyphs"],
    ["rninpres", "minpres", "lookalike-letters"],
    ["MinisterVWS".replace("i", "1"), "MinisterVWS", "lookalike-letters"],
    ["MinPres0", "MinPres", "added-digits"],
    ["MinistrVWS", "MinisterVWS", "one-edit"],
    ["MinsiterVWS", "MinisterVWS", "one-edit"],
    ["MinisterVWSS", "MinisterVWS", "one-edit"],
  ])("%s imitates %s: %s", (candidate, official, kind) => {
    expect(lookalikeKind(candidate, official)).toBe(kind);
  });

  it.each([
    ["MinisterVWS", "MinisterVWS"],
    ["@ministervws", "MinisterVWS"],
    ["MinisterOCW", "MinisterVWS"],
    ["MinBZK", "MinBZ"],
    ["MinAZ", "MinBZ"],
    ["StasVWS", "MinisterVWS"],
    ["janjansen", "MinisterVWS"],
    ["", "MinisterVWS"],
  ])("%s does not imitate %s", (candidate, official) => {
    expect(lookalikeKind(candidate, official)).toBeNull();
  });
});

describe("handleSkeleton", () => {
  it("spells letters that read alike one way", () => {
    expect(handleSkeleton("MinisterVWS")).toBe(handleSkeleton("MinisterVVVS"));
    expect(handleSkeleton("@Min_Pres")).toBe(handleSkeleton("rninpres"));
  });
});

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "abc", 0],
    ["abc", "abd", 1],
    ["abc", "acb", 1],
    ["abc", "ab", 1],
    ["abcdef", "ab", 3],
  ])("%s to %s is %i (capped at 3)", (a, b, distance) => {
    expect(editDistance(a, b, 2)).toBe(distance);
  });
});
