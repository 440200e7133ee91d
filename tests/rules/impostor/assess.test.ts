import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MINISTRIES } from "../../../rules/data/ministries";
import {
  assessProfile,
  IMPOSTOR_QUOTES,
  impostorReportText,
  type OfficialAccount,
  PARODY_QUOTE,
  type VisitedProfile,
} from "../../../rules/impostor";
import { PLATFORMS } from "../../../rules/vocabulary";

const ACCOUNTS: OfficialAccount[] = [
  { platform: "x", handle: "MinisterVWS", type: "corporate", minister: "Fleur Agema", ministry: "VWS" },
  {
    platform: "instagram",
    handle: "minpres",
    type: "corporate",
    minister: "Dick Schoof",
    predecessorArchive: "minpresrutte",
  },
  {
    platform: "x",
    handle: "SophieHermans",
    type: "hybrid",
    minister: "Sophie Hermans",
    personalHandle: "SophieHermans",
  },
];

function profile(values: Partial<VisitedProfile>): VisitedProfile {
  return { platform: "x", handle: null, displayName: null, bio: null, ...values };
}

const assess = (values: Partial<VisitedProfile>) => assessProfile(profile(values), ACCOUNTS, MINISTRIES);

describe("assessProfile", () => {
  it.each([
    ["a look-alike handle with the minister's name", { handle: "MinisterVVVS", displayName: "Fleur Agema" }],
    [
      "an underscore and the logo",
      { handle: "Minister_VWS", displayName: "Minister VWS", avatarLogo: "present" as const },
    ],
    ["an added digit alone", { handle: "MinisterVWS1", displayName: "Nieuws" }],
    ["Cyrillic letters", { handle: "Minist\u0435rVWS", displayName: "Minister VWS" }],
    ["the minister's full name as profile name", { handle: "fleur_a_echt", displayName: "Fleur Agema" }],
    [
      "the office and portfolio as profile name",
      { handle: "echte_minister", displayName: "Minister van Volksgezondheid" },
    ],
    ["office title and logo", { handle: "kabinet_nl", displayName: "Minister", avatarLogo: "present" as const }],
    [
      "a ministry name and the logo",
      { handle: "vws_info", displayName: "Ministerie van VWS", avatarLogo: "present" as const },
    ],
  ])("warns on %s", (_, values) => {
    const result = assess(values);
    expect(result.verdict).toBe("suspect");
  });

  it("names the look-alike and the official account to compare with", () => {
    const result = assess({ handle: "MinisterVVVS", displayName: "Fleur Agema", avatarLogo: "present" });
    if (result.verdict !== "suspect") throw new Error(result.verdict);
    expect(result.compareWith?.handle).toBe("MinisterVWS");
    expect(result.reasons.map((reason) => reason.kind)).toEqual(["handle", "minister-name", "logo"]);
  });

  it.each([
    ["parodie in the name", { handle: "MinisterVVVS", displayName: "Fleur Agema (parodie)" }, "parodie"],
    ["parody in the bio", { handle: "Minister_VWS", displayName: "Minister VWS", bio: "Parody account." }, "parody"],
    ["fan", { handle: "agemafans", displayName: "Fleur Agema fans", bio: "" }, "fans"],
    ["niet officieel", { handle: "MinisterVWS1", bio: "Niet officieel!" }, "niet officieel"],
    ["the platform's label", { handle: "MinisterVWS1", parodyLabel: true }, "parody label"],
    ["parodie in the handle", { handle: "fleuragema_parodie", displayName: "Fleur Agema" }, "parodie"],
  ])("gives a note only for %s", (_, values, marker) => {
    const result = assess(values);
    expect(result).toMatchObject({ verdict: "parody", marker });
  });

  it.each([
    [
      "a journalist who mentions the minister",
      {
        handle: "jan_journalist",
        displayName: "Jan Jansen",
        bio: "Verslaggever. Volgt minister Fleur Agema en @MinisterVWS.",
      },
    ],
    [
      "a citizen writing about the ministry",
      {
        handle: "piet",
        displayName: "Piet",
        bio: "Kritisch over het Ministerie van Volksgezondheid, Welzijn en Sport",
      },
    ],
    ["someone called Stefan", { handle: "stefan", displayName: "Stefan de Vries" }],
    ["an unrelated account", { handle: "bakkerij_jansen", displayName: "Bakkerij Jansen", bio: "Vers brood" }],
    ["a minister in the name, elsewhere", { handle: "nieuwsjunk", displayName: "Nieuws over de minister" }],
    ["a logo alone", { handle: "rijkswaterstaat", displayName: "Rijkswaterstaat", avatarLogo: "present" as const }],
  ])("raises no alarm on %s", (_, values) => {
    expect(assess(values).verdict).toBe("unrelated");
  });

  it.each([
    ["the configured handle", { handle: "MinisterVWS" }],
    ["the configured handle in another case, with @", { handle: "@ministervws", displayName: "Fleur Agema" }],
    [
      "the configured handle on another platform",
      { platform: "instagram" as const, handle: "ministervws", displayName: "Fleur Agema" },
    ],
    [
      "the predecessor's archive",
      { platform: "instagram" as const, handle: "minpresrutte", displayName: "Mark Rutte" },
    ],
    [
      "a ministry's own account",
      { handle: "MinVWS", displayName: "Ministerie van VWS", avatarLogo: "present" as const },
    ],
  ])("knows %s as official", (_, values) => {
    expect(assess(values).verdict).toBe("official");
  });

  it("says not checked without a handle or without configured accounts", () => {
    expect(assess({ displayName: "Fleur Agema" })).toEqual({ verdict: "not-checked", reason: "no-handle" });
    expect(assessProfile(profile({ handle: "MinisterVVVS" }), [], MINISTRIES)).toEqual({
      verdict: "not-checked",
      reason: "no-accounts",
    });
  });
});

