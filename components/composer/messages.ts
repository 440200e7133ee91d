/**
 * The composer card's texts, Dutch first. English must have exactly the same keys (the type says
 * so, and tests/composer/composer-card.test.tsx checks it at run time too).
 */
import { SEVERITY_LABELS } from "@/rules/labels";
import type { Language } from "@/rules/vocabulary";
import { makeTranslator, type Translator } from "@/utils/i18n";

const nl = {
  title: "Profielcheck — bericht",
  titleReply: "Profielcheck — reactie",
  writesAs: "Schrijft als @{handle}",
  roleLegend: "Namens wie schrijft u dit bericht?",
  roleMinistry: "Ministerie",
  roleParty: "Partij",
  roleMinister: "Bewindspersoon zelf",
  roleNeeded: "Kies de rol: de markering die dit bericht nodig heeft, hangt ervan af.",
  corporateRole: "Corporate account: elk bericht valt onder de regels voor het ministerie.",
  noFindings: "Geen bevindingen in dit bericht.",
  findingsCount_one: "{count} bevinding",
  findingsCount_other: "{count} bevindingen",
  marked: "Gemarkeerd",
  why: "Waarom?",
  guidelineSource: "Richtlijn 'Bewindspersonen op sociale media' (juli 2024)",
  fix: "Herstel",
  undo: "Herstel ongedaan maken",
  severityError: SEVERITY_LABELS.nl.error,
  severityWarning: SEVERITY_LABELS.nl.warning,
  severityInfo: SEVERITY_LABELS.nl.info,
  close: "Sluiten",
} as const;

type ComposerMessageKey = keyof typeof nl;

const en: Record<ComposerMessageKey, string> = {
  title: "Profielcheck — post",
  titleReply: "Profielcheck — reply",
  writesAs: "Writing as @{handle}",
  roleLegend: "On whose behalf do you write this message?",
  roleMinistry: "Ministry",
  roleParty: "Party",
  roleMinister: "The minister personally",
  roleNeeded: "Choose the role: the marker this message needs depends on it.",
  corporateRole: "Corporate account: every message is held to the ministry's rules.",
  noFindings: "No findings in this message.",
  findingsCount_one: "{count} finding",
  findingsCount_other: "{count} findings",
  marked: "Marked",
  why: "Why?",
  guidelineSource: "Guideline 'Bewindspersonen op sociale media' (July 2024)",
  fix: "Fix",
  undo: "Undo fix",
  severityError: SEVERITY_LABELS.en.error,
  severityWarning: SEVERITY_LABELS.en.warning,
  severityInfo: SEVERITY_LABELS.en.info,
  close: "Close",
};

export const COMPOSER_MESSAGES: Record<Language, Record<ComposerMessageKey, string>> = { nl, en };

export type ComposerTranslate = Translator<ComposerMessageKey>;

export function composerTranslator(lang: Language): ComposerTranslate {
  return makeTranslator(COMPOSER_MESSAGES, lang);
}
