/**
 * Fake accounts (nepaccounts): does a profile that is not one of the organisation's accounts
 * present itself as a minister or ministry? Signals are weighed so that one weak hint (a bio that
 * mentions a minister) never raises an alarm, while a look-alike handle or the minister's name as
 * the profile name does. A profile that marks itself as parody or fan account gets a note only:
 * "tegen overduidelijke parodie- en fanaccounts wordt niet opgetreden".
 */
import type { LogoOutcome } from "../avatar/detector";
import { type Ministry, PORTFOLIO_WORDS } from "../data/ministries";
import { foldForComparison } from "../text/fold";
import { normalizeHandle, sameHandle } from "../text/handles";
import { findOfficeHolder } from "../text/office";
import { escapeForPattern } from "../text/pattern";
import type { GuidelineQuote } from "../types";
import type { AccountType, Platform } from "../vocabulary";
import { type LookalikeKind, lookalikeKind } from "./lookalike";

/** An account of the organisation, as configured (the keys this module reads). */
export interface OfficialAccount {
  platform: Platform;
  handle: string;
  type?: AccountType | undefined;
  minister?: string | undefined;
  ministry?: string | undefined;
  ministryHandle?: string | undefined;
  personalHandle?: string | undefined;
  predecessorArchive?: string | undefined;
}

/** What the page shows of the profile being visited; null is "not found on the page". */
export interface VisitedProfile {
  platform: Platform;
  handle: string | null;
  displayName: string | null;
  bio: string | null;
  /** The logo detector's outcome for the avatar, when it ran. */
  avatarLogo?: LogoOutcome | undefined;
  /** The platform's own parody label (X: "Parody account"), when the page shows one. */
  parodyLabel?: boolean | undefined;
}

export type ImpostorReason =
  | { kind: "handle"; how: LookalikeKind; official: OfficialAccount }
  | { kind: "minister-name"; field: "displayName" | "bio"; name: string; official: OfficialAccount }
  | { kind: "office-title"; field: "displayName" | "bio"; text: string }
  | { kind: "ministry-name"; field: "displayName" | "bio"; text: string }
  | { kind: "logo"; outcome: "present" | "uncertain" };

export type ImpostorAssessment =
  /** The profile's handle is one of the organisation's or a known ministry handle. */
  | { verdict: "official"; handle: string }
  /** Nothing on the profile claims the office, or too little to say so. */
  | { verdict: "unrelated"; reasons: ImpostorReason[] }
  /** It claims the office but marks itself as parody or fan account: a note, no action. */
  | { verdict: "parody"; marker: string; reasons: ImpostorReason[]; compareWith: OfficialAccount | undefined }
  /** It claims the office and does not say it is parody: "Mogelijk nepaccount". */
  | { verdict: "suspect"; reasons: ImpostorReason[]; compareWith: OfficialAccount | undefined }
  /** Without a handle it cannot be told apart from the organisation's own accounts. */
  | { verdict: "not-checked"; reason: "no-handle" | "no-accounts" };

const NEPACCOUNTS_HEADINGS = [
  "Toegankelijkheid, veiligheid, archivering en verifiëring",
  "Aanpak nepaccounts bewindspersonen, dreiging en agressie en blokkeren van accounts",
] as const;

/** Why a parody or fan account gets a note only. */
export const PARODY_QUOTE: GuidelineQuote = {
  headings: NEPACCOUNTS_HEADINGS,
  text: "Het uitgangspunt is dat tegen overduidelijke parodie- en fanaccounts niet wordt opgetreden.",
};

/** When and how to act on a misleading account. */
export const IMPOSTOR_QUOTES: readonly GuidelineQuote[] = [
  {
    headings: NEPACCOUNTS_HEADINGS,
    text: "Indien sprake is van misleiding en/of er verwarring kan ontstaan of een specifiek account wel of niet van een bewindspersoon is, moet de afweging worden gemaakt op te treden.",
  },
  {
    headings: NEPACCOUNTS_HEADINGS,
    text: "De eerste stap is altijd het betreffende account te rapporteren bij Facebook/Instagram of X. Indien dit niet (snel genoeg) tot het gewenste resultaat leidt, wordt geëscaleerd.",
  },
];

/** From this weight on, a profile presents itself as a minister or ministry. */
export const SUSPECT_FROM = 3;
/** A profile marked as parody or fan gets its note from this weight on. */
const PARODY_NOTE_FROM = 2;

