/**
 * The extension's own screen texts, Dutch first. English must have exactly the same keys (the
 * type says so, and a test checks it at run time too). Rule titles and messages live with the rules.
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
    panelTitle: "Profielcheck",
    collapse: "Inklappen",
    expand: "Uitklappen",
    dockLeft: "Links plaatsen",
    dockRight: "Rechts plaatsen",
    checking: "Bezig met controleren…",
    checkedAfterPause:
      "Dit veld is erg lang: Profielcheck controleert het zodra u even stopt met typen, zodat typen vlot blijft.",
    verdictErrors: "{count} fout(en) — dit profiel voldoet niet aan de richtlijn",
    verdictWarnings: "Geen fouten, {count} waarschuwing(en)",
    verdictOk: "Voldoet aan de richtlijn (voor de gecontroleerde velden)",
    why: "Waarom?",
    guidelineSource: "Richtlijn 'Bewindspersonen op sociale media' (juli 2024)",
    fieldOk: "in orde",
    lengthCount: "tekens van de limiet",
    composeBio: "Stel een bio samen",
    composeBioNone: "Geen volledige bio mogelijk binnen de limiet: maak de tekst eerst korter.",
    composeBioNormal: "Voorstel",
    composeBioShort: "Kort voorstel",
    composeBioUse: "Gebruik deze bio",
    fieldFindings: "bevindingen",
    fieldNotChecked: "niet gecontroleerd",
    chooseAccountType: "Wat voor account is @{handle}?",
    chooseAccountTypeHelp: "Het soort account bepaalt welke regels gelden. Uw keuze wordt onthouden.",
    accountLabel: "Account",
    changeAccountType: "Wijzig soort account",
    highlightedBio: "Bio met gemarkeerde problemen",
    unknownHandle: "onbekend",
    fieldsLabel: "Velden",
    fix: "Herstel",
    undo: "Herstel ongedaan maken",
    waive: "Bewust afwijken",
    waived: "Bewust afgeweken",
    showWaiverReason: "Reden tonen",
    hideWaiverReason: "Reden verbergen",
    waiverReason: "Reden (verplicht)",
    waiverReasonRequired: "Geef een reden op.",
    waiverSave: "Afwijking vastleggen",
    copyReport: "Kopieer rapport",
    reportCopied: "Rapport gekopieerd",
    avatarAlt: "Profielfoto zoals gecontroleerd",
    avatarAnalysing: "Profielfoto wordt geanalyseerd…",
    avatarUnreadable: "Profielfoto kon niet worden gelezen",
    avatarLogoFound: "Rijkslogo gevonden (omkaderd)",
    avatarLogoNotFound: "Geen rijkslogo gevonden",
    avatarUncertain: "Twijfel — controleer zelf",
  } as const,
  /* @__PURE__ */ labelTexts("nl"),
);

type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = /* @__PURE__ */ Object.assign(
  {
    panelTitle: "Profielcheck",
    collapse: "Collapse",
    expand: "Expand",
    dockLeft: "Dock left",
    dockRight: "Dock right",
    checking: "Checking…",
    checkedAfterPause:
      "This field is very long: Profielcheck checks it when you pause typing, so that typing stays smooth.",
    verdictErrors: "{count} error(s) — this profile does not meet the guideline",
    verdictWarnings: "No errors, {count} warning(s)",
    verdictOk: "Meets the guideline (for the fields checked)",
    why: "Why?",
    guidelineSource: "Guideline 'Bewindspersonen op sociale media' (July 2024)",
    fieldOk: "ok",
    lengthCount: "characters of the limit",
    composeBio: "Compose a bio",
    composeBioNone: "No complete bio fits the limit: shorten the text first.",
    composeBioNormal: "Proposal",
    composeBioShort: "Short proposal",
    composeBioUse: "Use this bio",
    fieldFindings: "findings",
    fieldNotChecked: "not checked",
    chooseAccountType: "What kind of account is @{handle}?",
    chooseAccountTypeHelp: "The kind of account decides which rules apply. Your choice is remembered.",
    accountLabel: "Account",
    changeAccountType: "Change kind of account",
    highlightedBio: "Bio with the problems marked",
    unknownHandle: "unknown",
    fieldsLabel: "Fields",
    fix: "Fix",
    undo: "Undo fix",
    waive: "Deviate deliberately",
    waived: "Deliberately accepted",
    showWaiverReason: "Show reason",
    hideWaiverReason: "Hide reason",
    waiverReason: "Reason (required)",
    waiverReasonRequired: "Give a reason.",
    waiverSave: "Record the deviation",
    copyReport: "Copy report",
    reportCopied: "Report copied",
    avatarAlt: "Profile picture as checked",
    avatarAnalysing: "Analysing the profile picture…",
    avatarUnreadable: "The profile picture could not be read",
    avatarLogoFound: "Government logo found (boxed)",
    avatarLogoNotFound: "No government logo found",
    avatarUncertain: "Uncertain — check yourself",
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

export function translator(lang: Language): Translate {
  return makeTranslator(MESSAGES, lang);
}
