import { describe, expect, it } from "vitest";
import { countCharacters } from "../../rules/limits";
import { runCli, tempDirectory } from "./helpers";

const CONFIG = JSON.stringify({
  version: 1,
  accounts: [
    { platform: "x", type: "corporate", handle: "MinisterVWS", ministry: "VWS", ministryHandle: "MinVWS" },
    {
      platform: "instagram",
      type: "hybrid",
      handle: "fleuragema",
      ministry: "VWS",
      ministryHandle: "MinVWS",
      party: "PVV",
    },
    { platform: "x", type: "corporate", handle: "MinPres", ministry: "AZ", ministryHandle: "RijksoverheidNL" },
    { platform: "x", type: "corporate", handle: "StasZonderHandle", ministry: "VWS" },
  ],
  communicationUnits: { VWS: ["Team Online VWS"] },
});

describe("profielcheck bio", () => {
  const cwd = tempDirectory({
    "org.json": CONFIG,
    "bad.json": JSON.stringify({ version: 1, accounts: [{ platform: "x" }] }),
  });

  it("prints complete proposals in Dutch, keeping the editor's text and naming what it added", async () => {
    const { code, stdout, stderr } = await runCli(
      ["bio", "--config", "org.json", "--account", "x:MinisterVWS", "--bio", "Werkt aan zorg dichtbij."],
      { cwd },
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Bio-voorstellen voor x:MinisterVWS (x, corporate)");
    expect(stdout).toContain("1. normaal: ");
    expect(stdout).toContain("voldoet aan alle bio-regels");
    expect(stdout).toContain("Werkt aan zorg dichtbij.");
    // The configured unit name is the one the fix writes.
    expect(stdout).toContain("toegevoegd (Beheer door het ministerie vermeld): Redactie: Team Online VWS @MinVWS.");
  });

  it("json: proposals with count, limit, changes; every complete one fits", async () => {
    const { code, stdout } = await runCli(
      ["bio", "--config", "org.json", "--account", "instagram:@FleurAgema", "--format", "json", "--lang", "en"],
      { cwd },
    );
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as {
      account: { key: string; type: string };
      proposals: { bio: string; count: number; limit: number; complete: boolean; changes: { rule: string }[] }[];
    };
    expect(document.account).toMatchObject({ key: "instagram:@FleurAgema", type: "hybrid" });
    expect(document.proposals.length).toBeGreaterThan(0);
    for (const proposal of document.proposals) {
      expect(proposal.complete).toBe(true);
      expect(proposal.limit).toBe(150);
      expect(proposal.count).toBe(countCharacters(proposal.bio));
      expect(proposal.count).toBeLessThanOrEqual(150);
      expect(proposal.changes.map((change) => change.rule)).toContain("bio/party-support");
    }
  });

  it("--max-length bounds the proposals like a page's maxlength", async () => {
    const { stdout } = await runCli(
      ["bio", "--config", "org.json", "--account", "x:MinPres", "--max-length", "70", "--format", "json"],
      { cwd },
    );
    for (const proposal of JSON.parse(stdout).proposals) expect(proposal.count).toBeLessThanOrEqual(70);
  });

  it("exit 1 when no proposal can be complete, with what is missing", async () => {
    const { code, stdout } = await runCli(["bio", "--config", "org.json", "--account", "x:StasZonderHandle"], { cwd });
    expect(code).toBe(1);
    expect(stdout).toContain("onvolledig");
    expect(stdout).toContain("! bio/ministry-account:");
  });

  it.each([
    [["bio", "--account", "x:MinisterVWS"], "--config ontbreekt"],
    [["bio", "--config", "org.json"], "--account ontbreekt"],
    [["bio", "--config", "org.json", "--account", "MinisterVWS"], "schrijf PLATFORM:HANDLE"],
    [["bio", "--config", "org.json", "--account", "tiktok:MinisterVWS"], "schrijf PLATFORM:HANDLE"],
    [["bio", "--config", "org.json", "--account", "x:Onbekend"], "niet in de configuratie (bekend: x:ministervws"],
    [["bio", "--config", "org.json", "--account", "x:MinisterVWS", "--max-length", "0"], "positief geheel getal"],
    [["bio", "--config", "org.json", "--account", "x:MinisterVWS", "--format", "markdown"], "--format markdown"],
    [["bio", "--config", "bad.json", "--account", "x:MinisterVWS"], "bad.json: accounts[0]"],
    [["bio", "--config", "missing.json", "--account", "x:MinisterVWS"], "missing.json: kan het bestand niet lezen"],
  ])("bad input %j: exit 2, nothing on standard output", async (args, message) => {
    const { code, stdout, stderr } = await runCli(args, { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });
});
