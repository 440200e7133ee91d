import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers";

const execFileAsync = promisify(execFile);

describe("cli/bin.mjs", () => {
  it("runs the command through tsx", async () => {
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
