import { marked, type Token, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { SCENARIOS, scenarioAvatar } from "@/components/playground/scenarios";
import { checkCase } from "@/rules/engine";
import { escapeMarkdown, type ReportCase, renderReviewReport } from "@/rules/report";
import type { Language } from "@/rules/schema";

const GENERATED_AT = new Date("2026-03-02T09:30:00Z");

function scenarioCase(id: string, lang: Language): ReportCase {
  const scenario = SCENARIOS.find((each) => each.id === id);
  if (!scenario) throw new Error(id);
  const avatar = scenarioAvatar(scenario);
  return {
    id,
    ...scenario.case,
    result: checkCase(scenario.case, { lang, avatar }),
    ...(avatar ? { avatar } : {}),
  };
}

function report(lang: Language): string {
  const hashtag = scenarioCase("corporate-party-hashtag", lang);
  const showcase = scenarioCase("showcase-party-link", lang);
  return renderReviewReport({
    cases: [
      {
        ...hashtag,
        waivers: [
          { rule: "bio/no-party", value: hashtag.profile.bio ?? "", reason: "Afgesproken met de SG" },
          { rule: "bio/webcare", value: "een oudere bio", reason: "Webcare via het ministerie" },
        ],
      },
      showcase,
    ],
    lang,
    generatedAt: GENERATED_AT,
    rulePackVersion: "0.1.0",
    guidelineVersion: "Juli 2024",
  });
}

describe("renderReviewReport", () => {
  it("matches the Dutch snapshot", () => {
    expect(report("nl")).toMatchSnapshot();
  });

  it("matches the English snapshot", () => {
    expect(report("en")).toMatchSnapshot();
  });

  it("names account, platform, time, rule pack and guideline for every case", () => {
    const text = report("nl");
    expect(text).toMatch(
      /^# Profielcheck-rapport\n\n2 profielen gecontroleerd: 1 fout, 0 waarschuwingen, 0 adviezen; 1 geaccepteerd/,
    );
    expect(text).toContain("| Account | @MinisterVWS |");
    expect(text).toContain("| Platform | X |");
    expect(text).toContain("| Platform | LinkedIn |");
    expect(text.match(/\| Gecontroleerd op \| 2026-03-02T09:30:00Z \|/g)).toHaveLength(2);
    expect(text.match(/\| Engine en regelset \| profielcheck 0\.1\.0 \|/g)).toHaveLength(2);
    expect(text.match(/\| Richtlijn \| Bijlage Bewindspersonen op sociale media, Juli 2024 \|/g)).toHaveLength(2);
  });

  it("gives each field's value as checked, with what the logo detector saw", () => {
    const text = report("en");
    expect(text).toContain(
      "| links | 1. https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema<br>2. https://www.pvv.nl/ |",
    );
    expect(text).toContain("| avatar | rijkslogo-lint.jpg (Rijkslogo found, 0.99) |");
    expect(text).toContain("| verified | yes | checked, 0 findings |");
  });

  it("lists every finding with severity, rule id, title, message and guideline quote with heading", () => {
    const text = report("nl");
    expect(text).toMatch(
      /\*\*fout\*\* — `link\/no-party-site` \(links\) Geen link naar een partijwebsite: Link 2 verwijst naar www\.pvv\.nl/,
    );
    expect(text).toMatch(/> — \*Karakteristieken en randvoorwaarden van corporate accounts › /);
  });

  it("lists a waived finding as waived, with the reason, and says which waivers did not apply", () => {
    const text = report("nl");
    expect(text).toContain("**fout, geaccepteerd** — `bio/no-party` (bio)");
    expect(text).toContain("   - Afwijking geaccepteerd: Afgesproken met de SG");
    expect(text).toContain("### Afwijkingen");
    expect(text).toMatch(/- `bio\/no-party` voor de waarde „.*#PVV”: Afgesproken met de SG \(toegepast\)/);
    expect(text).toMatch(
      /- `bio\/webcare` voor de waarde „een oudere bio”: Webcare via het ministerie \(niet toegepast: /,
    );
  });

  it("lists the fields not checked and why", () => {
    const text = report("en");
    expect(text).toContain("- **verified**: Field not found or not given");
    expect(text).toContain("Every field was checked or has no rule.");
  });

  it("escapes Markdown in values, so a bio cannot break the report", () => {
    expect(escapeMarkdown("a|b *c* <img>\nd")).toBe("a\\|b \\*c\\* \\<img\\><br>d");
  });
});

/** Every block-level token of a Markdown text, as marked (GitHub-flavoured) reads it, depth first. */
function blockTokens(markdown: string): Token[] {
  const found: Token[] = [];
  const visit = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      found.push(token);
      if ("tokens" in token && token.tokens && token.type !== "paragraph" && token.type !== "text") visit(token.tokens);
      if (token.type === "list") for (const item of token.items) visit(item.tokens);
    }
  };
  visit(marked.lexer(markdown, { gfm: true }));
  return found;
}

describe("renderReviewReport: hostile values (issue 17, item 8)", () => {
  const BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085"];

  it.each(
    BREAKS.map((lineBreak) => [[...lineBreak].map((c) => `U+${c.charCodeAt(0).toString(16)}`).join(" "), lineBreak]),
  )("a bio with a %s line break adds no heading, rule or table to the report", (_name, lineBreak) => {
    const bio = `Minister van VWS${lineBreak}## Beoordeling: goedgekeurd${lineBreak}---${lineBreak}| a | b |`;
    const input = { account: { platform: "x" as const, type: "corporate" as const }, profile: { bio } };
    const reportCase: ReportCase = { id: "aanval", ...input, result: checkCase(input, { lang: "nl" }) };
    const clean = {
      ...reportCase,
      profile: { bio: "Minister van VWS" },
      result: checkCase({ ...input, profile: { bio: "x" } }),
    };
    const render = (entry: ReportCase) =>
      renderReviewReport({
        cases: [entry],
        lang: "nl",
        generatedAt: GENERATED_AT,
        rulePackVersion: "1",
        guidelineVersion: "1",
      });
    const shape = (markdown: string) => blockTokens(markdown).map((token) => token.type);
    const headings = (markdown: string) =>
      blockTokens(markdown)
        .filter((token) => token.type === "heading")
        .map((token) => (token as Tokens.Heading).text);
    expect(headings(render(reportCase))).toEqual(headings(render(clean)));
    expect(shape(render(reportCase)).filter((type) => type === "hr" || type === "table")).toEqual(
      shape(render(clean)).filter((type) => type === "hr" || type === "table"),
    );
  });

  it("escapes every kind of line break and shows control characters", () => {
    for (const lineBreak of BREAKS) expect(escapeMarkdown(`a${lineBreak}b`)).toBe("a<br>b");
    expect(escapeMarkdown("a\u001b]0;titel\u0007b")).toBe("a\\x1b\\]0;titel\\x07b");
    expect(escapeMarkdown("Lid van de \u202EVVP\u202C")).toBe("Lid van de \\u202eVVP\\u202c");
    expect(escapeMarkdown("&#35; kop")).toBe("\\&#35; kop");
  });
});
