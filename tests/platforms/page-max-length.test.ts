// @vitest-environment happy-dom
/** The page's own maxlength reaches the engine (issue 11): read from inputs and textareas only. */
import { describe, expect, it } from "vitest";
import { found, notFound, pageMaxLength } from "@/utils/platforms/read";

function element(html: string): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = html;
  return container.firstElementChild as HTMLElement;
}

describe("pageMaxLength", () => {
  it("reads the maxlength of a textarea or an input", () => {
    expect(pageMaxLength(found("", element('<textarea maxlength="101"></textarea>')))).toBe(101);
    expect(pageMaxLength(found("", element('<input maxlength="50">')))).toBe(50);
  });

  it("gives none for a field without one, a rich-text editor or a field not found", () => {
    expect(pageMaxLength(found("", element("<textarea></textarea>")))).toBeUndefined();
    expect(pageMaxLength(found("", element('<div contenteditable="true" maxlength="10"></div>')))).toBeUndefined();
    expect(pageMaxLength(notFound({ nl: "niet gevonden", en: "not found" }))).toBeUndefined();
  });
});
