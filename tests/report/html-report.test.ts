import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { SCENARIOS, scenarioAvatar } from "@/components/playground/scenarios";
import { checkCase } from "@/rules/engine";
import { checkMessage } from "@/rules/message-engine";
import type { ReportCase, ReviewReportInput } from "@/rules/report";
import { escapeHtml, renderReviewReportHtml } from "@/rules/report/html";
import { formatReportDate } from "@/rules/report/words";
import type { Language } from "@/rules/schema";

/** 30 November 2026, 03:15 in Amsterdam (CET, UTC+1). */
const GENERATED_AT = new Date("2026-11-30T02:15:00Z");
const AMSTERDAM = "Europe/Amsterdam";

function scenarioCase(id: string, lang: Language): ReportCase {
  const scenario = SCENARIOS.find((each) => each.id === id);
  if (!scenario) throw new Error(id);
  const avatar = scenarioAvatar(scenario);
  return { ...scenario.case, result: checkCase(scenario.case, { lang, avatar }), ...(avatar ? { avatar } : {}) };
}

function input(cases: ReviewReportInput["cases"], lang: Language = "nl"): ReviewReportInput {
  return { cases, lang, generatedAt: GENERATED_AT, rulePackVersion: "0.1.0", guidelineVersion: "Juli 2024" };
}

/** The report as a browser would parse it. */
function parse(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

describe("formatReportDate", () => {
  it("writes the date in words in the reader's time zone", () => {
    expect(formatReportDate(GENERATED_AT, "nl", AMSTERDAM)).toBe("30 november 2026, 03:15");
    expect(formatReportDate(GENERATED_AT, "en", AMSTERDAM)).toBe("30 November 2026, 03:15");
    expect(formatReportDate(GENERATED_AT, "nl", "America/New_York")).toBe("29 november 2026, 21:15");
  });
});

describe("renderReviewReportHtml", () => {
  it("uses Dutch labels, never the file format's key names", () => {
    const entry = scenarioCase("corporate-party-hashtag", "nl");
    const document = parse(renderReviewReportHtml(input([entry]), { timeZone: AMSTERDAM }));
    const text = document.body.textContent ?? "";
    for (const key of ["displayName", "pageUrl", "ministryHandle", "personalHandle"]) {
      expect(text).not.toContain(key);
    }
    const labels = [...document.querySelectorAll("dt, tbody th")].map((cell) => cell.textContent);
    expect(labels).toEqual(
      expect.arrayContaining(["Naam", "Bio", "Ministerie", "Account van het ministerie", "Pagina op rijksoverheid.nl"]),
    );
    expect(text).toContain("Corporate (van het ministerie)");
    expect(text).toContain("Gecontroleerd op30 november 2026, 03:15");
    expect(document.documentElement.getAttribute("lang")).toBe("nl");
  });

  it("shows each waiver with its date, and marks the finding it accepts", () => {
    const entry = scenarioCase("corporate-party-hashtag", "nl");
    const html = renderReviewReportHtml(
      input([
        {
          ...entry,
          waivers: [
            {
              rule: "bio/no-party",
              value: entry.profile.bio ?? "",
              reason: "Afgesproken met de SG",
              createdAt: "2026-11-02T13:45:00.000Z",
            },
            {
              rule: "bio/webcare",
              value: "een oudere bio",
              reason: "Webcare via het ministerie",
              createdAt: "2026-10-01",
            },
          ],
        },
      ]),
      { timeZone: AMSTERDAM },
    );
    const document = parse(html);
    const waived = document.querySelector('.finding.is-waived[data-rule="bio/no-party"]');
    expect(waived?.textContent).toContain("Afwijking (vastgelegd op 2 november 2026, 14:45): Afgesproken met de SG");
    const listed = [...document.querySelectorAll(".waivers li")].map((item) => item.textContent ?? "");
    expect(listed[0]).toContain("vastgelegd op 2 november 2026, 14:45");
    expect(listed[0]).toContain("toegepast");
    expect(listed[1]).toContain("vastgelegd op 1 oktober 2026");
    expect(listed[1]).toContain("niet toegepast");
    expect(document.querySelector(".summary")?.textContent).toContain("1 geaccepteerd met een afwijking");
  });

  it("says for which platform each quote was written", () => {
    // A name without the minister's: the rule quotes the guideline's words for X.
    const facebook = scenarioCase("facebook-advice", "nl");
    const profile = { ...facebook.profile, displayName: "Minister-president" };
    const entry = { ...facebook, profile, result: checkCase({ account: facebook.account, profile }, { lang: "nl" }) };
    expect(entry.result.findings.map((finding) => finding.rule)).toContain("name/full-name");
    const document = parse(renderReviewReportHtml(input([entry]), { timeZone: AMSTERDAM }));
    const sources = [...document.querySelectorAll(".quote-platform")].map((each) => each.textContent);
    expect(sources).toContain("citaat voor X; de richtlijn noemt Facebook hier niet");
    expect(sources).toContain("citaat voor Facebook");
    const english = parse(renderReviewReportHtml(input([entry], "en")));
    expect([...english.querySelectorAll(".quote-platform")].map((each) => each.textContent)).toContain(
      "quote for X; the guideline does not name Facebook here",
    );
  });

  it("renders posts and replies with their role and text", () => {
    const account = {
      platform: "x",
      type: "hybrid",
      ministry: "VWS",
      ministryHandle: "MinVWS",
      party: "PVV",
    } as const;
    const post = { text: "Stem #PVV", role: "ministry" } as const;
    const result = checkMessage({ kind: "post", account, post }, { lang: "nl" });
    const document = parse(renderReviewReportHtml(input([{ account, message: { kind: "post", post }, result }])));
    const text = document.body.textContent ?? "";
    expect(text).toContain("Rolministerie");
    expect(text).toContain("TekstStem #PVV");
    expect(document.querySelectorAll(".finding").length).toBe(result.findings.length);
  });
});

describe("renderReviewReportHtml: hostile values", () => {
  const hostile =
    '<script>alert("x")</script><img src=x onerror=alert(1)> "quoted" \'single\' & \u202Eevil\u2066 line\u2028break';

  function hostileReport(): string {
    const entry = scenarioCase("corporate-party-hashtag", "nl");
    return renderReviewReportHtml(
      input([
        {
          ...entry,
          id: hostile,
          source: hostile,
          account: { ...entry.account, minister: hostile, pageUrl: `javascript:${hostile}` },
          profile: { ...entry.profile, displayName: hostile, bio: hostile, links: [hostile] },
          waivers: [{ rule: "bio/no-party", value: hostile, reason: hostile, createdAt: hostile }],
        },
      ]),
    );
  }

  it("escapes markup, quotes and ampersands so no element or attribute comes from a value", () => {
    const html = hostileReport();
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
    const document = parse(html);
    expect(document.querySelectorAll("script, img, [onerror]")).toHaveLength(0);
    // The hostile text is shown as text, whole.
    expect(document.querySelector("h2")?.textContent).toContain('<script>alert("x")</script>');
    expect(document.querySelector("h2")?.textContent).toContain("\"quoted\" 'single' &");
  });

  it("shows bidi controls as escapes and keeps line breaks as line breaks", () => {
    const html = hostileReport();
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028]/);
    const document = parse(html);
    expect(document.querySelector("h2")?.textContent).toContain("\\u202eevil\\u2066 line");
    expect(document.querySelector("h2")?.querySelectorAll("br")).toHaveLength(1);
  });

  it("escapes every markup character in escapeHtml", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
    expect(escapeHtml("a\r\nb\u0085c\u001bd")).toBe("a<br>b<br>c\\x1bd");
  });
});
