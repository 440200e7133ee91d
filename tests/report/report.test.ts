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
