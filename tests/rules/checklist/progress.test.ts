import { describe, expect, it } from "vitest";
import {
  checklistMarkdown,
  checklistProgressSchema,
  EMPTY_PROGRESS,
  findProgress,
  mergeProgress,
  updateAccountProgress,
} from "../../../rules/checklist";
import { safeParseWithProblems } from "../../../rules/config/schema";

describe("stored checklist progress", () => {
  it("reads a stored progress with defaults filled in", () => {
    const parsed = checklistProgressSchema.parse({
      version: 1,
      cabinetChangeDate: "2026-02-23",
      accounts: [{ platform: "x", handle: "MinisterVWS", ticks: { "new/strategy": { by: "Anna", at: "2026-02-20" } } }],
    });
    expect(parsed.accounts[0]?.ticks["new/strategy"]).toEqual({ by: "Anna", note: "", at: "2026-02-20" });
    expect(parsed.accounts[0]?.provenAt).toEqual({});
  });

  it.each([
    [{ version: 2, accounts: [] }, "version"],
    [
      {
        version: 1,
        accounts: [{ platform: "x", handle: "a", ticks: { "new/unknown": { by: "A", at: "2026-01-01" } } }],
      },
      'accounts[0].ticks["new/unknown"]',
    ],
    [
      { version: 1, accounts: [{ platform: "x", handle: "a", ticks: { "new/bio": { by: "", at: "2026-01-01" } } }] },
      'accounts[0].ticks["new/bio"].by',
    ],
    [{ version: 1, accounts: [{ platform: "myspace", handle: "a" }] }, "accounts[0].platform"],
    [{ version: 1, accounts: [], extra: true }, "extra"],
  ])("rejects bad input with the key path: %j", (input, path) => {
    const result = safeParseWithProblems(checklistProgressSchema, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toContain(path);
  });

  it("names an unknown step and the known ones, in the chosen language", () => {
    const input = {
      version: 1,
      accounts: [{ platform: "x", handle: "a", ticks: { "new/unknown": { by: "A", at: "2026-01-01" } } }],
    };
    const dutch = safeParseWithProblems(checklistProgressSchema, input, "nl");
    const english = safeParseWithProblems(checklistProgressSchema, input, "en");
    if (dutch.ok || english.ok) throw new Error("expected problems");
    expect(dutch.problems[0]?.message).toMatch(/^onbekende stap "new\/unknown" \(bekend: old\/archiving, /);
    expect(english.problems[0]?.message).toMatch(/^unknown step "new\/unknown" \(known: old\/archiving, /);
  });

  it("updates one account and leaves the others", () => {
    const one = updateAccountProgress(EMPTY_PROGRESS, "x", "MinisterVWS", (entry) => ({
      ...entry,
      archiving: "not-arranged",
    }));
    const two = updateAccountProgress(one, "instagram", "minpres", (entry) => entry);
    const three = updateAccountProgress(two, "x", "@ministervws", (entry) => ({ ...entry, archiving: undefined }));
    expect(three.accounts).toHaveLength(2);
    expect(findProgress(three, "x", "MinisterVWS")?.archiving).toBeUndefined();
    expect(findProgress(two, "x", "ministervws")?.archiving).toBe("not-arranged");
    expect(EMPTY_PROGRESS.accounts).toEqual([]);
  });
});

describe("progress pre-filled by policy", () => {
  const managed = checklistProgressSchema.parse({
    version: 1,
    cabinetChangeDate: "2026-12-01",
    accounts: [
      {
        platform: "x",
        handle: "MinisterVWS",
        archiving: "not-arranged",
        ticks: { "new/strategy": { by: "DCOM", at: "2026-11-20" } },
      },
      { platform: "x", handle: "MinPres", ticks: { "new/passwords": { by: "DCOM", at: "2026-11-20" } } },
    ],
  });

  it("fills the gaps; the user's own date, answers and ticks win", () => {
    const local = checklistProgressSchema.parse({
      version: 1,
      accounts: [{ platform: "x", handle: "ministervws", ticks: { "new/strategy": { by: "Anna", at: "2026-11-29" } } }],
    });
    const merged = mergeProgress(managed, local);
    expect(merged.cabinetChangeDate).toBe("2026-12-01");
    expect(findProgress(merged, "x", "MinisterVWS")?.ticks["new/strategy"]?.by).toBe("Anna");
    expect(findProgress(merged, "x", "MinisterVWS")?.archiving).toBe("not-arranged");
    expect(findProgress(merged, "x", "MinPres")?.ticks["new/passwords"]?.by).toBe("DCOM");
    expect(mergeProgress(managed, { ...local, cabinetChangeDate: "2026-12-02" }).cabinetChangeDate).toBe("2026-12-02");
    expect(mergeProgress(undefined, local)).toBe(local);
  });
});

describe("checklist report", () => {
  const accounts = [
    {
      platform: "x" as const,
      type: "corporate" as const,
      handle: "MinisterVWS",
      ministry: "VWS",
      minister: "Fleur Agema",
    },
    { platform: "instagram" as const, type: "hybrid" as const, handle: "fleuragema", ministry: "VWS" },
    { platform: "x" as const, type: "corporate" as const, handle: "MinPres", ministry: "AZ" },
  ];
  const progress = updateAccountProgress(EMPTY_PROGRESS, "x", "MinisterVWS", (entry) => ({
    ...entry,
    ticks: { "new/strategy": { by: "Anna", note: "Gesprek gevoerd | akkoord", at: "2026-11-30" } },
  }));

  it("groups accounts per ministry, dated, with steps, status and who ticked them", () => {
    const markdown = checklistMarkdown({
      accounts,
      progress: { ...progress, cabinetChangeDate: "2026-12-01" },
      date: "30-11-2026",
      lang: "nl",
    });
    expect(markdown).toContain("Datum: 30-11-2026");
    expect(markdown).toContain("Kabinetswissel: 2026-12-01");
    expect(markdown.indexOf("## VWS")).toBeLessThan(markdown.indexOf("## AZ"));
    expect(markdown).toContain("### @ministervws (X, corporate) — Fleur Agema");
    expect(markdown).toContain("afgevinkt door Anna op 2026-11-30 — Gesprek gevoerd \\| akkoord");
    expect(markdown).toContain("Nog niet gecontroleerd");
    expect(markdown).toMatch(/1 van \d+ stappen gedaan/);
  });

  it("is available in English", () => {
    const markdown = checklistMarkdown({ accounts, progress, date: "2026-11-30", lang: "en" });
    expect(markdown).toContain("Change of cabinet: checklist per account");
    expect(markdown).toContain("| Status | Step | Guideline | Details |");
  });

  it("says so when there are no accounts", () => {
    expect(checklistMarkdown({ accounts: [], progress, date: "2026-11-30", lang: "nl" })).toContain("geen accounts");
  });
});
