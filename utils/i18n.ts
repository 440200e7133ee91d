/**
 * The labels several screens share (account types, severities, fields, the guideline's name),
 * Dutch first, and the translator every screen's own texts use (`messages.ts` beside each screen).
 * English must have exactly the same keys (the type says so, and a test checks it at run time too).
 * Rule titles and messages live with the rules; the words of the contract with rules/labels.ts.
 */

import { ACCOUNT_TYPE_DESCRIPTIONS, FIELD_LABELS, SEVERITY_LABELS } from "@/rules/labels";
import type { Language } from "@/rules/schema";
import { fillPlaceholders } from "@/rules/text/placeholders";

/**
 * The texts of the label keys (components/labels.ts), from the one table of each (rules/labels.ts).
 * Built in a call marked pure, so that a script which imports only the translator drops them.
 */
function labelTexts(lang: Language) {
  const type = ACCOUNT_TYPE_DESCRIPTIONS[lang];
  const severity = SEVERITY_LABELS[lang];
  const field = FIELD_LABELS[lang];
  return {
    accountTypeCorporate: type.corporate,
    accountTypeHybrid: type.hybrid,
    accountTypeShowcase: type.showcase,
    severityError: severity.error,
    severityWarning: severity.warning,
    severityInfo: severity.info,
    fieldDisplayName: field.displayName,
    fieldHandle: field.handle,
    fieldBio: field.bio,
    fieldLinks: field.links,
    fieldAvatar: field.avatar,
    fieldVerified: field.verified,
  };
}

const nl = /* @__PURE__ */ Object.assign(
  {
    guidelineSource: "Richtlijn 'Bewindspersonen op sociale media' (juli 2024)",
    fieldOk: "in orde",
    fieldFindings: "bevindingen",
    fieldNotChecked: "niet gecontroleerd",
    unknownHandle: "onbekend",
    fieldsLabel: "Velden",
  },
  /* @__PURE__ */ labelTexts("nl"),
);

type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = /* @__PURE__ */ Object.assign(
  {
    guidelineSource: "Guideline 'Bewindspersonen op sociale media' (July 2024)",
    fieldOk: "ok",
    fieldFindings: "findings",
    fieldNotChecked: "not checked",
    unknownHandle: "unknown",
    fieldsLabel: "Fields",
  },
  /* @__PURE__ */ labelTexts("en"),
);

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { nl, en };

/** A function that gives the text for a key in one language, with its {placeholders} filled. */
export type Translator<Key extends string> = (key: Key, data?: Record<string, string | number>) => string;

/** The translator for one screen's texts (each screen keeps its own Dutch and English texts). */
export function makeTranslator<Key extends string>(
  messages: Record<Language, Record<Key, string>>,
  lang: Language,
): Translator<Key> {
  return (key, data) => fillPlaceholders(messages[lang][key], data);
}

export type Translate = Translator<MessageKey>;

const pluralRules: Partial<Record<Language, Intl.PluralRules>> = {};

/**
 * Which form of a counted text the language uses for this count: every counted text has a key per
 * form (`…_one`, `…_other`), never "fout(en)".
 */
export function pluralForm(lang: Language, count: number): "one" | "other" {
  pluralRules[lang] ??= new Intl.PluralRules(lang);
  return pluralRules[lang].select(count) === "one" ? "one" : "other";
}

export function translator(lang: Language): Translate {
  return makeTranslator(MESSAGES, lang);
}
