import { describe, expect, it } from "vitest";
import { countCharacters, overflowStart } from "../../../rules/limits";
import { bio, findingsOf, ruleTester, severityTable } from "../rule-tester";

const RULE = "bio/length";
/** A compliant corporate bio, padded with filler words to exactly `length` characters. */
function corporateBio(length: number): string {
  const base = "Minister van VWS. Redactie: directie Communicatie @MinVWS. Webcare op werkdagen 9-17 uur.";
  return `${base} ${"x".repeat(length - base.length - 1)}`;
}

describe("countCharacters: as an HTML maxlength counts", () => {
  it.each([
    ["plain", "Minister", 8],
    ["precomposed é", "Café", 4],
    ["e + combining acute", "Cafe\u0301", 5],
    ["emoji outside the BMP", "👍", 2],
    ["emoji with variation selector", "❤️", 2],
    ["ZWJ family", "👨‍👩‍👧", 8],
    ["CRLF is one line break", "a\r\nb", 3],
    ["LF", "a\nb", 3],
    ["lone CR", "a\rb", 3],
    ["empty", "", 0],
  ])("%s", (_name, text, expected) => {
    expect(countCharacters(text)).toBe(expected);
  });
});

describe("overflowStart: never cuts a character in half", () => {
  it.each([
    ["fits exactly", "abcde", 5, null],
    ["one over", "abcdef", 5, 5],
    ["emoji across the limit is marked whole", "abcd👍", 5, 4],
    ["combining mark across the limit marks the whole letter", "abcde\u0301", 5, 4],
    ["CRLF counts once", "ab\r\ncd", 5, null],
    ["CRLF before the overflow", "ab\r\ncdef", 5, 6],
  ])("%s", (_name, text, limit, expected) => {
    expect(overflowStart(text, limit)).toBe(expected);
  });
});

ruleTester(RULE, {
  valid: [
    bio(corporateBio(160), { name: "X: exactly 160" }),
    bio(corporateBio(150), { platform: "instagram", name: "Instagram: exactly 150" }),
    bio("Minister van VWS. Redactie: @MinVWS. Webcare: werkdagen.", { platform: "facebook" }),
    bio(`${corporateBio(218)}\r\n`, {
      platform: "linkedin",
      type: "hybrid",
      name: "LinkedIn headline: CRLF counts once",
    }),
    bio(corporateBio(2000), { platform: "linkedin", type: "showcase", name: "showcase description 2,000" }),
    // The page's own maxlength wins over the table.
    bio(corporateBio(170), { options: { maxLength: { bio: 180 } }, name: "page maxlength 180 wins over 160" }),
  ],
  invalid: [
    {
      name: "X: 219/160, the part beyond 160 marked",
      case: bio(corporateBio(219)),
      errors: [
        {
          messageId: "tooLong",
          messageIncludes: "219/160 tekens",
          severity: "error",
          start: 160,
          end: 219,
          fix: null,
        },
      ],
    },
    {
      name: "English message",
      case: bio(corporateBio(219), { options: { lang: "en" } }),
      errors: [{ messageIncludes: "219/160 characters" }],
    },
    {
      name: "Instagram: 151/150",
      case: bio(corporateBio(151), { platform: "instagram" }),
      errors: [{ messageIncludes: "151/150", start: 150, end: 151 }],
    },
    {
      name: "Facebook: 102/101",
      case: bio(corporateBio(102), { platform: "facebook" }),
      errors: [{ messageIncludes: "102/101", start: 101 }],
    },
    {
      name: "LinkedIn headline: 221/220",
      case: bio(corporateBio(221), { platform: "linkedin", type: "hybrid" }),
      errors: [{ messageIncludes: "221/220" }],
    },
    {
      name: "emoji counted as 2: 159 letters + 👍 is 161",
      case: bio(`${corporateBio(159)}👍`),
      errors: [{ messageIncludes: "161/160", start: 159, end: 161, text: "👍" }],
    },
    {
      name: "combining mark: the accented letter beyond the limit is marked whole",
      case: bio(`${corporateBio(160)}\u0301`),
      errors: [{ messageIncludes: "161/160", start: 159, end: 161 }],
    },
    {
      name: "page maxlength 101 wins over the table's 160",
      case: bio(corporateBio(120), { options: { maxLength: { bio: 101 } } }),
      errors: [{ messageIncludes: "120/101", start: 101 }],
    },
  ],
  notEvaluated: [bio(null), bio(undefined, { platform: "facebook" })],
});

severityTable(RULE, bio(corporateBio(2001)), {
  "x/corporate": "error",
  "x/hybrid": "error",
  "instagram/corporate": "error",
  "instagram/hybrid": "error",
  "facebook/corporate": "error",
  "facebook/hybrid": "error",
  "linkedin/showcase": "error",
  "linkedin/hybrid": "error",
});

describe("bio/length ignores a page maxlength that is not a positive whole number", () => {
  it.each([0, -5, 1.5, Number.NaN])("maxLength %s falls back to the table", (maxLength) => {
    const findings = findingsOf(RULE, bio(corporateBio(161), { options: { maxLength: { bio: maxLength } } }));
    expect(findings.map((finding) => finding.message)).toEqual([expect.stringContaining("161/160")]);
  });
});
