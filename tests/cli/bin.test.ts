import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO, tempDirectory } from "./helpers";

const execFileAsync = promisify(execFile);

describe("cli/bin.mjs", () => {
  it("runs the compiled command", async () => {
    const { stdout } = await execFileAsync(
      process.execPath,
      ["cli/bin.mjs", "check", "examples/corporate-x-clean.json", "--format", "json"],
      { cwd: REPO },
    );
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ id: "minvws-x", findings: [] })]);
  });

  it("passes the exit status on", async () => {
    const failure = await execFileAsync(
      process.execPath,
      ["cli/bin.mjs", "check", "examples/invalid-linkedin-corporate.json"],
      {
        cwd: REPO,
      },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stdout: "" });
    expect((failure as { stderr: string }).stderr).toContain("[0].account.type");
  });
});

describe("cli/bin.mjs: hostile configuration (issue 17, item 1)", () => {
  // Before the fix this run never ended: the command is killed after the timeout and fails.
  it("ends on a party abbreviation without Latin letters", async () => {
    const directory = tempDirectory({
      "config.json": JSON.stringify({ version: 1, parties: [{ name: "Voorbeeldpartij", abbreviations: ["حزب"] }] }),
      "case.json": JSON.stringify({
        account: { platform: "x", type: "corporate" },
        profile: { bio: "Minister, lid van حزب, Den Haag" },
      }),
    });
    const outcome = await execFileAsync(
      process.execPath,
      [join(REPO, "cli/bin.mjs"), "check", "case.json", "--config", "config.json", "--format", "json"],
      { cwd: directory, timeout: 60_000 },
    ).catch((error: { code: number | null; killed: boolean; stdout: string }) => error);
    expect(outcome).not.toHaveProperty("killed", true);
    const [entry] = JSON.parse(outcome.stdout) as { findings: { rule: string }[] }[];
    expect(entry?.findings.map((finding) => finding.rule)).toContain("bio/no-party");
  }, 90_000);
});
