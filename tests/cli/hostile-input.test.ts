/**
 * The command on hostile or oversized input (issue 17, items 4, 7, 10 and 11): every case ends
 * with a clear message and exit 2, or a result; never a stack trace, a hang or a terminal escape.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { MAX_PROBLEMS_SHOWN } from "../../cli/main";
import { hasTerminalControl } from "../../scripts/fuzz-cases";
import { REPO, runCli, tempDirectory } from "./helpers";

const execFileAsync = promisify(execFile);

describe("profielcheck check: large documents (item 4)", () => {
  it("checks a valid document of 150,000 cases", async () => {
    const cases = Array.from({ length: 150_000 }, () => ({
      account: { platform: "x", type: "corporate" },
      profile: {},
    }));
    const directory = tempDirectory({ "many.json": JSON.stringify(cases) });
    const { code, stdout, stderr } = await runCli(["check", "many.json", "--format", "json"], { cwd: directory });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(150_000);
  }, 120_000);

  it("refuses an invalid document of 150,000 cases with a capped list of problems", async () => {
    const directory = tempDirectory({ "bad.json": JSON.stringify(Array.from({ length: 150_000 }, () => ({}))) });
    const { code, stdout, stderr } = await runCli(["check", "bad.json"], { cwd: directory });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(MAX_PROBLEMS_SHOWN + 1);
    expect(lines[0]).toMatch(/^bad\.json: \[0\]\.account: /);
    expect(lines.at(-1)).toBe(`… en ${(300_000 - MAX_PROBLEMS_SHOWN).toLocaleString("nl-NL")} meer`);
  }, 120_000);
});

describe("profielcheck check: terminal escapes (item 7)", () => {
  const HOSTILE =
    "\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https://evil.example\u0007klik\u001b]8;;\u0007\u001b]52;c;ZXZpbA==\u0007\r\u009b";
  const doc = {
    id: `id${HOSTILE}`,
    account: { platform: "x", type: "corporate" },
    profile: {
      displayName: `Naam${HOSTILE}`,
      handle: `MinVWS${HOSTILE}`,
      bio: `Lid van de VVD ${HOSTILE}`,
      links: [`https://vvd.nl/${HOSTILE}`],
    },
  };

  it("shows control characters in the text output instead of sending them", async () => {
    const directory = tempDirectory({ [`case${"\u001b[31m"}.json`]: JSON.stringify(doc) });
    const { stdout } = await runCli(["check", `case${"\u001b[31m"}.json`], { cwd: directory });
    expect(hasTerminalControl(stdout)).toBe(false);
    expect(stdout).toContain("id\\x1b[2J\\x1b]0;pwned\\x07");
  });

  it("shows them in messages on standard error too", async () => {
    const { code, stderr } = await runCli(["check", `missing${HOSTILE}.json`]);
    expect(code).toBe(2);
    expect(hasTerminalControl(stderr)).toBe(false);
    expect(stderr).toContain("missing\\x1b[2J");
  });

  it("keeps the JSON output exact", async () => {
    const { stdout } = await runCli(["check", "-", "--format", "json"], { stdin: JSON.stringify(doc) });
    expect(JSON.parse(stdout)[0].id).toBe(doc.id);
  });
});

describe("profielcheck check: input size (items 10 and 11)", () => {
  // Before the fix `check - < /dev/zero` read until the memory ran out.
  it("stops reading standard input at the limit and says so", async () => {
    const outcome = await execFileAsync("sh", ["-c", `exec "${process.execPath}" cli/bin.mjs check - < /dev/zero`], {
      cwd: REPO,
      timeout: 60_000,
    }).catch((error: { code: number; killed: boolean; stdout: string; stderr: string }) => error);
    expect(outcome).toMatchObject({ code: 2, stdout: "" });
    expect((outcome as { stderr: string }).stderr).toMatch(
      /^stdin: te groot \(.* bytes of meer\); hoogstens 67\.108\.864 bytes\n$/,
    );
  }, 90_000);

  it("stops reading a device given as a file", async () => {
    const { code, stderr } = await runCli(["check", "/dev/zero", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^\/dev\/zero: too large .*; at most 67,108,864 bytes\n$/);
  }, 90_000);

  it("refuses a file over the limit before reading it", async () => {
    const directory = tempDirectory();
    const { truncateSync, writeFileSync } = await import("node:fs");
    writeFileSync(join(directory, "huge.json"), "");
    truncateSync(join(directory, "huge.json"), 64 * 1024 * 1024 + 1);
    const { code, stderr } = await runCli(["check", "huge.json"], { cwd: directory });
    expect(code).toBe(2);
    expect(stderr).toBe("huge.json: te groot (67.108.865 bytes); hoogstens 67.108.864 bytes\n");
  });
});
