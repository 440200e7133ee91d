/**
 * The review report: one Markdown document that reads well pasted into an e-mail or a ticket.
 * Per case it gives the account, when and against which rule pack and guideline it was checked,
 * every field's value as checked, every finding with its guideline quote, the fields not checked
 * and why, and the waivers with their reasons (a waived finding is listed as waived, not hidden).
 * Pure, no DOM: the command (`--format markdown`), the panel, the popup and the playground use it.
 */
import { findRule } from "./catalog";
import { GUIDELINE_TITLE, headingPath, quotesFor } from "./catalog-text";
import type { CheckResult, FieldStatus } from "./engine";
import { PLATFORM_LABELS, severityWord } from "./labels";
import type { MessageCheckResult } from "./message-engine";
import { FIELD_STATUS_WORDS, MESSAGE_KINDS, severityCount } from "./report/words";
import type { Account, Finding, MessageCase, MessageFinding, Profile } from "./schema";
import { LINE_BREAK, visibleControls } from "./text/controls";
import { bareHandle } from "./text/handles";
import type { AvatarAnalysis } from "./types";
import { FIELDS, type FieldName, type Language, SEVERITIES } from "./vocabulary";
import { matchWaivers, type WaivedFinding, type WaiverFor } from "./waivers";

/** A waiver as the reports show it: with the date it was recorded, when known. */
export type ReportWaiver = WaiverFor & { createdAt?: string | undefined };

export interface ReportCase {
  id?: string;
  account: Account;
  profile: Profile;
  result: CheckResult;
  /** Waivers already known to be for this account; each holds for its rule and field value. */
  waivers?: readonly ReportWaiver[];
  /** What the logo detector saw, shown next to the avatar's value. */
  avatar?: AvatarAnalysis;
  /** Where the case came from, e.g. the file given to the command. */
  source?: string;
}

/** A post or a reply and what the check found. */
export interface MessageReportCase {
  id?: string;
  account: Account;
  message: Pick<MessageCase, "kind" | "post">;
  result: MessageCheckResult;
  source?: string;
}

export interface ReviewReportInput {
  cases: readonly (ReportCase | MessageReportCase)[];
  lang: Language;
  generatedAt: Date;
  /** The version of the engine and its rules (they ship together), e.g. the package version. */
  rulePackVersion: string;
  /** The edition of the guideline the rules quote, e.g. "Juli 2024". */
  guidelineVersion: string;
}

const REPORT_WORDS = {
  nl: {
    report: "Profielcheck-rapport",
    cases: (n: number) => `${n} ${n === 1 ? "profiel" : "profielen"} gecontroleerd`,
    messages: (n: number) => `${n} ${n === 1 ? "bericht" : "berichten"} gecontroleerd`,
    casesAndMessages: (profiles: number, messages: number) =>
      `${profiles} ${profiles === 1 ? "profiel" : "profielen"} en ${messages} ${messages === 1 ? "bericht" : "berichten"} gecontroleerd`,
    role: "Rol",
    noRole: "niet opgegeven",
    text: "Tekst",
    inReplyTo: "Reactie op",
    rulesNotChecked: "Deze regels zijn niet gecontroleerd:",
    allRulesChecked: "Alle regels die op dit bericht van toepassing zijn, zijn gecontroleerd.",
    waivedCount: (n: number) => `${n} geaccepteerd met een afwijking`,
    account: "Account",
    platform: "Platform",
    type: "Type",
    source: "Bestand",
    checkedAt: "Gecontroleerd op",
    engine: "Engine en regelset",
    guideline: "Richtlijn",
    fields: "Velden",
    field: "Veld",
    value: "Waarde",
    status: "Status",
    findings: "Bevindingen",
    noFindings: "Geen bevindingen.",
    waived: "geaccepteerd",
    waivedBecause: "Afwijking geaccepteerd",
    notCheckedHeading: "Niet gecontroleerd",
    allChecked: "Alle velden zijn gecontroleerd of hebben geen regel.",
    checked: (n: number) => `gecontroleerd, ${n} ${n === 1 ? "bevinding" : "bevindingen"}`,
    unknown: "niet opgegeven",
    yes: "ja",
    no: "nee",
    logo: { present: "Rijkslogo gevonden", absent: "geen Rijkslogo", uncertain: "Rijkslogo twijfelachtig" },
    waiversHeading: "Afwijkingen",
    waiverFor: "voor de waarde",
    waiverApplied: "toegepast",
    waiverNotApplied: "niet toegepast: geen bevinding van deze regel bij deze waarde (waarde gewijzigd of opgelost)",
  },
  en: {
    report: "Profielcheck report",
    cases: (n: number) => `${n} ${n === 1 ? "profile" : "profiles"} checked`,
    messages: (n: number) => `${n} ${n === 1 ? "message" : "messages"} checked`,
    casesAndMessages: (profiles: number, messages: number) =>
      `${profiles} ${profiles === 1 ? "profile" : "profiles"} and ${messages} ${messages === 1 ? "message" : "messages"} checked`,
    role: "Role",
    noRole: "not given",
    text: "Text",
    inReplyTo: "In reply to",
    rulesNotChecked: "These rules were not checked:",
    allRulesChecked: "Every rule that applies to this message was checked.",
    waivedCount: (n: number) => `${n} accepted by a waiver`,
    account: "Account",
    platform: "Platform",
    type: "Type",
    source: "File",
    checkedAt: "Checked at",
    engine: "Engine and rule pack",
    guideline: "Guideline",
    fields: "Fields",
    field: "Field",
    value: "Value",
    status: "Status",
    findings: "Findings",
    noFindings: "No findings.",
    waived: "waived",
    waivedBecause: "Waiver accepted",
    notCheckedHeading: "Not checked",
    allChecked: "Every field was checked or has no rule.",
    checked: (n: number) => `checked, ${n} ${n === 1 ? "finding" : "findings"}`,
    unknown: "not given",
    yes: "yes",
    no: "no",
    logo: { present: "Rijkslogo found", absent: "no Rijkslogo", uncertain: "Rijkslogo uncertain" },
    waiversHeading: "Waivers",
    waiverFor: "for the value",
    waiverApplied: "applied",
    waiverNotApplied: "not applied: no finding of this rule for this value (value changed or fixed)",
  },
} as const;

