/**
 * The profile panel's texts, Dutch first. English must have exactly the same keys (the type says
 * so, and tests/i18n.test.ts checks it at run time too). The labels the panel shares with the popup
 * and the options page (account types, severities, fields) stay in utils/i18n.ts; counted texts
 * have one form per plural category (Intl.PluralRules), never "fout(en)".
 */
import type { Language } from "@/rules/vocabulary";
import { makeTranslator, type Translator } from "@/utils/i18n";

const nl = {
  panelTitle: "Profielcheck",
  openPanel: "Profielcheck openen",
  collapse: "Inklappen",
  expand: "Uitklappen",
  dockLeft: "Links vastzetten",
  dockRight: "Rechts vastzetten",
  checking: "Bezig met controleren…",
  checkedAfterPause:
    "Dit veld is erg lang: Profielcheck controleert het zodra u even stopt met typen, zodat typen vlot blijft.",
  problems_one: "{count} probleem",
  problems_other: "{count} problemen",
  inFields_one: "in {count} veld",
  inFields_other: "in {count} velden",
  advice_one: "{count} advies",
  advice_other: "{count} adviezen",
  noProblems: "Geen problemen",
  summaryOk: "Voldoet aan de richtlijn (voor de gecontroleerde velden)",
  fieldsOk: "In orde",
  fieldsWithFindings: "Te verbeteren",
  why: "Waarom?",
  breaks: "Gaat in tegen",
  goToField: "Ga naar veld",
  avatarChecking: "bezig…",
  composeBio: "Stel een bio samen",
  composeBioNone: "Geen volledige bio mogelijk binnen de limiet: maak de tekst eerst korter.",
  composeBioNormal: "Voorstel",
  composeBioShort: "Kort voorstel",
  composeBioUse: "Gebruik deze bio",
  lengthCount: "tekens van de limiet",
  chooseAccountType: "Wat voor account is {name}?",
  chooseAccountTypeHelp: "Het soort account bepaalt welke regels gelden. Uw keuze wordt onthouden.",
  notMinister: "Geen account van een bewindspersoon",
  notMinisterChosen: "Geen account van een bewindspersoon: Profielcheck controleert dit account niet.",
  accountLabel: "Account",
  changeAccountType: "Wijzig soort account",
  highlightedBio: "Bio met gemarkeerde problemen",
  fix: "Herstel",
  fixAdds: "Voegt toe: '{text}'",
  fixReplaces: "Vervangt door: '{text}'",
  fixRemoves: "Haalt weg: '{text}'",
  fixSetsLink: "Zet de link op: '{text}'",
  fixed: "Hersteld: {title}",
  undo: "Ongedaan maken",
  acknowledge: "Gecontroleerd, klopt",
  acknowledged: "Gecontroleerd",
  waive: "Bewust afwijken",
  waived: "Bewust afgeweken",
  showWaiverReason: "Reden tonen",
  hideWaiverReason: "Reden verbergen",
  waiverReason: "Reden (verplicht)",
  waiverReasonRequired: "Geef een reden op.",
  waiverSave: "Afwijking vastleggen",
  copyReport: "Kopieer rapport",
  avatarAlt: "Profielfoto zoals gecontroleerd",
  avatarAnalysing: "Profielfoto wordt geanalyseerd…",
  avatarUnreadable: "Profielfoto kon niet worden gelezen",
  avatarLogoFound: "Rijkslogo gevonden (omkaderd)",
  avatarLogoNotFound: "Geen rijkslogo gevonden",
  avatarUncertain: "Twijfel — controleer zelf",
  shortcuts: "Sneltoetsen",
  shortcutsButton: "?",
  shortcutNext: "Volgende bevinding",
  shortcutPrevious: "Vorige bevinding",
  shortcutFix: "Herstel toepassen",
  shortcutUndo: "Laatste herstel ongedaan maken",
  shortcutCollapse: "In- of uitklappen",
  // Titles as instructions: what to do, so a title never reads as passing next to a ✖.
  "title:account/verified": "Laat het account verifiëren",
  "title:avatar/rijkslogo-forbidden": "Haal het rijkslogo uit de profielfoto",
  "title:avatar/rijkslogo-required": "Zet het rijkslogo in de profielfoto",
  "title:bio/length": "Maak de bio korter",
  "title:bio/managed-by-ministry": "Noem dat het ministerie het account beheert",
  "title:bio/ministry-account": "Verwijs naar het account van het ministerie",
  "title:bio/ministry-support": "Noem de ondersteuning door het ministerie",
  "title:bio/no-party": "Haal de partij uit de bio",
  "title:bio/party-support": "Noem de ondersteuning door de partij",
  "title:bio/predecessor-archive": "Verwijs naar het archief van de voorganger",
  "title:bio/sender": "Maak duidelijk wie er spreekt",
  "title:bio/webcare": "Noem wie de webcare doet",
  "title:handle/no-party": "Haal de partij uit de handle",
  "title:handle/office-name": "Gebruik een handle naar het ambt",
  "title:handle/person-name": "Gebruik een handle met de naam van de persoon",
  "title:link/bewindspersonenpagina": "Link naar de eigen bewindspersonenpagina",
  "title:link/no-party-site": "Link niet naar een partijwebsite",
  "title:link/no-personal-account": "Link niet naar een ander socialemedia-account",
  "title:link/rijksoverheid": "Link naar Rijksoverheid.nl",
  "title:name/full-name": "Gebruik voor- en achternaam",
  "title:name/length": "Maak de profielnaam korter",
  "title:name/no-party": "Haal de partij uit de profielnaam",
  "title:platform/facebook-advice": "Overweeg het ministerie-account in plaats van Facebook",
} as const;

