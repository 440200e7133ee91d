// @vitest-environment happy-dom
/**
 * The composer card on its own: the test contract's attributes, the role control only where a role
 * can be chosen, a fix button only where a finding has a fix, both languages, and no axe violation.
 */
import { render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ComposerCard, type ComposerCardProps } from "@/components/composer/ComposerCard";
import { COMPOSER_MESSAGES } from "@/components/composer/messages";
import type { MessageFinding } from "@/rules/schema";
import { axeViolations } from "../options/dom-helpers";

const PARTY_HASHTAG: MessageFinding = {
  rule: "post/no-party",
  severity: "error",
  field: "text",
  message: "De tekst bevat de partijhashtag #TeamVVD.",
  start: 18,
  end: 26,
  fix: { type: "replace", start: 17, end: 26, text: "" },
};

function show(overrides: Partial<ComposerCardProps> = {}): HTMLElement {
  const container = document.createElement("div");
  document.body.append(container);
  render(
    <ComposerCard
      lang="nl"
      account={{ platform: "x", type: "corporate" }}
      kind="post"
      writer="MinisterVWS"
      text="Op werkbezoek, ja #TeamVVD"
      findings={[PARTY_HASHTAG]}
      notChecked={[]}
      messageRole={null}
      roleChoice={false}
      canUndo={false}
      onRole={vi.fn()}
      onFix={vi.fn()}
      onUndo={vi.fn()}
      {...overrides}
    />,
    container,
  );
  return container;
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("composer card", () => {
  it("carries the test contract: status, rule, severity, field, fix", () => {
    const card = show();
    expect(card.querySelector("section")?.getAttribute("data-status")).toBe("ready");
    const finding = card.querySelector('[data-rule="post/no-party"]');
    expect(finding?.getAttribute("data-severity")).toBe("error");
    expect(finding?.getAttribute("data-field")).toBe("text");
    expect(finding?.querySelector("mark")?.textContent).toBe("#TeamVVD");
    expect(finding?.querySelector("[data-fix]")).not.toBeNull();
    expect(card.querySelector("[data-role]")).toBeNull();
    expect(card.querySelector("[data-undo]")).toBeNull();
  });

  it("offers the role control on a hybrid account, with the current role", () => {
    const onRole = vi.fn();
    const card = show({ roleChoice: true, messageRole: "party", onRole, findings: [] });
    const control = card.querySelector("[data-role]");
    expect(control?.getAttribute("data-role")).toBe("party");
    expect(card.querySelector<HTMLInputElement>('input[value="party"]')?.checked).toBe(true);
    card.querySelector<HTMLInputElement>('input[value="minister"]')?.click();
    expect(onRole).toHaveBeenCalledWith("minister", expect.any(Event));
    expect(card.textContent).toContain("Geen bevindingen");
  });

  it("passes the event to every action, so the session can refuse what a page script did", () => {
    const onFix = vi.fn();
    const onUndo = vi.fn();
    const card = show({ onFix, onUndo, canUndo: true });
    card.querySelector<HTMLButtonElement>("[data-fix]")?.click();
    card.querySelector<HTMLButtonElement>("[data-undo]")?.click();
    expect(onFix).toHaveBeenCalledWith(PARTY_HASHTAG, expect.any(Event));
    expect(onUndo).toHaveBeenCalledWith(expect.any(Event));
  });

  it("says which rules could not run and why, never a silent pass", () => {
    const card = show({
      findings: [],
      notChecked: [
        { rule: "reply/tutoyeren", reason: { nl: "het bericht is Engelstalig", en: "the message is in English" } },
      ],
    });
    expect(card.querySelector('[data-not-checked="reply/tutoyeren"]')?.textContent).toContain("Engelstalig");
  });

  it("speaks English when asked, with the same keys in both languages", () => {
    expect(Object.keys(COMPOSER_MESSAGES.en).sort()).toEqual(Object.keys(COMPOSER_MESSAGES.nl).sort());
    const card = show({ lang: "en", kind: "reply" });
    expect(card.textContent).toContain("Profielcheck — reply");
    expect(card.textContent).toContain("Writing as @MinisterVWS");
  });

  it("has no axe violations", async () => {
    const card = show({ roleChoice: true, canUndo: true });
    expect(await axeViolations(card)).toEqual([]);
  });
});
