// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import type { Finding } from "@/rules/schema";
import { FixAndUndo } from "@/utils/live/fix-undo";
import { snapshotOf } from "./snapshot";

const BIO = "Minister van VWS. Lid van de VVD.";
const removeParty: Finding = {
  rule: "bio/no-party",
  field: "bio",
  severity: "error",
  message: "m",
  fix: { type: "replace", start: 17, end: BIO.length, text: "" },
};

describe("FixAndUndo", () => {
  let bio: HTMLTextAreaElement;
  let fixes: FixAndUndo;

  beforeEach(() => {
    document.body.innerHTML = "<textarea></textarea>";
    bio = document.querySelector("textarea") as HTMLTextAreaElement;
    bio.value = BIO;
    fixes = new FixAndUndo();
    fixes.checked(snapshotOf("edit", { bio: [BIO, bio] }), { bio: BIO });
  });

  it("writes the fix into the field it was computed for, with an input event, and undoes it", () => {
    const inputs: string[] = [];
    bio.addEventListener("input", () => inputs.push(bio.value));
    expect(fixes.apply(removeParty)).toBe(true);
    expect(bio.value).toBe("Minister van VWS.");
    expect(inputs).toEqual(["Minister van VWS."]);
    expect(fixes.canUndo).toBe(true);
    fixes.undo();
    expect(bio.value).toBe(BIO);
    expect(fixes.canUndo).toBe(false);
  });

  it("does not write once the user typed on (the field no longer holds the checked value)", () => {
    bio.value = `${BIO} En meer.`;
    expect(fixes.target(removeParty)).toBeNull();
    expect(fixes.apply(removeParty)).toBe(false);
    expect(bio.value).toBe(`${BIO} En meer.`);
  });

  it("does not write on a profile page, into a read-only field, or without a fix", () => {
    fixes.checked(snapshotOf("profile", { bio: [BIO, bio] }), { bio: BIO });
    expect(fixes.target(removeParty)).toBeNull();
    fixes.checked(snapshotOf("edit", { bio: [BIO, bio] }), { bio: BIO });
    bio.readOnly = true;
    expect(fixes.target(removeParty)).toBeNull();
    bio.readOnly = false;
    const { fix: _fix, ...withoutFix } = removeParty;
    expect(fixes.target(withoutFix)).toBeNull();
  });
});
