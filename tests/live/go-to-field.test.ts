// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import type { Finding } from "@/rules/schema";
import { GoToField, TARGET_ATTRIBUTE } from "@/utils/live/go-to-field";

const party: Finding = {
  rule: "name/no-party",
  severity: "error",
  field: "displayName",
  message: "m",
  start: 13,
  end: 16,
};
const missing: Finding = { rule: "bio/webcare", severity: "error", field: "bio", message: "m" };

describe("Ga naar veld", () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<input value="Fleur Agema (PVV)"><textarea>Minister.</textarea><div contenteditable="true">Fleur Agema (PVV)</div><h1>Fleur Agema (PVV)</h1>';
  });

  it("focuses an input and selects the finding's range", () => {
    const input = document.querySelector("input") as HTMLInputElement;
    new GoToField().go(input, party);
    expect(document.activeElement).toBe(input);
    expect(input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0)).toBe("PVV");
  });

  it("puts the caret at the end for a finding about something missing", () => {
    const textarea = document.querySelector("textarea") as HTMLTextAreaElement;
    new GoToField().go(textarea, missing);
    expect(document.activeElement).toBe(textarea);
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([9, 9]);
  });

  it("selects the range in an editable region", () => {
    const editor = document.querySelector("[contenteditable]") as HTMLElement;
    new GoToField().go(editor, party);
    expect(document.getSelection()?.toString()).toBe("PVV");
  });

  it("outlines text that cannot take focus, until the next go", () => {
    const heading = document.querySelector("h1") as HTMLElement;
    const input = document.querySelector("input") as HTMLInputElement;
    const go = new GoToField();
    go.go(heading, party);
    expect(heading.hasAttribute(TARGET_ATTRIBUTE)).toBe(true);
    go.go(input, party);
    expect(heading.hasAttribute(TARGET_ATTRIBUTE)).toBe(false);
  });
});
