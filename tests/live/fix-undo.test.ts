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

describe("FixAndUndo: several levels, newest first", () => {
  it("undoes two fixes on one field in turn, and only the newest while a newer one stands", () => {
    document.body.innerHTML = "<textarea></textarea>";
    const bio = document.querySelector("textarea") as HTMLTextAreaElement;
    const start = "Minister van VWS.";
    bio.value = start;
    const fixes = new FixAndUndo();
    const add = (rule: string, text: string): Finding => ({
      rule,
      field: "bio",
      severity: "error",
      message: "m",
      fix: { type: "replace", start: bio.value.length, end: bio.value.length, text },
    });
    fixes.checked(snapshotOf("edit", { bio: [start, bio] }), { bio: start });
    expect(fixes.apply(add("bio/webcare", " Vragen? Webcare."))).toBe(true);
    const afterFirst = bio.value;
    fixes.checked(snapshotOf("edit", { bio: [afterFirst, bio] }), { bio: afterFirst });
    expect(fixes.apply(add("bio/managed-by-ministry", " Redactie: VWS."))).toBe(true);
    expect(bio.value).toBe("Minister van VWS. Vragen? Webcare. Redactie: VWS.");

    const [first, second] = fixes.fixes();
    expect(first?.canUndo).toBe(false);
    expect(second?.canUndo).toBe(true);
    expect(second?.fix.text).toBe(" Redactie: VWS.");
    // Undoing the older one while the newer stands would put back a value the user never had.
    fixes.undo(first?.fix.id);
    expect(bio.value).toBe("Minister van VWS. Vragen? Webcare. Redactie: VWS.");
    fixes.undo();
    expect(bio.value).toBe(afterFirst);
  });

  it("forgets a fix the user typed over, and one whose field left the page", () => {
    document.body.innerHTML = "<textarea></textarea>";
    const bio = document.querySelector("textarea") as HTMLTextAreaElement;
    bio.value = BIO;
    const fixes = new FixAndUndo();
    fixes.checked(snapshotOf("edit", { bio: [BIO, bio] }), { bio: BIO });
    fixes.apply(removeParty);
    bio.value = "Iets anders.";
    expect(fixes.canUndo).toBe(false);
    fixes.undo();
    expect(bio.value).toBe("Iets anders.");
    bio.remove();
    expect(fixes.fixes()).toEqual([]);
  });
});

describe("FixAndUndo: what stands", () => {
  it("forgets a fix the field's own undo took back, and keeps the older one it started from", () => {
    document.body.innerHTML = "<textarea></textarea>";
    const bio = document.querySelector("textarea") as HTMLTextAreaElement;
    bio.value = "A";
    const fixes = new FixAndUndo();
    const append = (text: string): Finding => ({
      rule: "bio/webcare",
      field: "bio",
      severity: "error",
      message: "m",
      fix: { type: "replace", start: bio.value.length, end: bio.value.length, text },
    });
    fixes.checked(snapshotOf("edit", { bio: ["A", bio] }), { bio: "A" });
    fixes.apply(append("B"));
    fixes.checked(snapshotOf("edit", { bio: ["AB", bio] }), { bio: "AB" });
    fixes.apply(append("C"));
    expect(fixes.fixes().map(({ fix }) => fix.text)).toEqual(["B", "C"]);
    // As the textarea's Ctrl+Z does: the newest fix is gone, the older one stands and can be undone.
    bio.value = "AB";
    expect(fixes.fixes().map(({ fix, canUndo }) => [fix.text, canUndo])).toEqual([["B", true]]);
  });
});
