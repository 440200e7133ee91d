import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CliIo, run } from "../../cli/main";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in-process with captured streams; relative paths resolve against `cwd`. */
export async function runCli(args: string[], options: { stdin?: string; cwd?: string } = {}): Promise<CliOutcome> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    readStdin: async () => options.stdin ?? "",
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: options.cwd ?? REPO,
    env: {},
    now: () => new Date("2026-12-01T10:00:00Z"),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** A fresh directory with the given files (strings are written as UTF-8). */
export function tempDirectory(files: Record<string, string | Uint8Array> = {}): string {
  const directory = mkdtempSync(join(tmpdir(), "profielcheck-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
  return directory;
}
