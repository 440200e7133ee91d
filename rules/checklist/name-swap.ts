/**
 * The Meta name swap at a change of cabinet: the department creates a new account under the name
 * the archive should keep (@minpresrutte), Meta swaps the names and copies the followers, and the
 * department sends the URLs of the old and the new account to the RVD. This checks the form for
 * plausibility and writes the text for the RVD.
 */
import { PLATFORM_LABELS } from "../labels";
import { hostMatchesDomain, parseLooseUrl, profileHandleOfUrl } from "../links/url";
import { normalizeHandle, sameHandle } from "../text/handles";
import type { Localized } from "../types";
import type { Language, Platform } from "../vocabulary";
import type { NameSwapForm } from "./progress";
import { isMetaPlatform } from "./steps";

const PLATFORM_DOMAINS: Readonly<Partial<Record<Platform, readonly string[]>>> = {
  instagram: ["instagram.com"],
  facebook: ["facebook.com", "fb.com"],
};

export interface NameSwapProblem {
  field: "platform" | "oldUrl" | "newUrl" | "archiveHandle";
  /** An error makes the request unusable; a warning asks to look again. */
  level: "error" | "warning";
  message: Localized;
}

export interface NameSwapContext {
  platform: Platform;
  /** The configured account: the office account whose name stays with the new minister. */
  officialHandle: string;
}

function handleOfProfileUrl(input: string, platform: Platform): { handle: string } | { problem: Localized } {
  const url = parseLooseUrl(input);
  const domains = PLATFORM_DOMAINS[platform] ?? [];
  if (!url) return { problem: { nl: `"${input}" is geen webadres.`, en: `"${input}" is not a web address.` } };
  if (!domains.some((domain) => hostMatchesDomain(url.hostname, domain))) {
    return {
      problem: {
        nl: `${url.hostname} is geen ${PLATFORM_LABELS[platform]}-adres.`,
        en: `${url.hostname} is not a ${PLATFORM_LABELS[platform]} address.`,
      },
    };
  }
  const handle = profileHandleOfUrl(url);
  if (!handle) {
    return {
      problem: { nl: "Het adres wijst niet naar een profiel.", en: "The address does not point to a profile." },
    };
  }
  return { handle };
}

const HANDLE_SHAPE = /^@?[A-Za-z0-9_.]{1,30}$/;

/** Problems with the form; none means the request can be sent. */
export function checkNameSwap(form: NameSwapForm, context: NameSwapContext): NameSwapProblem[] {
  const { platform, officialHandle } = context;
  if (!isMetaPlatform(platform)) {
    return [
      {
        field: "platform",
        level: "error",
        message: {
          nl: `De naamwissel via de RVD bestaat alleen voor Instagram en Facebook, niet voor ${PLATFORM_LABELS[platform]}.`,
          en: `The name swap via the RVD exists only for Instagram and Facebook, not for ${PLATFORM_LABELS[platform]}.`,
        },
      },
    ];
  }
  const problems: NameSwapProblem[] = [];
  const required: Localized = { nl: "Vul dit veld in.", en: "Fill in this field." };
  const oldHandle = form.oldUrl.trim() === "" ? null : handleOfProfileUrl(form.oldUrl, platform);
  const newHandle = form.newUrl.trim() === "" ? null : handleOfProfileUrl(form.newUrl, platform);
  const archive = form.archiveHandle.trim();

  if (!oldHandle) problems.push({ field: "oldUrl", level: "error", message: required });
  else if ("problem" in oldHandle) problems.push({ field: "oldUrl", level: "error", message: oldHandle.problem });
  else if (!sameHandle(oldHandle.handle, officialHandle)) {
    problems.push({
      field: "oldUrl",
      level: "warning",
      message: {
        nl: `Het oude account is @${normalizeHandle(oldHandle.handle)}, maar het ingestelde account is @${normalizeHandle(officialHandle)}.`,
        en: `The old account is @${normalizeHandle(oldHandle.handle)}, but the configured account is @${normalizeHandle(officialHandle)}.`,
      },
    });
  }

  if (!newHandle) problems.push({ field: "newUrl", level: "error", message: required });
  else if ("problem" in newHandle) problems.push({ field: "newUrl", level: "error", message: newHandle.problem });

  if (archive === "") problems.push({ field: "archiveHandle", level: "error", message: required });
  else if (!HANDLE_SHAPE.test(archive)) {
    problems.push({
      field: "archiveHandle",
      level: "error",
      message: {
        nl: "Een accountnaam bestaat uit letters, cijfers, punten en liggende streepjes (hoogstens 30).",
        en: "A handle consists of letters, digits, dots and underscores (30 at most).",
      },
    });
  } else {
    if (sameHandle(archive, officialHandle)) {
      problems.push({
        field: "archiveHandle",
        level: "error",
        message: {
          nl: "Het archief krijgt een nieuwe naam; de huidige naam blijft voor de nieuwe bewindspersoon.",
          en: "The archive gets a new name; the current name stays with the new minister.",
        },
      });
    } else if (!normalizeHandle(archive).startsWith(normalizeHandle(officialHandle))) {
      problems.push({
        field: "archiveHandle",
        level: "warning",
        message: {
          nl: `Gebruikelijk is de huidige naam met de achternaam van de vertrekkende bewindspersoon erachter, zoals @${normalizeHandle(officialHandle)}rutte.`,
          en: `The usual form is the current name followed by the departing minister's surname, e.g. @${normalizeHandle(officialHandle)}rutte.`,
        },
      });
    }
    if (newHandle && "handle" in newHandle && !sameHandle(newHandle.handle, archive)) {
      problems.push({
        field: "newUrl",
        level: "error",
        message: {
          nl: `Het nieuwe account is het archiefaccount: het adres hoort @${normalizeHandle(archive)} te zijn, niet @${normalizeHandle(newHandle.handle)}.`,
          en: `The new account is the archive account: its address should be @${normalizeHandle(archive)}, not @${normalizeHandle(newHandle.handle)}.`,
        },
      });
    }
  }
  if (
    oldHandle &&
    newHandle &&
    "handle" in oldHandle &&
    "handle" in newHandle &&
    sameHandle(oldHandle.handle, newHandle.handle)
  ) {
    problems.push({
      field: "newUrl",
      level: "error",
      message: { nl: "Het oude en het nieuwe adres zijn hetzelfde.", en: "The old and the new address are the same." },
    });
  }
  return problems;
}

