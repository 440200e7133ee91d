/**
 * The labels several screens share (account types, severities, fields, the guideline's name),
 * Dutch first, and the translator every screen's own texts use (`messages.ts` beside each screen).
 * English must have exactly the same keys (the type says so, and a test checks it at run time too).
 * Rule titles and messages live with the rules.
 */

import type { Language } from "@/rules/schema";
import { fillPlaceholders } from "@/rules/text/placeholders";

const nl = {
  guidelineSource: "Richtlijn 'Bewindspersonen op sociale media' (juli 2024)",
  fieldOk: "in orde",
  fieldFindings: "bevindingen",
  fieldNotChecked: "niet gecontroleerd",
  accountTypeCorporate: "Corporate (van het ministerie)",
  accountTypeHybrid: "Hybride (van de bewindspersoon)",
  accountTypeShowcase: "Showcasepagina (LinkedIn)",
  severityError: "Fout",
  severityWarning: "Waarschuwing",
  severityInfo: "Advies",
  fieldDisplayName: "Naam",
  fieldHandle: "Handle",
  fieldBio: "Bio",
  fieldLinks: "Link",
  fieldAvatar: "Profielfoto",
  fieldVerified: "Verificatie",
  unknownHandle: "onbekend",
  fieldsLabel: "Velden",
} as const;

type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  guidelineSource: "Guideline 'Bewindspersonen op sociale media' (July 2024)",
  fieldOk: "ok",
  fieldFindings: "findings",
  fieldNotChecked: "not checked",
  accountTypeCorporate: "Corporate (owned by the ministry)",
  accountTypeHybrid: "Hybrid (owned by the minister)",
  accountTypeShowcase: "Showcase page (LinkedIn)",
  severityError: "Error",
  severityWarning: "Warning",
  severityInfo: "Advice",
  fieldDisplayName: "Name",
  fieldHandle: "Handle",
  fieldBio: "Bio",
  fieldLinks: "Link",
  fieldAvatar: "Profile picture",
  fieldVerified: "Verification",
  unknownHandle: "unknown",
  fieldsLabel: "Fields",
};

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

export function translator(lang: Language): Translate {
  return makeTranslator(MESSAGES, lang);
}