const WEIGHT: Readonly<Record<string, number>> = {
  handle: 3,
  fullNameInDisplayName: 3,
  surnameInDisplayName: 1,
  officeTitleWithPortfolio: 3,
  officeTitleAtStart: 2,
  officeTitleElsewhere: 1,
  ministryNameInDisplayName: 2,
  logoPresent: 2,
  logoUncertain: 1,
  /** Everything the bio says together: a bio that mentions a minister is common and innocent. */
  bioAtMost: 1,
};

/**
 * "parodie", "parody", "fan", "niet officieel": as whole words in the folded name or bio. Word
 * forms are listed out ("parodieaccount", "fanpagina") so that "Stefan" or "fantastisch" do not count.
 */
const PARODY_MARKER =
  /(?<![\p{L}\p{N}])(parod(?:ie|y)[\p{L}]*|satire|satirisch[\p{L}]*|fans?|fan ?(?:account|pagina|page|club)|niet[- ]officieel|geen officieel account|not official|unofficial|inofficieel)(?![\p{L}\p{N}])/u;
/** In a handle only the unambiguous words: "fan" is part of too many names. */
const PARODY_IN_HANDLE = /(parodie|parody|satire|nietofficieel|notofficial|unofficial)/;

function parodyMarker(profile: VisitedProfile): string | null {
  if (profile.parodyLabel) return "parody label";
  for (const text of [profile.displayName, profile.bio]) {
    if (!text) continue;
    const match = PARODY_MARKER.exec(foldForComparison(text));
    if (match) return match[1] as string;
  }
  const handle = profile.handle ? foldForComparison(normalizeHandle(profile.handle)) : "";
  const inHandle = PARODY_IN_HANDLE.exec(handle);
  return inHandle ? (inHandle[1] as string) : null;
}

