// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import type { CheckResult } from "@/rules/engine";
import type { Finding } from "@/rules/schema";
import { FieldMarks, MARK_ATTRIBUTE, MARK_THEME_ATTRIBUTE } from "@/utils/live/field-marks";
import { snapshotOf } from "./snapshot";

const finding = (field: Finding["field"], severity: Finding["severity"], rule = "r"): Finding => ({
  rule,
  field,
  severity,
  message: "m",
});
const result = (findings: Finding[]) => ({ findings, fields: {} }) as unknown as CheckResult;

describe("FieldMarks", () => {
  let bio: HTMLTextAreaElement;
  let name: HTMLInputElement;
  let marks: FieldMarks;

  beforeEach(() => {
    document.head.innerHTML = "";
    document.body.innerHTML = '<input id="name"><textarea id="bio"></textarea>';
    bio = document.querySelector("#bio") as HTMLTextAreaElement;
    name = document.querySelector("#name") as HTMLInputElement;
    marks = new FieldMarks(document);
  });

  it("marks each field with its worst open finding; not info, not waived", () => {
    const waived = finding("displayName", "error", "waived");
    const snapshot = snapshotOf("edit", { bio: ["b", bio], displayName: ["n", name] });
    marks.mark(
      snapshot,
      result([finding("bio", "warning"), finding("bio", "error"), finding("displayName", "info"), waived]),
      (each) => each === waived,
    );
    expect(bio.getAttribute(MARK_ATTRIBUTE)).toBe("error");
    expect(name.hasAttribute(MARK_ATTRIBUTE)).toBe(false);
  });

  it("marks nothing on a profile page, and clears the marks of the last check", () => {
    marks.mark(snapshotOf("edit", { bio: ["b", bio] }), result([finding("bio", "warning")]), () => false);
    expect(bio.getAttribute(MARK_ATTRIBUTE)).toBe("warning");
    marks.mark(snapshotOf("profile", { bio: ["b", bio] }), result([finding("bio", "error")]), () => false);
    expect(bio.hasAttribute(MARK_ATTRIBUTE)).toBe(false);
  });

  it("installs its style once and removes it with every mark", () => {
    marks.install();
    marks.install();
    expect(document.head.querySelectorAll("style")).toHaveLength(1);
    marks.mark(snapshotOf("edit", { bio: ["b", bio] }), result([finding("bio", "error")]), () => false);
    marks.uninstall();
    expect(document.head.querySelectorAll("style")).toHaveLength(0);
    expect(bio.hasAttribute(MARK_ATTRIBUTE)).toBe(false);
  });

  it("takes the dark colours on a dark page, and drops them when the page is light again", () => {
    marks.install();
    marks.mark(snapshotOf("edit", { bio: ["b", bio] }), result([finding("bio", "error")]), () => false, "dark");
    expect(bio.getAttribute(MARK_THEME_ATTRIBUTE)).toBe("dark");
    expect(document.head.querySelector("style")?.textContent).toContain('[data-profielcheck-mark-on="dark"]');
    marks.mark(snapshotOf("edit", { bio: ["b", bio] }), result([finding("bio", "error")]), () => false, "light");
    expect(bio.getAttribute(MARK_ATTRIBUTE)).toBe("error");
    expect(bio.hasAttribute(MARK_THEME_ATTRIBUTE)).toBe(false);
  });
});
