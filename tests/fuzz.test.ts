/**
 * The fuzz harness itself (scripts/fuzz-cases.ts, run at scale by `npm run fuzz`): a few fixed
 * seeds in-process, so a change that breaks the harness or an invariant shows up in `npm test`.
 */
import { afterAll, describe, expect, it } from "vitest";
import { generateCase, runCase, scratchDirectory } from "../scripts/fuzz-cases";

const scratch = scratchDirectory();
afterAll(scratch.remove);

describe("fuzz cases", () => {
  it("are the same for the same seed", () => {
    expect(JSON.stringify(generateCase(42))).toBe(JSON.stringify(generateCase(42)));
  });

  it("hold every invariant for 40 fixed seeds, some with a valid configuration", async () => {
    let valid = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const outcome = await runCase(generateCase(seed * 7919), scratch.path);
      expect(outcome.problems, `seed ${seed * 7919}`).toEqual([]);
      if (outcome.configValid) valid += 1;
    }
    expect(valid).toBeGreaterThan(0);
  }, 120_000);
});
