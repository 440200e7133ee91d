import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findingSchema } from "../../rules/schema";
import { REPO, runCli, tempDirectory } from "./helpers";

const CLEAN = "examples/corporate-x-clean.json";
const PROBLEMS = "examples/hybrid-instagram-problems.json";
const CONFIG = "examples/org-config.json";

function parseJsonOutput(
  stdout: string,
): { id: string; findings: unknown[]; fields: Record<string, { status: string }> }[] {
  const entries = JSON.parse(stdout);
  expect(Array.isArray(entries)).toBe(true);
  for (const entry of entries) {
    expect(typeof entry.id).toBe("string");
    for (const finding of entry.findings) expect(findingSchema.safeParse(finding).success).toBe(true);
  }
  return entries;
}

async function expectBadInput(args: string[], stderrPattern: RegExp, options?: { stdin?: string; cwd?: string }) {
  const outcome = await runCli(args, options);
  expect(outcome.code).toBe(2);
  expect(outcome.stdout).toBe("");
  expect(outcome.stderr).toMatch(stderrPattern);
  return outcome;
}

describe("profielcheck check: exit status", () => {
  it("exits 0 on the clean corporate X example", async () => {
    const { code, stdout, stderr } = await runCli(["check", CLEAN]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("minvws-x");
  });

  it("exits 1 when a case has an error finding", async () => {
    const { code } = await runCli(["check", PROBLEMS]);
    expect(code).toBe(1);
  });

  it("exits 0 when only warnings and advice are found", async () => {
    const directory = tempDirectory({
      "warn.json": JSON.stringify({
        account: { platform: "facebook", type: "hybrid" },
        profile: { links: ["https://www.example.org"] },
      }),
    });
    const { code, stdout } = await runCli(["check", "warn.json", "--format", "json"], { cwd: directory });
    expect(code).toBe(0);
    const severities = parseJsonOutput(stdout)[0]?.findings.map((f) => (f as { severity: string }).severity);
    expect(severities).toContain("warning");
    expect(severities).not.toContain("error");
  });
});

describe("profielcheck check: JSON output", () => {
  it("prints one entry per case in input order, across files", async () => {
    const { code, stdout } = await runCli(["check", "--format", "json", CLEAN, "examples/facebook.json", PROBLEMS]);
    expect(code).toBe(1);
    const entries = parseJsonOutput(stdout);
    expect(entries.map((entry) => entry.id)).toEqual([
      "minvws-x",
      "minpres-facebook",
      "stas-facebook-hybride",
      "agema-instagram",
    ]);
    expect(entries[0]?.findings).toEqual([]);
    expect(entries[3]?.findings).toContainEqual(
      expect.objectContaining({ rule: "bio/webcare", severity: "error", field: "bio" }),
    );
  });

  it("adds the status of every field", async () => {
    const { stdout } = await runCli(["check", "--format", "json", "examples/linkedin-showcase.json"]);
    const [entry] = parseJsonOutput(stdout);
    expect(entry?.fields.bio).toEqual({ status: "checked" });
    expect(entry?.fields.avatar).toEqual({ status: "checked" });
    expect(entry?.fields.verified).toEqual({ status: "not-checked", reason: "Veld niet gevonden of niet opgegeven" });
  });

  it("names a case without id after its file and index", async () => {
    const directory = tempDirectory({
      "two.json": JSON.stringify([
        { account: { platform: "x", type: "hybrid" }, profile: {} },
        { id: "named", account: { platform: "x", type: "hybrid" }, profile: {} },
      ]),
    });
    const { stdout } = await runCli(["check", "two.json", "--format", "json"], { cwd: directory });
    expect(parseJsonOutput(stdout).map((entry) => entry.id)).toEqual(["two.json#0", "named"]);
  });

  it("reads one document from standard input with -", async () => {
    const stdin = JSON.stringify({ account: { platform: "instagram", type: "hybrid" }, profile: { bio: "" } });
    const { code, stdout } = await runCli(["check", "-", "--format", "json"], { stdin });
    expect(code).toBe(1);
    const [entry] = parseJsonOutput(stdout);
    expect(entry?.id).toBe("stdin#0");
    expect(entry?.findings.length).toBeGreaterThan(0);
  });

  it("gives messages in English with --lang en", async () => {
    const { stdout } = await runCli(["check", PROBLEMS, "--format", "json", "--lang", "en"]);
    const messages = parseJsonOutput(stdout)[0]?.findings.map((f) => (f as { message: string }).message);
    expect(messages).toContain("The bio says nothing about webcare: who answers questions, where or when.");
  });
});

describe("profielcheck check: text and Markdown", () => {
  it("says when no rule applies to a known field (a Facebook name: no limit known)", async () => {
    const cwd = tempDirectory({
      "case.json": JSON.stringify({
        account: { platform: "facebook", type: "hybrid", party: "PVV" },
        profile: { displayName: "Fleur Agema", bio: "Minister van VWS." },
      }),
    });
    const { stdout } = await runCli(["check", "case.json"], { cwd });
    expect(stdout).toMatch(/displayName +geen regel van toepassing/);
  });

  it("groups the text report by case and field, in Dutch by default", async () => {
    const { stdout } = await runCli(["check", PROBLEMS]);
    expect(stdout).toMatch(/^agema-instagram/);
    expect(stdout).toMatch(/\n {2}bio\n {4}✗ fout {2}bio\/webcare {2}De bio zegt niets over webcare/);
    // name/length checks the display name on Instagram (limit 30).
    expect(stdout).toMatch(/displayName +✓ in orde/);
    expect(stdout).toContain("1 profiel gecontroleerd: 5 fouten, 2 waarschuwingen, 0 adviezen.");
    expect(stdout).not.toContain("\u001b[");
  });

  it("writes English text with --lang en", async () => {
    const { stdout } = await runCli(["check", CLEAN, "--lang", "en"]);
    expect(stdout).toMatch(/handle +✓ ok/);
    expect(stdout).toContain("1 profile checked: 0 errors, 0 warnings, 0 info.");
  });

  it("writes a review report in Markdown", async () => {
    const { code, stdout } = await runCli(["check", PROBLEMS, "--format", "markdown"]);
    expect(code).toBe(1);
    const { version } = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
    expect(stdout).toMatch(/^# Profielcheck-rapport/);
    expect(stdout).toContain("## agema-instagram");
    expect(stdout).toContain("| Account | @ministervws |");
    expect(stdout).toContain("| Platform | Instagram |");
    expect(stdout).toContain("| Gecontroleerd op | 2026-12-01T10:00:00Z |");
    expect(stdout).toContain(`| Engine en regelset | profielcheck ${version} |`);
    expect(stdout).toContain("Juli 2024");
    expect(stdout).toContain("| bio | Minister van VWS 🇳🇱 Trots op ons land. |");
    expect(stdout).toContain("**fout** — `bio/webcare` (bio)");
    // Quotes that apply to a hybrid account, not those of the corporate chapter.
    expect(stdout).toContain("> Bij de inzet van sociale media is een vorm van webcare een vereiste.");
    expect(stdout).toContain("> — *Webcare op corporate bewindspersonenaccounts*");
    expect(stdout).not.toContain("Biografie is duidelijk over afzender, beheer en webcare.");
    expect(stdout).toContain("(Rijkslogo gevonden, 0.");
    expect(stdout).toContain("### Niet gecontroleerd\n\nAlle velden zijn gecontroleerd of hebben geen regel.");
  });

  it("lists the fields not checked and why", async () => {
    const { stdout } = await runCli([
      "check",
      "examples/linkedin-showcase.json",
      "--format",
      "markdown",
      "--lang",
      "en",
    ]);
    expect(stdout).toContain("### Not checked\n\n- **verified**: Field not found or not given");
  });
});

describe("profielcheck check: bad input", () => {
  it("refuses a missing file", async () => {
    await expectBadInput(["check", CLEAN, "examples/does-not-exist.json"], /^examples\/does-not-exist\.json: .*ENOENT/);
  });

  it("refuses invalid JSON, naming the file", async () => {
    const directory = tempDirectory({ "broken.json": "{ not json" });
    await expectBadInput(["check", "broken.json"], /^broken\.json: ongeldige JSON/, { cwd: directory });
  });

  it("refuses invalid JSON on standard input", async () => {
    await expectBadInput(["check", "-"], /^stdin: ongeldige JSON/, { stdin: "[" });
  });

  it("refuses the invalid platform/type pair with its key path", async () => {
    const { stderr } = await expectBadInput(
      ["check", "examples/invalid-linkedin-corporate.json"],
      /linkedin \+ corporate bestaat niet/,
    );
    expect(stderr).toMatch(/^examples\/invalid-linkedin-corporate\.json: \[0\]\.account\.type: linkedin \+ corporate/);
  });

  it("names the key path of every schema failure", async () => {
    const directory = tempDirectory({
      "bad.json": JSON.stringify([
        { account: { platform: "x", type: "hybrid" }, profile: { links: "https://x" } },
        { account: { platform: "myspace", type: "hybrid" }, profile: { colour: "blue" } },
        { account: { platform: "x", type: "showcase" }, profile: {} },
      ]),
    });
    const { stderr } = await expectBadInput(["check", "bad.json"], /bad\.json: \[0\]\.profile\.links: /, {
      cwd: directory,
    });
    expect(stderr).toMatch(/bad\.json: \[1\]\.account\.platform: /);
    expect(stderr).toMatch(/bad\.json: \[1\]\.profile\.colour: onbekende sleutel/);
    expect(stderr).toMatch(/bad\.json: \[2\]\.account\.type: showcase bestaat alleen op linkedin/);
  });

  it("requires account.type without a configuration", async () => {
    await expectBadInput(["check", "examples/partial-with-config.json"], /\[0\]\.account\.type: ontbreekt/);
  });

  it("refuses a document that is no case", async () => {
    const directory = tempDirectory({ "number.json": "42" });
    await expectBadInput(["check", "number.json", "--lang", "en"], /^number\.json: .*expected object/, {
      cwd: directory,
    });
  });

  it("prints nothing on standard output when one of several files is bad", async () => {
    const directory = tempDirectory({ "bad.json": "{}" });
    const { stderr } = await expectBadInput(["check", join(REPO, CLEAN), "bad.json"], /bad\.json: account: /, {
      cwd: directory,
    });
    expect(stderr).toMatch(/bad\.json: profile: /);
  });

  it("rejects unknown options and commands with the usage on standard error", async () => {
    await expectBadInput(["check", CLEAN, "--colour"], /Gebruik:/);
    await expectBadInput(["lint", CLEAN], /lint: onbekend commando[\s\S]*Gebruik:/);
    await expectBadInput(["check", CLEAN, "--format", "xml"], /--format xml/);
    await expectBadInput(["check", CLEAN, "--lang", "fr"], /--lang fr/);
    await expectBadInput(["check"], /geen bestand/);
    await expectBadInput([], /Gebruik:/);
    await expectBadInput(["rules", "--format", "markdown"], /--format markdown/);
  });

  it("prints the usage on standard output with --help", async () => {
    const { code, stdout } = await runCli(["--help", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage:/);
  });
});

describe("profielcheck check --config", () => {
  it("completes partial accounts from the configuration", async () => {
    const { code, stdout } = await runCli([
      "check",
      "examples/partial-with-config.json",
      "--config",
      CONFIG,
      "--format",
      "json",
    ]);
    expect(code).toBe(1);
    const [x, instagram, linkedin] = parseJsonOutput(stdout);
    expect(x?.findings).toEqual([]);
    // The configuration raises name/full-name to error on Instagram and adds Voorbeeldpartij.
    expect(instagram?.findings).toContainEqual(expect.objectContaining({ rule: "name/full-name", severity: "error" }));
    expect(instagram?.findings).toContainEqual(expect.objectContaining({ rule: "bio/no-party", severity: "error" }));
    expect(linkedin?.findings).toEqual([]);
  });

  it("switches rules off", async () => {
    const directory = tempDirectory({
      "config.json": JSON.stringify({ version: 1, rules: { "bio/webcare": "off", "bio/ministry-support": "info" } }),
    });
    const { stdout } = await runCli(["check", join(REPO, PROBLEMS), "--config", "config.json", "--format", "json"], {
      cwd: directory,
    });
    const findings = parseJsonOutput(stdout)[0]?.findings as { rule: string; severity: string }[];
    expect(findings.map((f) => f.rule)).not.toContain("bio/webcare");
    expect(findings).toContainEqual(expect.objectContaining({ rule: "bio/ministry-support", severity: "info" }));
  });

  it("refuses a case whose account is known neither way", async () => {
    const directory = tempDirectory({
      "cases.json": JSON.stringify([{ account: { platform: "x" }, profile: { handle: "MinisterOnbekend" } }]),
    });
    await expectBadInput(
      ["check", "cases.json", "--config", join(REPO, CONFIG)],
      /^cases\.json: \[0\]\.account: onbekend account: x-account @ministeronbekend/,
      { cwd: directory },
    );
  });

  it("refuses an invalid configuration with the key path of every problem", async () => {
    const directory = tempDirectory({
      "config.json": JSON.stringify({
        version: 1,
        accounts: [{ platform: "linkedin", type: "corporate", handle: "x" }],
        rules: { "bio/does-not-exist": "error" },
      }),
    });
    const { stderr } = await expectBadInput(
      ["check", join(REPO, CLEAN), "--config", "config.json"],
      /^config\.json: accounts\[0\]\.type: linkedin \+ corporate/m,
      { cwd: directory },
    );
    expect(stderr).toMatch(/^config\.json: rules\["bio\/does-not-exist"\]: onbekende regel "bio\/does-not-exist"/m);
  });

  it("refuses a missing or malformed configuration file", async () => {
    await expectBadInput(["check", CLEAN, "--config", "nope.json"], /^nope\.json: kan het bestand niet lezen/);
    const directory = tempDirectory({ "config.json": "{" });
    await expectBadInput(["check", join(REPO, CLEAN), "--config", "config.json"], /^config\.json: ongeldige JSON/, {
      cwd: directory,
    });
  });
});