export type PanelMessageKey = keyof typeof nl;

const en: Record<PanelMessageKey, string> = {
  panelTitle: "Profielcheck",
  openPanel: "Open Profielcheck",
  collapse: "Collapse",
  expand: "Expand",
  dockLeft: "Dock left",
  dockRight: "Dock right",
  checking: "Checking…",
  checkedAfterPause:
    "This field is very long: Profielcheck checks it when you pause typing, so that typing stays smooth.",
  problems_one: "{count} problem",
  problems_other: "{count} problems",
  inFields_one: "in {count} field",
  inFields_other: "in {count} fields",
  advice_one: "{count} piece of advice",
  advice_other: "{count} pieces of advice",
  noProblems: "No problems",
  summaryOk: "Meets the guideline (for the fields checked)",
  fieldsOk: "In order",
  fieldsWithFindings: "To improve",
  why: "Why?",
  breaks: "Goes against",
  goToField: "Go to field",
  avatarChecking: "analysing…",
  composeBio: "Compose a bio",
  composeBioNone: "No complete bio fits the limit: shorten the text first.",
  composeBioNormal: "Proposal",
  composeBioShort: "Short proposal",
  composeBioUse: "Use this bio",
  lengthCount: "characters of the limit",
  chooseAccountType: "What kind of account is {name}?",
  chooseAccountTypeHelp: "The kind of account decides which rules apply. Your choice is remembered.",
  notMinister: "Not a minister's account",
  notMinisterChosen: "Not a minister's account: Profielcheck does not check this account.",
  accountLabel: "Account",
  changeAccountType: "Change kind of account",
  highlightedBio: "Bio with the problems marked",
  fix: "Fix",
  fixAdds: "Adds: '{text}'",
  fixReplaces: "Replaces with: '{text}'",
  fixRemoves: "Removes: '{text}'",
  fixSetsLink: "Sets the link to: '{text}'",
  fixed: "Fixed: {title}",
  undo: "Undo",
  acknowledge: "Checked, it is right",
  acknowledged: "Checked",
  waive: "Deviate deliberately",
  waived: "Deliberately accepted",
  showWaiverReason: "Show reason",
  hideWaiverReason: "Hide reason",
  waiverReason: "Reason (required)",
  waiverReasonRequired: "Give a reason.",
  waiverSave: "Record the deviation",
  copyReport: "Copy report",
  avatarAlt: "Profile picture as checked",
  avatarAnalysing: "Analysing the profile picture…",
  avatarUnreadable: "The profile picture could not be read",
  avatarLogoFound: "Government logo found (boxed)",
  avatarLogoNotFound: "No government logo found",
  avatarUncertain: "Uncertain — check yourself",
  shortcuts: "Keyboard shortcuts",
  shortcutsButton: "?",
  shortcutNext: "Next finding",
  shortcutPrevious: "Previous finding",
  shortcutFix: "Apply the fix",
  shortcutUndo: "Undo the last fix",
  shortcutCollapse: "Collapse or expand",
  "title:account/verified": "Have the account verified",
  "title:avatar/rijkslogo-forbidden": "Take the government logo out of the picture",
  "title:avatar/rijkslogo-required": "Put the government logo in the picture",
  "title:bio/length": "Shorten the bio",
  "title:bio/managed-by-ministry": "Say that the ministry manages the account",
  "title:bio/ministry-account": "Refer to the ministry's account",
  "title:bio/ministry-support": "Mention the ministry's support",
  "title:bio/no-party": "Take the party out of the bio",
  "title:bio/party-support": "Mention the party's support",
  "title:bio/predecessor-archive": "Refer to the predecessor's archive",
  "title:bio/sender": "Make clear who is speaking",
  "title:bio/webcare": "Say who does the webcare",
  "title:handle/no-party": "Take the party out of the handle",
  "title:handle/office-name": "Use a handle named after the office",
  "title:handle/person-name": "Use a handle with the person's name",
  "title:link/bewindspersonenpagina": "Link to the minister's own page",
  "title:link/no-party-site": "Do not link to a party website",
  "title:link/no-personal-account": "Do not link to another social-media account",
  "title:link/rijksoverheid": "Link to Rijksoverheid.nl",
  "title:name/full-name": "Use first and last name",
  "title:name/length": "Shorten the profile name",
  "title:name/no-party": "Take the party out of the profile name",
  "title:platform/facebook-advice": "Consider the ministry's account instead of Facebook",
};

export const PANEL_MESSAGES: Record<Language, Record<PanelMessageKey, string>> = { nl, en };

export type PanelTranslate = Translator<PanelMessageKey>;

export function panelTranslator(lang: Language): PanelTranslate {
  return makeTranslator(PANEL_MESSAGES, lang);
}

type CountedKey = "problems" | "inFields" | "advice";

/** Made once per language: constructing them costs more than the rest of a summary. */
const pluralRules: Partial<Record<Language, Intl.PluralRules>> = {};

/** A counted text in the language's plural form ("1 probleem", "3 problemen"). */
export function counted(lang: Language, t: PanelTranslate, key: CountedKey, count: number): string {
  pluralRules[lang] ??= new Intl.PluralRules(lang);
  const category = pluralRules[lang].select(count) === "one" ? "one" : "other";
  return t(`${key}_${category}`, { count });
}

/** The instruction title of a rule, where the panel has one. */
export function instructionTitle(t: PanelTranslate, rule: string): string | undefined {
  const key = `title:${rule}`;
  return key in nl ? t(key as PanelMessageKey) : undefined;
}
