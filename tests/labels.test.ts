/**
 * One label table each for platforms, account types, severities and fields (rules/labels.ts), in
 * both languages, and the screens' texts taken from them rather than written again.
 */
import { describe, expect, it } from "vitest";
import { ACCOUNT_TYPE_LABEL, FIELD_LABEL, SEVERITY_LABEL } from "../components/labels";
import {
  ACCOUNT_TYPE_DESCRIPTIONS,
  ACCOUNT_TYPE_LABELS,
  FIELD_LABELS,
  PLATFORM_LABELS,
  SEVERITY_LABELS,
  severityWord,
} from "../rules/labels";
import { ACCOUNT_TYPES, FIELDS, LANGUAGES, PLATFORMS, SEVERITIES } from "../rules/vocabulary";
import { translator } from "../utils/i18n";

describe("rules/labels.ts", () => {
  it("names every platform, account type, severity and field in both languages", () => {
    expect(Object.keys(PLATFORM_LABELS).sort()).toEqual([...PLATFORMS].sort());
    for (const lang of LANGUAGES) {
      expect(Object.keys(ACCOUNT_TYPE_LABELS[lang]).sort()).toEqual([...ACCOUNT_TYPES].sort());
      expect(Object.keys(ACCOUNT_TYPE_DESCRIPTIONS[lang]).sort()).toEqual([...ACCOUNT_TYPES].sort());
      expect(Object.keys(SEVERITY_LABELS[lang]).sort()).toEqual([...SEVERITIES].sort());
      expect(Object.keys(FIELD_LABELS[lang]).sort()).toEqual([...FIELDS].sort());
    }
  });

  it("gives the command and report the Dutch word, and in English the configuration's severity", () => {
    expect(SEVERITIES.map((severity) => severityWord(severity, "nl"))).toEqual(["fout", "waarschuwing", "advies"]);
    expect(SEVERITIES.map((severity) => severityWord(severity, "en"))).toEqual(["error", "warning", "info"]);
  });

  it("is what the extension's screens show", () => {
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      for (const type of ACCOUNT_TYPES) expect(t(ACCOUNT_TYPE_LABEL[type])).toBe(ACCOUNT_TYPE_DESCRIPTIONS[lang][type]);
      for (const severity of SEVERITIES) expect(t(SEVERITY_LABEL[severity])).toBe(SEVERITY_LABELS[lang][severity]);
      for (const field of FIELDS) expect(t(FIELD_LABEL[field])).toBe(FIELD_LABELS[lang][field]);
    }
  });
});
