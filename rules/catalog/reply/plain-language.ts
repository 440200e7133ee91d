import { sentences } from "../../text/segments";
import { defineRule, type Report } from "../../types";
import { PLAIN_LANGUAGE_QUOTE } from "../quotes";

/** The longest sentence plain language allows, in words. */
const MAX_WORDS = 25;

/** Officialese (ambtelijke taal) and a plain word for it; inflected forms (vigerende) count too. */
const OFFICIALESE: Readonly<Record<string, string>> = {
  inzake: "over",
  middels: "met, via",
  teneinde: "om",
  derhalve: "daarom",
  dientengevolge: "daardoor",
  alsmede: "en, ook",
  conform: "volgens",
  vigerend: "geldend",
  onverwijld: "meteen",
  ingevolge: "volgens",
  voornoemd: "genoemd",
  reeds: "al",
  gaarne: "graag",
  aangaande: "over",
  dienaangaande: "daarover",
  hieromtrent: "hierover",
  onderhavig: "deze",
  zulks: "dat",
  behoudens: "behalve",
};

/** The stem of an officialese word as written, or undefined: "Vigerende" -> "vigerend". */
function officialeseStem(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (OFFICIALESE[lower] !== undefined) return lower;
  const stem = lower.replace(/e$|en$/, "");
  return stem !== lower && OFFICIALESE[stem] !== undefined ? stem : undefined;
}

export default defineRule({
  meta: {
    id: "reply/plain-language",
    severity: { corporate: "warning", showcase: "warning", hybrid: "warning" },
    fields: ["text"],
    reportsOn: "text",
    kinds: ["reply"],
    dutchOnly: true,
    title: { nl: "Reacties in begrijpelijke taal", en: "Replies in plain language" },
    description: {
      nl: `Webcare antwoordt in begrijpelijke taal: zinnen van hoogstens ${MAX_WORDS} woorden en geen ambtelijke woorden (inzake, middels, teneinde, reeds …).`,
      en: `Webcare answers in plain language: sentences of at most ${MAX_WORDS} words and no officialese (inzake, middels, teneinde, reeds …).`,
    },
    messages: {
      longSentence: {
        nl: `Deze zin heeft {count} woorden; houd zinnen onder de ${MAX_WORDS + 1} woorden.`,
        en: `This sentence has {count} words; keep sentences under ${MAX_WORDS + 1} words.`,
      },
      officialese: {
        nl: "Ambtelijk woord '{word}': schrijf liever '{plain}'.",
        en: "Officialese '{word}': prefer '{plain}'.",
      },
    },
    guideline: [PLAIN_LANGUAGE_QUOTE],
  },
  check({ message }) {
    const reports: Report<"longSentence" | "officialese">[] = [];
    for (const sentence of sentences(message.text)) {
      if (sentence.words.length > MAX_WORDS) {
        reports.push({
          messageId: "longSentence" as const,
          data: { count: String(sentence.words.length) },
          start: sentence.start,
          end: sentence.end,
        });
      }
      for (const word of sentence.words) {
        const stem = officialeseStem(word.text);
        if (stem === undefined) continue;
        reports.push({
          messageId: "officialese" as const,
          data: { word: word.text, plain: OFFICIALESE[stem] as string },
          start: word.start,
          end: word.end,
        });
      }
    }
    return reports.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  },
});