/** Whether `phrase` stands in `foldedText` as whole words (both already folded). */
function containsWords(foldedText: string, phrase: string): boolean {
  if (phrase === "") return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeForPattern(phrase)}(?![\\p{L}\\p{N}])`, "u").test(foldedText);
}

/** The handles that belong to the organisation or to a ministry: never an impostor's. */
function knownHandles(accounts: readonly OfficialAccount[], ministries: readonly Ministry[]): string[] {
  const handles: string[] = [];
  for (const account of accounts) {
    handles.push(account.handle);
    for (const extra of [account.personalHandle, account.ministryHandle, account.predecessorArchive]) {
      if (extra) handles.push(extra);
    }
  }
  for (const ministry of ministries) {
    for (const list of Object.values(ministry.handles)) handles.push(...(list ?? []));
  }
  return handles;
}

/** The last name word of "Fleur Agema", "Sophie Hermans", "Eelco van der Berg": what people write alone. */
function surname(name: string): string {
  const words = foldForComparison(name).split(" ");
  return words[words.length - 1] ?? "";
}

const portfolioWordsCache = new WeakMap<readonly Ministry[], string[]>();

/** Folded words that name a portfolio after an office title: codes, portfolio words, a portfolio's first word. */
function portfolioWords(ministries: readonly Ministry[]): string[] {
  const cached = portfolioWordsCache.get(ministries);
  if (cached) return cached;
  const words = new Set(PORTFOLIO_WORDS.map(foldForComparison));
  for (const ministry of ministries) {
    for (const code of [ministry.code, ...ministry.aliases]) words.add(foldForComparison(code));
    words.add(foldForComparison(ministry.portfolio));
    words.add(foldForComparison(ministry.portfolio.split(/[\s,]/)[0] ?? ""));
  }
  words.delete("");
  const list = [...words];
  portfolioWordsCache.set(ministries, list);
  return list;
}

interface Weighed {
  reason: ImpostorReason;
  weight: number;
}

function handleSignals(profile: VisitedProfile, accounts: readonly OfficialAccount[]): Weighed[] {
  if (!profile.handle) return [];
  // The official account on the same platform first: it is the one to compare with.
  const ordered = [...accounts].sort(
    (a, b) => Number(b.platform === profile.platform) - Number(a.platform === profile.platform),
  );
  for (const official of ordered) {
    const how = lookalikeKind(profile.handle, official.handle);
    if (how) return [{ reason: { kind: "handle", how, official }, weight: WEIGHT.handle as number }];
  }
  return [];
}

function textSignals(
  field: "displayName" | "bio",
  text: string,
  accounts: readonly OfficialAccount[],
  ministries: readonly Ministry[],
): Weighed[] {
  const folded = foldForComparison(text);
  const signals: Weighed[] = [];
  const isName = field === "displayName";
  for (const official of accounts) {
    if (!official.minister) continue;
    const fullName = foldForComparison(official.minister);
    const last = surname(official.minister);
    if (containsWords(folded, fullName)) {
      signals.push({
        reason: { kind: "minister-name", field, name: official.minister, official },
        weight: isName ? (WEIGHT.fullNameInDisplayName as number) : 1,
      });
      break;
    }
    if (last.length >= 3 && last !== fullName && containsWords(folded, last)) {
      signals.push({
        reason: { kind: "minister-name", field, name: official.minister, official },
        weight: isName ? (WEIGHT.surnameInDisplayName as number) : 1,
      });
      break;
    }
  }
  const office = findOfficeHolder(text);
  if (office) {
    const after = foldForComparison(text.slice(office.end));
    const withPortfolio = portfolioWords(ministries).some((word) => containsWords(after, word));
    const atStart = text.slice(0, office.start).replace(/[^\p{L}\p{N}]/gu, "") === "";
    const weight = !isName
      ? 1
      : withPortfolio
        ? (WEIGHT.officeTitleWithPortfolio as number)
        : atStart
          ? (WEIGHT.officeTitleAtStart as number)
          : (WEIGHT.officeTitleElsewhere as number);
    signals.push({ reason: { kind: "office-title", field, text: text.slice(office.start, office.end) }, weight });
  }
  for (const ministry of ministries) {
    const names = [ministry.name, ...(ministry.formerNames ?? []), `ministerie van ${ministry.code}`];
    const found = names.find((name) => containsWords(folded, foldForComparison(name)));
    if (found) {
      signals.push({
        reason: { kind: "ministry-name", field, text: found },
        weight: isName ? (WEIGHT.ministryNameInDisplayName as number) : 1,
      });
      break;
    }
  }
  return signals;
}

/** The official account a reader should compare the profile with, if a signal points to one. */
function officialToCompare(reasons: readonly ImpostorReason[], platform: Platform): OfficialAccount | undefined {
  for (const reason of reasons) if (reason.kind === "handle") return reason.official;
  const byName = reasons.flatMap((reason) => (reason.kind === "minister-name" ? [reason.official] : []));
  return byName.find((official) => official.platform === platform) ?? byName[0];
}

/**
 * Assesses a visited profile against the organisation's accounts and the ministries. Pure: the
 * caller reads the page (and runs the logo detector), this decides.
 */
export function assessProfile(
  profile: VisitedProfile,
  accounts: readonly OfficialAccount[],
  ministries: readonly Ministry[],
): ImpostorAssessment {
  if (accounts.length === 0) return { verdict: "not-checked", reason: "no-accounts" };
  if (!profile.handle || normalizeHandle(profile.handle) === "") return { verdict: "not-checked", reason: "no-handle" };
  const handle = profile.handle;
  // A configured handle on another platform is the organisation's too (same owner, not configured there).
  const known = knownHandles(accounts, ministries).find((official) => sameHandle(official, handle));
  if (known) return { verdict: "official", handle: normalizeHandle(known) };

  const signals: Weighed[] = [...handleSignals(profile, accounts)];
  if (profile.displayName) signals.push(...textSignals("displayName", profile.displayName, accounts, ministries));
  if (profile.bio) {
    const bioSignals = textSignals("bio", profile.bio, accounts, ministries);
    // Only the first bio signal counts, with the bio's cap.
    if (bioSignals.length > 0) signals.push({ ...(bioSignals[0] as Weighed), weight: WEIGHT.bioAtMost as number });
  }
  if (profile.avatarLogo === "present") {
    signals.push({ reason: { kind: "logo", outcome: "present" }, weight: WEIGHT.logoPresent as number });
  } else if (profile.avatarLogo === "uncertain") {
    signals.push({ reason: { kind: "logo", outcome: "uncertain" }, weight: WEIGHT.logoUncertain as number });
  }

  const weight = signals.reduce((sum, signal) => sum + signal.weight, 0);
  const reasons = signals.map((signal) => signal.reason);
  const marker = parodyMarker(profile);
  const compareWith = officialToCompare(reasons, profile.platform);
  if (marker && weight >= PARODY_NOTE_FROM) return { verdict: "parody", marker, reasons, compareWith };
  if (!marker && weight >= SUSPECT_FROM) return { verdict: "suspect", reasons, compareWith };
  return { verdict: "unrelated", reasons };
}
