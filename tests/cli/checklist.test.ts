import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli, tempDirectory } from "./helpers";

const CONFIG = {
  version: 1,
  accounts: [
    {
      platform: "x",
      handle: "MinisterVWS",
      type: "corporate",
      ministry: "VWS",
      ministryHandle: "MinVWS",
      minister: "Fleur Agema",
      personalHandle: "fleuragema",
      pageUrl: "https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema",
    },
    { platform: "instagram", handle: "fleuragema", type: "hybrid", ministry: "VWS" },
  ],
  checklist: {
    version: 1,
    accounts: [
      {
        platform: "x",
        handle: "MinisterVWS",
        ticks: { "new/strategy": { by: "Anna", note: "akkoord", at: "2026-11-28" } },
      },
    ],
  },
};

const example = join(REPO, "examples/corporate-x-clean.json");

function directory(config: unknown = CONFIG): string {
  return tempDirectory({ "org.json": JSON.stringify(config) });
}

describe("profielcheck checklist", () => {
  it("lists per account the steps, ticked from the configuration and proven by the profile file", async () => {
    const cwd = directory();
    const { code, stdout, stderr } = await runCli(["checklist", "--config", "org.json", example], { cwd });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("@ministervws (X, corporate): 5/13 gedaan");
    expect(stdout).toMatch(/✓ new\/strategy\s+Socialemediastrategie besproken — Anna, 2026-11-28: akkoord/);
    expect(stdout).toMatch(
      /✓ new\/avatar\s+Rijksoverheid-profielfoto — Rijksoverheidslogo in de profielfoto \(.*corporate-x-clean\.json\), 2026-12-01T10:00:00\.000Z/,
    );
    expect(stdout).toMatch(/… old\/delete-posts/);
    expect(stdout).toContain("@fleuragema (Instagram, hybrid): 0/");
    expect(stdout).toMatch(/☐ new\/handle-hybrid\s+Accountnaam \(handle\) gecontroleerd — Nog niet gecontroleerd/);
  });

  it("writes JSON with every step's state and guideline quote", async () => {
    const cwd = directory();
    const { code, stdout } = await runCli(
      ["checklist", "--config", "org.json", "--format", "json", "--lang", "en", example],
      { cwd },
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toHaveLength(2);
    expect(json[0]).toMatchObject({ platform: "x", handle: "ministervws", type: "corporate", done: 5, ready: false });
    const avatar = json[0].steps.find((step: { id: string }) => step.id === "new/avatar");
    expect(avatar).toMatchObject({
      state: "done",
      byEvidence: true,
      at: "2026-12-01T10:00:00.000Z",
      seen: expect.stringContaining("Rijksoverheid logo"),
    });
    expect(avatar.guideline[0].text).toBe(
      "In geval van corporate beheer: Aanpassen profielfoto naar Rijksoverheid profielfoto",
    );
    const strategy = json[0].steps.find((step: { id: string }) => step.id === "new/strategy");
    expect(strategy).toMatchObject({ state: "done", by: "Anna", note: "akkoord" });
  });

  it("writes the dated Markdown report per ministry", async () => {
    const cwd = directory();
    const { stdout } = await runCli(["checklist", "--config", "org.json", "--format", "markdown"], { cwd });
    expect(stdout).toContain("# Kabinetswissel: checklist per account");
    expect(stdout).toContain("Datum: 2026-12-01");
    expect(stdout).toContain("## VWS");
  });

  it("needs a configuration", async () => {
    const { code, stderr } = await runCli(["checklist", example]);
    expect(code).toBe(2);
    expect(stderr).toContain("checklist: --config is verplicht");
  });

  it("refuses a bad checklist in the configuration with its key path", async () => {
    const cwd = directory({
      ...CONFIG,
      checklist: {
        version: 1,
        accounts: [{ platform: "x", handle: "a", ticks: { "new/bogus": { by: "A", at: "2026-11-28" } } }],
      },
    });
    const { code, stdout, stderr } = await runCli(["checklist", "--config", "org.json"], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('org.json: checklist.accounts[0].ticks["new/bogus"]');
  });

  it("refuses a profile file that is not valid, naming it", async () => {
    const cwd = tempDirectory({ "org.json": JSON.stringify(CONFIG), "bad.json": "{" });
    const { code, stderr } = await runCli(["checklist", "--config", "org.json", "bad.json"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain("bad.json: ongeldige JSON");
  });
});
