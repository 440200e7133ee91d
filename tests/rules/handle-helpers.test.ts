import { describe, expect, it } from "vitest";
import { bareHandle, normalizeHandle, sameHandle } from "../../rules/text/handles";

describe("handle helpers (rules/text/handles.ts): one way to write and to compare a handle", () => {
  it.each([
    ["@MinisterVWS", "MinisterVWS"],
    [" @MinisterVWS ", "MinisterVWS"],
    ["MinisterVWS", "MinisterVWS"],
    ["@@odd", "@odd"],
    ["", ""],
  ])("bareHandle(%j) is %j, its case kept", (handle, bare) => {
    expect(bareHandle(handle)).toBe(bare);
  });

  it("compares without @, spaces or case, but as a whole handle", () => {
    expect(normalizeHandle(" @MinisterVWS")).toBe("ministervws");
    expect(sameHandle("@MinisterVWS", "ministervws ")).toBe(true);
    expect(sameHandle("MinBZK", "MinBZKpers")).toBe(false);
  });
});