const WORDS = {
  nl: { ...REPORT_WORDS.nl, ...FIELD_STATUS_WORDS.nl, kind: MESSAGE_KINDS.nl },
  en: { ...REPORT_WORDS.en, ...FIELD_STATUS_WORDS.en, kind: MESSAGE_KINDS.en },
};

type Words = (typeof WORDS)[Language];

/**
 * Text safe in a Markdown table cell or paragraph: markup characters escaped, every kind of line
 * break kept as `<br>` (a lone CR or U+2028 must not start a heading), other controls shown as
 * escapes.
 */
export function escapeMarkdown(text: string): string {
  return visibleControls(text.replace(/[\\`*_[\]<>|~&]/g, "\\$&").replace(LINE_BREAK, "<br>"));
}

/** The text a finding's start/end point into: the field, or for links the link at `index`. */
export function findingExcerpt(finding: Finding, profile: Profile): string | undefined {
  if (finding.start === undefined || finding.end === undefined || finding.start === finding.end) return undefined;
  const text = finding.field === "links" ? profile.links?.[finding.index ?? 0] : profile[finding.field];
  return typeof text === "string" ? text.slice(finding.start, finding.end) : undefined;
}

/** The words of a post or reply that a finding points at. */
export function messageExcerpt(finding: MessageFinding, text: string): string | undefined {
  if (finding.start === undefined || finding.end === undefined || finding.start === finding.end) return undefined;
  return text.slice(finding.start, finding.end);
}

export function isMessageReportCase(entry: ReportCase | MessageReportCase): entry is MessageReportCase {
  return "message" in entry;
}

/** "3 profielen gecontroleerd", or with messages "2 profielen en 3 berichten gecontroleerd". */
export function caseCount(entries: readonly { isMessage: boolean }[], lang: Language): string {
  const words = WORDS[lang];
  const messages = entries.filter((entry) => entry.isMessage).length;
  const profiles = entries.length - messages;
  if (messages === 0) return words.cases(profiles);
  return profiles === 0 ? words.messages(messages) : words.casesAndMessages(profiles, messages);
}

function statusReason(status: FieldStatus, lang: Language): string | undefined {
  return status.status === "not-checked" ? status.reason[lang] : undefined;
}

/** A finding as the report lists it: waived or open. */
type Listed = { finding: Finding | MessageFinding; waiver?: WaiverFor | undefined };

function summary(
  entries: readonly (readonly Listed[])[],
  cases: readonly (ReportCase | MessageReportCase)[],
  lang: Language,
): string {
  const words = WORDS[lang];
  const all = entries.flat();
  const open = all.filter((entry) => !entry.waiver);
  const counts = SEVERITIES.map((severity) =>
    severityCount(severity, open.filter(({ finding }) => finding.severity === severity).length, lang),
  );
  const waived = all.length - open.length;
  const counted = caseCount(
    cases.map((entry) => ({ isMessage: isMessageReportCase(entry) })),
    lang,
  );
  return `${counted}: ${counts.join(", ")}${waived > 0 ? `; ${words.waivedCount(waived)}` : ""}.`;
}

function fieldValue(entry: ReportCase, field: FieldName, words: Words): string {
  const value = entry.profile[field];
  if (value === null || value === undefined) return `*${words.unknown}*`;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (Array.isArray(value))
    return value.length === 0 ? "[]" : value.map((link, i) => `${i + 1}. ${escapeMarkdown(link)}`).join("<br>");
  if (value === "") return '""';
  if (field === "avatar" && entry.avatar?.status === "analysed") {
    const { outcome, confidence } = entry.avatar.detection;
    return `${escapeMarkdown(value)} (${words.logo[outcome]}, ${confidence.toFixed(2)})`;
  }
  return escapeMarkdown(value);
}

/** The account's rows of a case's table, after the first row. */
function accountDetails(
  entry: ReportCase | MessageReportCase,
  input: ReviewReportInput,
): [string, string | undefined][] {
  const words = WORDS[input.lang];
  const { account } = entry;
  return [
    [words.platform, PLATFORM_LABELS[account.platform]],
    [words.type, account.type],
    ["ministry", account.ministry],
    ["ministryHandle", account.ministryHandle],
    ["minister", account.minister],
    ["party", account.party],
    ["personalHandle", account.personalHandle],
    ["pageUrl", account.pageUrl],
    ["predecessorArchive", account.predecessorArchive],
    ["partyMarker", account.partyMarker],
    ["ministryMarker", account.ministryMarker],
    ["ministerMarker", account.ministerMarker],
    [words.source, entry.source],
    [words.checkedAt, input.generatedAt.toISOString().replace(/\.\d+Z$/, "Z")],
    [words.engine, `profielcheck ${input.rulePackVersion}`],
    [words.guideline, `${GUIDELINE_TITLE}, ${input.guidelineVersion}`],
  ];
}

/** One finding of the numbered list, with its excerpt, waiver and the guideline quotes. */
function findingLines(
  { finding, waiver }: Listed,
  number: number,
  excerpt: string | undefined,
  account: Account,
  lang: Language,
): string[] {
  const words = WORDS[lang];
  const rule = findRule(finding.rule);
  const severity = severityWord(finding.severity, lang);
  const label = waiver ? `${severity}, ${words.waived}` : severity;
  const title = rule ? ` ${escapeMarkdown(rule.meta.title[lang])}:` : "";
  const lines = [
    `${number}. **${label}** — \`${finding.rule}\` (${finding.field})${title} ${escapeMarkdown(finding.message)}`,
  ];
  if (excerpt) lines.push(`   - ${escapeMarkdown(`„${excerpt}”`)}`);
  if (waiver) lines.push(`   - ${words.waivedBecause}: ${escapeMarkdown(waiver.reason)}`);
  for (const quote of rule ? quotesFor(rule, account.platform, account.type) : []) {
    lines.push("", `   > ${escapeMarkdown(quote.text)}`, "   >", `   > — *${escapeMarkdown(headingPath(quote))}*`);
  }
  lines.push("");
  return lines;
}

function caseTitle(entry: ReportCase): string {
  if (entry.id) return entry.id;
  const handle = entry.profile.handle ? `@${bareHandle(entry.profile.handle)}` : "?";
  return `${handle} (${PLATFORM_LABELS[entry.account.platform]})`;
}

function renderCase(
  entry: ReportCase,
  matched: readonly WaivedFinding<WaiverFor>[],
  input: ReviewReportInput,
): string[] {
  const { lang } = input;
  const words = WORDS[lang];
  const { account, profile, result } = entry;
  const lines = [`## ${escapeMarkdown(caseTitle(entry))}`, "", "| | |", "| --- | --- |"];
  const details: [string, string | undefined][] = [
    [words.account, profile.handle ? `@${bareHandle(profile.handle)}` : undefined],
    ...accountDetails(entry, input),
  ];
  for (const [key, value] of details) if (value !== undefined) lines.push(`| ${key} | ${escapeMarkdown(value)} |`);

  lines.push(
    "",
    `### ${words.fields}`,
    "",
    `| ${words.field} | ${words.value} | ${words.status} |`,
    "| --- | --- | --- |",
  );
  for (const field of FIELDS) {
    const status = result.fields[field];
    const count = result.findings.filter((finding) => finding.field === field).length;
    const text =
      status.status === "checked" || count > 0
        ? words.checked(count)
        : status.status === "not-applicable"
          ? words.notApplicable
          : `${words.notChecked}: ${escapeMarkdown(status.reason[lang])}`;
    lines.push(`| ${field} | ${fieldValue(entry, field, words)} | ${text} |`);
  }

  lines.push("", `### ${words.findings}`, "");
  if (matched.length === 0) lines.push(words.noFindings, "");
  matched.forEach((each, i) => {
    lines.push(...findingLines(each, i + 1, findingExcerpt(each.finding, profile), account, lang));
  });

  const notChecked = FIELDS.filter((field) => result.fields[field].status === "not-checked");
  lines.push(`### ${words.notCheckedHeading}`, "");
  if (notChecked.length === 0) lines.push(words.allChecked);
  for (const field of notChecked) {
    lines.push(`- **${field}**: ${escapeMarkdown(statusReason(result.fields[field], lang) ?? "")}`);
  }
  lines.push("");

  const waivers = entry.waivers ?? [];
  if (waivers.length > 0) {
    lines.push(`### ${words.waiversHeading}`, "");
    for (const waiver of waivers) {
      const applied = matched.some((each) => each.waiver === waiver);
      lines.push(
        `- \`${waiver.rule}\` ${words.waiverFor} „${escapeMarkdown(waiver.value)}”: ${escapeMarkdown(waiver.reason)} (${applied ? words.waiverApplied : words.waiverNotApplied})`,
      );
    }
    lines.push("");
  }
  return lines;
}

/** A post or reply: its account, role and text, the findings with their quotes, and the rules not checked. */
function renderMessageCase(entry: MessageReportCase, input: ReviewReportInput): string[] {
  const { lang } = input;
  const words = WORDS[lang];
  const { account, message, result } = entry;
  const title = entry.id ?? `${words.kind[message.kind]} (${PLATFORM_LABELS[account.platform]})`;
  const lines = [`## ${escapeMarkdown(title)}`, "", "| | |", "| --- | --- |"];
  const details: [string, string | undefined][] = [
    [words.account, words.kind[message.kind]],
    ...accountDetails(entry, input),
    [words.role, account.type === "hybrid" ? (message.post.role ?? words.noRole) : "ministry"],
    [words.text, message.post.text === "" ? '""' : message.post.text],
    [words.inReplyTo, message.kind === "reply" ? (message.post.inReplyTo ?? undefined) : undefined],
  ];
  for (const [key, value] of details) if (value !== undefined) lines.push(`| ${key} | ${escapeMarkdown(value)} |`);
  lines.push("", `### ${words.findings}`, "");
  if (result.findings.length === 0) lines.push(words.noFindings, "");
  result.findings.forEach((finding, i) => {
    lines.push(...findingLines({ finding }, i + 1, messageExcerpt(finding, message.post.text), account, lang));
  });
  lines.push(`### ${words.notCheckedHeading}`, "");
  if (result.notEvaluated.length === 0) lines.push(words.allRulesChecked);
  else lines.push(words.rulesNotChecked, "");
  for (const { rule, reason } of result.notEvaluated) lines.push(`- \`${rule}\`: ${escapeMarkdown(reason[lang])}`);
  lines.push("");
  return lines;
}

export function renderReviewReport(input: ReviewReportInput): string {
  const words = WORDS[input.lang];
  const matched = input.cases.map((entry): readonly Listed[] =>
    isMessageReportCase(entry)
      ? entry.result.findings.map((finding) => ({ finding }))
      : matchWaivers(entry.result.findings, entry.waivers ?? [], entry.profile),
  );
  const lines = [`# ${words.report}`, "", summary(matched, input.cases, input.lang), ""];
  input.cases.forEach((entry, index) => {
    const rendered = isMessageReportCase(entry)
      ? renderMessageCase(entry, input)
      : renderCase(entry, (matched[index] ?? []) as WaivedFinding<WaiverFor>[], input);
    for (const line of rendered) lines.push(line);
  });
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