describe("a configured account is never reported (property)", () => {
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      "Fleur Agema",
      "Minister van VWS",
      "Ministerie van Volksgezondheid, Welzijn en Sport",
      "parodie",
      "",
    ),
  );
  const withCase = (handle: string, upper: readonly boolean[]) =>
    [...handle].map((char, index) => (upper[index] ? char.toUpperCase() : char.toLowerCase())).join("");
  const accountArbitrary = fc.record({
    platform: fc.constantFrom(...PLATFORMS),
    handle: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{2,14}$/),
    minister: fc.option(fc.constantFrom("Fleur Agema", "Dick Schoof", "Eelco van der Berg"), { nil: undefined }),
  });

  it("whatever its name, bio and avatar", () => {
    fc.assert(
      fc.property(
        fc.array(accountArbitrary, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.boolean(),
        fc.array(fc.boolean(), { maxLength: 16 }),
        text,
        text,
        fc.constantFrom("present", "uncertain", "absent", undefined),
        (accounts, pick, withAt, upper, displayName, bio, avatarLogo) => {
          const visited = accounts[pick % accounts.length] as OfficialAccount;
          const handle = withCase(visited.handle, upper);
          const result = assessProfile(
            { platform: visited.platform, handle: withAt ? `@${handle}` : handle, displayName, bio, avatarLogo },
            accounts,
            MINISTRIES,
          );
          expect(result.verdict).toBe("official");
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("report text", () => {
  it("gives the URL, what was seen, the date and the official account", () => {
    const result = assess({ handle: "MinisterVVVS", displayName: "Fleur Agema", avatarLogo: "present" });
    if (result.verdict !== "suspect") throw new Error(result.verdict);
    const text = impostorReportText({
      assessment: result,
      platform: "x",
      handle: "MinisterVVVS",
      url: "https://x.com/MinisterVVVS",
      seenOn: "2026-11-30",
      lang: "nl",
    });
    expect(text).toContain("URL: https://x.com/MinisterVVVS");
    expect(text).toContain("Gezien op: 2026-11-30");
    expect(text).toContain("De accountnaam lijkt op @ministervws (X), met letters die erop lijken");
    expect(text).toContain("De profielnaam noemt Fleur Agema.");
    expect(text).toContain("De profielfoto draagt het Rijksoverheidslogo.");
    expect(text).toContain("Het officiële account is @ministervws (X).");
    const english = impostorReportText({
      assessment: result,
      platform: "x",
      handle: "MinisterVVVS",
      url: "https://x.com/MinisterVVVS",
      seenOn: "2026-11-30",
      lang: "en",
    });
    expect(english).toContain("Seen on: 2026-11-30");
    expect(english).toContain("The official account is @ministervws (X).");
  });
});

describe("guideline quotes", () => {
  const lines = readFileSync("docs/reference/bewindspersonen-op-sociale-media.txt", "utf8")
    .split("\n")
    .map((line) => line.trim());
  it.each([PARODY_QUOTE, ...IMPOSTOR_QUOTES].map((quote) => [quote.text, quote]))(
    "%s is verbatim under its headings",
    (_, quote) => {
      let from = 0;
      for (const heading of quote.headings) {
        const line = lines.indexOf(heading, from);
        expect(line, heading).toBeGreaterThanOrEqual(0);
        from = line + 1;
      }
      expect(lines.slice(from).join("\n")).toContain(quote.text);
    },
  );
});

describe("a profile that only mentions a minister in its bio is never a suspect (property)", () => {
  it("whatever the bio says about ministers and ministries", () => {
    const mention = fc.constantFrom(
      "minister Fleur Agema",
      "@MinisterVWS",
      "Ministerie van VWS",
      "staatssecretaris",
      "Dick Schoof",
      "minister-president",
    );
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{3,10}_[a-z]{3,10}$/),
        fc.constantFrom("Jan Jansen", "Bakkerij Jansen", "Wijkkrant Noord", "Piet"),
        fc.array(fc.oneof(mention, fc.string({ maxLength: 10 })), { maxLength: 6 }),
        (handle, displayName, parts) => {
          const result = assess({ handle, displayName, bio: parts.join(" ") });
          expect(result.verdict).not.toBe("suspect");
        },
      ),
      { numRuns: 300 },
    );
  });
});
