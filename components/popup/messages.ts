/**
 * The popup's texts, Dutch first. English must have exactly the same keys (the type says so, and
 * tests/popup/messages.test.ts checks it at run time too). Labels the panel also uses (account
 * types, severities, fields) come from utils/i18n.ts.
 */

import type { Language } from "@/rules/vocabulary";
import { makeTranslator, type Translator } from "@/utils/i18n";

const nl = {
  title: "Profielcheck",
  loading: "Bezig met ophalen…",
  noPageHeading: "Geen profiel op deze pagina",
  aboutText:
    "Profielcheck controleert het profiel van een bewindspersoon op sociale media tegen de richtlijn 'Bewindspersonen op sociale media', terwijl u het bewerkt.",
  whereText:
    "Het werkt op X, Instagram, LinkedIn en Facebook, op profielpagina's en op de pagina's waar u het profiel bewerkt. Open daar een profiel; het paneel verschijnt dan vanzelf. Berichten en reacties worden gecontroleerd in het tekstvak zelf (X, LinkedIn en Instagram).",
  summaryLabel: "Deze pagina",
  platformLabel: "Platform",
  accountLabel: "Account",
  pageLabel: "Pagina",
  pageKindEdit: "bewerkpagina",
  pageKindProfile: "profielpagina",
  typeLabel: "Soort",
  ministerLabel: "Bewindspersoon",
  ministryLabel: "Ministerie",
  configuredYes: "staat in de instellingen",
  configuredNo: "staat niet in de instellingen",
  unknownHandle: "onbekend",
  unknownAccount: "onbekend account",
  notMinisterChosen:
    "U gaf in het paneel aan dat @{handle} geen account van een bewindspersoon is; er wordt niets gecontroleerd. Kies hieronder toch een soort account om het te laten controleren.",
  chooseTypeLegend: "Wat voor account is @{handle}?",
  chooseTypeHelp: "Het soort account bepaalt welke regels gelden. Uw keuze wordt bewaard in de instellingen.",
  noHandle: "De handle staat niet op deze pagina, dus het account kan niet worden onthouden.",
  remembered: "Opgeslagen: @{handle} is een {type}.",
  rememberFailed: "Niet opgeslagen: {reason}",
  findingsHeading: "Bevindingen",
  waivedOne: "{count} bevinding is geaccepteerd met een afwijking en telt niet mee.",
  waivedMany: "{count} bevindingen zijn geaccepteerd met een afwijking en tellen niet mee.",
  noFindings: "Geen bevindingen in de gecontroleerde velden.",
  topFindingsHeading: "Belangrijkste bevindingen",
  moreFindings: "En nog {count} in het paneel op de pagina.",
  fieldsHeading: "Velden",
  fieldNotApplicable: "niet van toepassing",
  actionsLabel: "Verder",
  showPanel: "Toon het paneel op de pagina",
  copyReport: "Kopieer rapport",
  reportCopied: "Rapport gekopieerd naar het klembord.",
  reportUnavailable: "Er is nog geen rapport: kies eerst het soort account.",
  openReport: "Open afdrukbaar rapport",
  openOptions: "Instellingen",
  openPlayground: "Oefenruimte",
  openKabinetswissel: "Kabinetswissel",
} as const;

export type PopupMessageKey = keyof typeof nl;

const en: Record<PopupMessageKey, string> = {
  title: "Profielcheck",
  loading: "Loading…",
  noPageHeading: "No profile on this page",
  aboutText:
    "Profielcheck checks a minister's social-media profile against the guideline 'Bewindspersonen op sociale media' while you edit it.",
  whereText:
    "It works on X, Instagram, LinkedIn and Facebook, on profile pages and on the pages where you edit the profile. Open a profile there; the panel then appears by itself. Posts and replies are checked in their own text box (X, LinkedIn and Instagram).",
  summaryLabel: "This page",
  platformLabel: "Platform",
  accountLabel: "Account",
  pageLabel: "Page",
  pageKindEdit: "edit page",
  pageKindProfile: "profile page",
  typeLabel: "Kind",
  ministerLabel: "Minister",
  ministryLabel: "Ministry",
  configuredYes: "is in the settings",
  configuredNo: "is not in the settings",
  unknownHandle: "unknown",
  unknownAccount: "unknown account",
  notMinisterChosen:
    "You said in the panel that @{handle} is not a minister's account; nothing is checked. Choose a kind of account below to have it checked after all.",
  chooseTypeLegend: "What kind of account is @{handle}?",
  chooseTypeHelp: "The kind of account decides which rules apply. Your choice is kept in the settings.",
  noHandle: "The handle is not on this page, so the account cannot be remembered.",
  remembered: "Saved: @{handle} is a {type}.",
  rememberFailed: "Not saved: {reason}",
  findingsHeading: "Findings",
  waivedOne: "{count} finding is accepted by a waiver and does not count.",
  waivedMany: "{count} findings are accepted by a waiver and do not count.",
  noFindings: "No findings in the fields checked.",
  topFindingsHeading: "Main findings",
  moreFindings: "And {count} more in the panel on the page.",
  fieldsHeading: "Fields",
  fieldNotApplicable: "not applicable",
  actionsLabel: "More",
  showPanel: "Show the panel on the page",
  copyReport: "Copy report",
  reportCopied: "Report copied to the clipboard.",
  reportUnavailable: "No report yet: choose the kind of account first.",
  openReport: "Open printable report",
  openOptions: "Settings",
  openPlayground: "Playground",
  openKabinetswissel: "Change of cabinet",
};

export const POPUP_MESSAGES: Record<Language, Record<PopupMessageKey, string>> = { nl, en };

export type PopupTranslate = Translator<PopupMessageKey>;

export function popupTranslator(lang: Language): PopupTranslate {
  return makeTranslator(POPUP_MESSAGES, lang);
}
