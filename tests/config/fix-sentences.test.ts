import { describe, expect, it } from "vitest";
import { checkOptionsFromConfig } from "../../rules/config/apply";
import { parseOrgConfig } from "../../rules/config/schema";
import { checkCase, resolveTemplates } from "../../rules/engine";

describe("configuration: fix sentence variants and communication units", () => {
  it("an old configuration (one sentence each, no units) stays valid and keeps its sentences", () => {
    const parsed = parseOrgConfig({
      version: 1,
      templates: { managedBy: "Beheer: DCOM {ministry}.", webcare: "DM ons." },
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const templates = resolveTemplates(checkOptionsFromConfig(parsed.config).templates);
    // Its own sentence replaces the defaults; the default short variants do not sneak in.
    expect(templates).toEqual({
      managedBy: "Beheer: DCOM {ministry}.",
      managedByVariants: [],
      webcare: "DM ons.",
      webcareVariants: [],
    });
  });

  it("short variants and unit names parse, and the fix uses the first variant that fits", () => {
    const parsed = parseOrgConfig({
      version: 1,
      templates: {
        webcare: "Vragen? Onze webcare reageert op werkdagen van 9.00 tot 17.00 uur.",
        webcareVariants: ["Webcare: werkdagen 9–17 u"],
      },
      communicationUnits: { vws: ["DCOM VWS"] },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const options = checkOptionsFromConfig(parsed.config);
    const bio = `Minister van VWS. Redactie: DCOM VWS. ${"a".repeat(90)}`;
    const finding = checkCase(
      { account: { platform: "x", type: "corporate", ministry: "VWS" }, profile: { bio } },
      options,
    ).findings.find((each) => each.rule === "bio/webcare");
    expect(finding?.fix).toEqual({
      type: "replace",
      start: bio.length,
      end: bio.length,
      text: " Webcare: werkdagen 9–17 u",
    });
  });

  it.each([
    [{ templates: { webcareVariants: "kort" } }, "templates.webcareVariants"],
    [{ templates: { managedByVariants: [""] } }, "templates.managedByVariants[0]"],
    [{ communicationUnits: { VWS: "DCOM" } }, "communicationUnits.VWS"],
    [
      { ministries: [{ code: "X", name: "Ministerie van X", communicationUnits: [] as string[], extra: 1 }] },
      "ministries[0].extra",
    ],
  ])("bad input %j is reported at %s", (extra, path) => {
    const parsed = parseOrgConfig({ version: 1, ...extra });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((problem) => problem.path)).toContain(path);
  });
});