export interface NameSwapRequest {
  form: NameSwapForm;
  context: NameSwapContext;
  ministry?: string | undefined;
  /** The date the request is written, as the caller formats it; rules/ reads no clock. */
  date: string;
  lang: Language;
}

/** The text the department sends to the RVD. */
export function nameSwapRequestText({ form, context, ministry, date, lang }: NameSwapRequest): string {
  const platform = PLATFORM_LABELS[context.platform];
  const current = `@${normalizeHandle(context.officialHandle)}`;
  const archive = `@${normalizeHandle(form.archiveHandle)}`;
  const who = ministry?.trim() ? ministry.trim() : lang === "nl" ? "ons ministerie" : "our ministry";
  const lines =
    lang === "nl"
      ? [
          `Onderwerp: naamwissel ${platform} bij de kabinetswissel – ${current}`,
          "",
          "Beste collega's van de RVD,",
          "",
          `Voor de kabinetswissel vragen wij namens ${who} de naamwissel bij Meta aan voor het ${platform}-account ${current}.`,
          "",
          `- Oude account, met de berichten van de voorganger (na de wissel ${archive}): ${form.oldUrl.trim()}`,
          `- Nieuw aangemaakte account ${archive} (na de wissel ${current}): ${form.newUrl.trim()}`,
          "",
          `Meta verwisselt de accountnamen en kopieert de volgers, zodat de nieuwe bewindspersoon op ${current} begint met behoud van volgers en de berichten van de voorganger op ${archive} blijven staan. Op het gearchiveerde account plaatsen wij geen berichten meer.`,
        ]
      : [
          `Subject: ${platform} name swap at the change of cabinet – ${current}`,
          "",
          "Dear RVD colleagues,",
          "",
          `For the change of cabinet we request, on behalf of ${who}, the Meta name swap for the ${platform} account ${current}.`,
          "",
          `- Old account, with the predecessor's posts (${archive} after the swap): ${form.oldUrl.trim()}`,
          `- Newly created account ${archive} (${current} after the swap): ${form.newUrl.trim()}`,
          "",
          `Meta swaps the account names and copies the followers, so that the new minister starts on ${current} with the followers kept and the predecessor's posts stay on ${archive}. We will post nothing more on the archived account.`,
        ];
  lines.push("", lang === "nl" ? `Datum: ${date}` : `Date: ${date}`);
  if (form.contact.trim() !== "") lines.push(`Contact: ${form.contact.trim()}`);
  return lines.join("\n");
}
