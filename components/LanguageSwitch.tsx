/** The language choice of the full-page screens (options, Kabinetswissel): Dutch or English. */
import type { Language } from "@/rules/vocabulary";

export interface LanguageSwitchProps {
  lang: Language;
  /** The screen's own texts for the legend and the two choices. */
  labels: { legend: string; dutch: string; english: string };
  onChange(lang: Language): void;
}

export function LanguageSwitch({ lang, labels, onChange }: LanguageSwitchProps) {
  const choices = [
    { value: "nl", label: labels.dutch },
    { value: "en", label: labels.english },
  ] as const;
  return (
    <fieldset class="language">
      <legend>{labels.legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} lang={choice.value}>
          <input
            type="radio"
            name="language"
            value={choice.value}
            checked={lang === choice.value}
            onChange={() => onChange(choice.value)}
          />{" "}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
