import { describe, expect, it } from "vitest";
import { detectRijkslogo } from "../../rules/avatar/detector";
import { FAILURE_CLASSES } from "./failure-classes";

// One example per failure class listed in docs/avatar-detector.md (issue 14): each was missed,
// or called uncertain, by an earlier version of the detector on pictures it was not tuned on.
describe("detectRijkslogo on the known failure classes", () => {
  for (const failure of FAILURE_CLASSES) {
    it(`${failure.expected === "present" ? "finds the logo" : "calls absent"}: ${failure.name}`, async () => {
      const detection = detectRijkslogo(await failure.image());
      expect(detection.outcome).toBe(failure.expected);
      if (failure.expected === "present") expect(detection.box).toBeDefined();
    });
  }
});
