/**
 * The README's command examples for posts and replies stay true: the files exist, parse, and
 * give the exit status the README states.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPO, runCli } from "./helpers";

const README = readFileSync(`${REPO}/README.md`, "utf8");

describe("README: posts and replies", () => {
  it("names post and reply examples that exit 1", async () => {
    const line = README.split("\n").find((each) => each.includes("examples/post-") && each.includes("exit 1"));
    expect(line).toBeDefined();
    const files = [...(line ?? "").matchAll(/examples\/[\w.-]+\.json/g)].map((match) => match[0]);
    expect(files).toEqual(["examples/post-corporate-x.json", "examples/reply-hybrid-x.json"]);
    const { code, stderr } = await runCli(["check", ...files]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });
});
