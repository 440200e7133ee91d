import { describe, expect, it } from "vitest";
import { OPTIONS_MESSAGES } from "@/components/options/messages";
import { POPUP_MESSAGES } from "@/components/popup/messages";

/** The {placeholders} of a text, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();
}

describe.each([
  ["options", OPTIONS_MESSAGES],
  ["popup", POPUP_MESSAGES],
])("%s texts", (_, messages) => {
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
