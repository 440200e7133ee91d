import { describe, expect, it } from "vitest";
/**
 * Every screen text exists in Dutch (the default) and English, with the same placeholders: the
 * shared labels, the panel, the options page, the popup and the playground. Rule texts are checked with the catalog
 * (tests/rules/structure.test.ts).
 */
import { KABINETSWISSEL_MESSAGES } from "@/components/kabinetswissel/messages";
import { OPTIONS_MESSAGES } from "@/components/options/messages";
import { PANEL_MESSAGES } from "@/components/panel/messages";
import { PLAYGROUND_MESSAGES } from "@/components/playground/messages";
import { POPUP_MESSAGES } from "@/components/popup/messages";
import { MESSAGES as SHARED_LABELS } from "@/utils/i18n";

/** The {placeholders} of a text, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();
}

describe.each([
  ["shared labels", SHARED_LABELS],
  ["panel", PANEL_MESSAGES],
  ["options", OPTIONS_MESSAGES],
  ["popup", POPUP_MESSAGES],
  ["playground", PLAYGROUND_MESSAGES],
  ["kabinetswissel", KABINETSWISSEL_MESSAGES],
] as const)("%s texts", (_, messages) => {
  it("has every key in both languages, none empty", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
    for (const text of [...Object.values(messages.nl), ...Object.values(messages.en)]) expect(text.trim()).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    for (const [key, dutch] of Object.entries(messages.nl)) {
      expect(placeholders(messages.en[key as keyof typeof messages.en]), key).toEqual(placeholders(dutch));
    }
  });
});
