/**
 * The printable review report: the same content as the Markdown report (rules/report.ts), as an
 * HTML document for a reviewer's desk. Dutch labels instead of key names, dates in words in the
 * reader's time zone, waivers with their date, and for each guideline quote the platform it was
 * written for. Every value from a page or a file is escaped and its control characters shown.
 * Pure: a string, no DOM.
 */
import { findRule } from "../catalog";
import { GUIDELINE_TITLE, headingPath, quotePlatform, quotesFor } from "../catalog-text";
import type { FieldStatus } from "../engine";
import { ACCOUNT_TYPE_DESCRIPTIONS, FIELD_LABELS, PLATFORM_LABELS, SEVERITY_LABELS } from "../labels";
import {
  caseCount,
  findingExcerpt,
  isMessageReportCase,
  type MessageReportCase,
  messageExcerpt,
  type ReportCase,
  type ReportWaiver,
  type ReviewReportInput,
} from "../report";
import type { Account, Finding, MessageFinding } from "../schema";
import { LINE_BREAK, visibleControls } from "../text/controls";
import { FIELDS, type FieldName, type Language, SEVERITIES, type Severity } from "../vocabulary";
import { matchWaivers } from "../waivers";
import {
  ACCOUNT_DETAIL_LABELS,
  type AccountDetailKey,
  FIELD_STATUS_WORDS,
  formatReportDate,
  formatWaiverDate,
  MESSAGE_KINDS,
  severityCount,
} from "./words";

export interface HtmlReportOptions {
  /** The reader's IANA time zone; the runtime's own when absent. */
  timeZone?: string | undefined;
}

const WORDS = {
  nl: {
    report: "Profielcheck-rapport",
    madeAt: "Gemaakt op",
    waivedCount: (n: number) => `${n} geaccepteerd met een afwijking`,
    account: "Account",
    platform: "Platform",
    type: "Soort account",
    source: "Bestand",
    checkedAt: "Gecontroleerd op",
    engine: "Versie van Profielcheck",
    guideline: "Richtlijn",
    fields: "Velden",
    field: "Veld",
    value: "Waarde",
    status: "Status",
    findings: "Bevindingen",
    noFindings: "Geen bevindingen.",
    waived: "geaccepteerd met een afwijking",
    waivedBecause: "Afwijking",
    recordedOn: "vastgelegd op",
    notCheckedHeading: "Niet gecontroleerd",
    allChecked: "Alle velden zijn gecontroleerd of hebben geen regel.",
    checked: (n: number) => `gecontroleerd, ${n} ${n === 1 ? "bevinding" : "bevindingen"}`,
    unknown: "niet bekend",
    empty: "leeg",
    yes: "ja",
    no: "nee",
    logo: { present: "Rijkslogo gevonden", absent: "geen Rijkslogo", uncertain: "Rijkslogo twijfelachtig" },
    waiversHeading: "Afwijkingen",
    waiverFor: "voor de waarde",
    waiverApplied: "toegepast",
    waiverNotApplied: "niet toegepast: de waarde is gewijzigd of de bevinding is opgelost",
    rule: "regel",
    quoteFor: (platform: string) => `citaat voor ${platform}`,
    quoteForAll: "citaat voor alle platforms",
    notNamed: (platform: string) => `de richtlijn noemt ${platform} hier niet`,
    role: "Rol",
    noRole: "niet opgegeven",
    roles: { ministry: "ministerie", party: "partij", minister: "bewindspersoon" },
    text: "Tekst",
    inReplyTo: "Reactie op",
    rulesNotChecked: "Deze regels zijn niet gecontroleerd:",
    allRulesChecked: "Alle regels die op dit bericht van toepassing zijn, zijn gecontroleerd.",
    print: "Druk dit rapport af of bewaar het als pdf met Ctrl+P (Cmd+P op een Mac).",
  },
  en: {
    report: "Profielcheck report",
    madeAt: "Made on",
    waivedCount: (n: number) => `${n} accepted by a waiver`,
    account: "Account",
    platform: "Platform",
    type: "Kind of account",
    source: "File",
    checkedAt: "Checked on",
    engine: "Profielcheck version",
    guideline: "Guideline",
    fields: "Fields",
    field: "Field",
    value: "Value",
    status: "Status",
    findings: "Findings",
    noFindings: "No findings.",
    waived: "accepted by a waiver",
    waivedBecause: "Waiver",
    recordedOn: "recorded on",
    notCheckedHeading: "Not checked",
    allChecked: "Every field was checked or has no rule.",
    checked: (n: number) => `checked, ${n} ${n === 1 ? "finding" : "findings"}`,
    unknown: "not known",
    empty: "empty",
    yes: "yes",
    no: "no",
    logo: { present: "Rijkslogo found", absent: "no Rijkslogo", uncertain: "Rijkslogo uncertain" },
    waiversHeading: "Waivers",
    waiverFor: "for the value",
    waiverApplied: "applied",
    waiverNotApplied: "not applied: the value changed or the finding was fixed",
    rule: "rule",
    quoteFor: (platform: string) => `quote for ${platform}`,
    quoteForAll: "quote for every platform",
    notNamed: (platform: string) => `the guideline does not name ${platform} here`,
    role: "Role",
    noRole: "not given",
    roles: { ministry: "ministry", party: "party", minister: "minister" },
    text: "Text",
    inReplyTo: "In reply to",
    rulesNotChecked: "These rules were not checked:",
    allRulesChecked: "Every rule that applies to this message was checked.",
    print: "Print this report or save it as a PDF with Ctrl+P (Cmd+P on a Mac).",
  },
} as const;

type Words = (typeof WORDS)[Language];

/** Shapes as well as colours, so severity does not rest on colour alone (WCAG 1.4.1). */
const SEVERITY_ICONS: Record<Severity, string> = { error: "✖", warning: "▲", info: "ℹ" };

const ACCOUNT_DETAIL_KEYS: readonly AccountDetailKey[] = [
  "ministry",
  "ministryHandle",
  "minister",
  "party",
  "personalHandle",
  "pageUrl",
  "predecessorArchive",
  "partyMarker",
  "ministryMarker",
  "ministerMarker",
];

/**
 * Text safe as HTML content or attribute value: markup characters as entities, control characters
 * (bidi overrides included) shown as escapes such as `\u202e`, line breaks kept as `<br>`.
 */
export function escapeHtml(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) =>
      visibleControls(line)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;"),
    )
    .join("<br>");
}

function handleOf(handle: string | null | undefined): string | undefined {
  return handle ? `@${handle.replace(/^@/, "")}` : undefined;
}

/** A definition list of label → value; absent values are left out. Values are escaped here. */
function detailList(rows: readonly [string, string | undefined][]): string {
  const items = rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`);
  return `<dl class="details">${items.join("")}</dl>`;
}

function accountRows(
  entry: ReportCase | MessageReportCase,
  input: ReviewReportInput,
  timeZone: string | undefined,
): [string, string | undefined][] {
  const { lang } = input;
  const words = WORDS[lang];
  const { account } = entry;
  return [
    [words.platform, PLATFORM_LABELS[account.platform]],
    [words.type, ACCOUNT_TYPE_DESCRIPTIONS[lang][account.type]],
    ...ACCOUNT_DETAIL_KEYS.map((key): [string, string | undefined] => [
      ACCOUNT_DETAIL_LABELS[lang][key],
      account[key] ?? undefined,
    ]),
    [words.source, entry.source],
    [words.checkedAt, formatReportDate(input.generatedAt, lang, timeZone)],
    [words.engine, input.rulePackVersion],
    [words.guideline, `${GUIDELINE_TITLE}, ${input.guidelineVersion}`],
  ];
}

/** "citaat voor X; de richtlijn noemt Facebook hier niet". */
function quoteSource(platform: ReturnType<typeof quotePlatform>, account: Account, words: Words): string {
  if (!platform) return words.quoteForAll;
  const written = words.quoteFor(PLATFORM_LABELS[platform]);
  return platform === account.platform ? written : `${written}; ${words.notNamed(PLATFORM_LABELS[account.platform])}`;
}

function findingItem(
  finding: Finding | MessageFinding,
  waiver: ReportWaiver | undefined,
  excerpt: string | undefined,
  account: Account,
  lang: Language,
  timeZone: string | undefined,
): string {
  const words = WORDS[lang];
  const rule = findRule(finding.rule);
  const severity = SEVERITY_LABELS[lang][finding.severity];
  const field =
    finding.field === "text" ? words.text : (FIELD_LABELS[lang][finding.field as FieldName] ?? finding.field);
  const parts = [
    `<p class="finding-head"><span class="severity severity-${finding.severity}"><span aria-hidden="true">${SEVERITY_ICONS[finding.severity]}</span> ${escapeHtml(severity)}</span>${waiver ? ` <span class="waived">(${escapeHtml(words.waived)})</span>` : ""} <strong>${escapeHtml(rule ? rule.meta.title[lang] : finding.rule)}</strong> <span class="where">${escapeHtml(field)} · ${escapeHtml(words.rule)} <code>${escapeHtml(finding.rule)}</code></span></p>`,
    `<p>${escapeHtml(finding.message)}</p>`,
  ];
  if (excerpt) parts.push(`<p class="excerpt">„${escapeHtml(excerpt)}”</p>`);
  if (waiver) {
    const date = waiver.createdAt
      ? ` (${escapeHtml(words.recordedOn)} ${escapeHtml(formatWaiverDate(waiver.createdAt, lang, timeZone))})`
      : "";
    parts.push(`<p class="waiver">${escapeHtml(words.waivedBecause)}${date}: ${escapeHtml(waiver.reason)}</p>`);
  }
  for (const quote of rule ? quotesFor(rule, account.platform, account.type) : []) {
    parts.push(
      `<blockquote><p>${escapeHtml(quote.text)}</p><footer>${escapeHtml(headingPath(quote))} · <span class="quote-platform">${escapeHtml(quoteSource(quotePlatform(quote), account, words))}</span></footer></blockquote>`,
    );
  }
  return `<li class="finding severity-${finding.severity}${waiver ? " is-waived" : ""}" data-rule="${escapeHtml(finding.rule)}">${parts.join("")}</li>`;
}

function fieldValue(entry: ReportCase, field: FieldName, lang: Language): string {
  const words = WORDS[lang];
  const value = entry.profile[field];
  if (value === null || value === undefined) return `<em>${escapeHtml(words.unknown)}</em>`;
  if (typeof value === "boolean") return escapeHtml(value ? words.yes : words.no);
  if (Array.isArray(value)) {
    if (value.length === 0) return `<em>${escapeHtml(words.empty)}</em>`;
    return `<ol class="links">${value.map((link) => `<li>${escapeHtml(link)}</li>`).join("")}</ol>`;
  }
  if (value === "") return `<em>${escapeHtml(words.empty)}</em>`;
  if (field === "avatar" && entry.avatar?.status === "analysed") {
    const { outcome, confidence } = entry.avatar.detection;
    return `${escapeHtml(value)} (${escapeHtml(words.logo[outcome])}, ${confidence.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })})`;
  }
  return escapeHtml(value);
}

function fieldStatus(status: FieldStatus, count: number, lang: Language): string {
  const words = WORDS[lang];
  if (status.status === "checked" || count > 0) return escapeHtml(words.checked(count));
  if (status.status === "not-applicable") return escapeHtml(FIELD_STATUS_WORDS[lang].notApplicable);
  return escapeHtml(`${FIELD_STATUS_WORDS[lang].notChecked}: ${status.reason[lang]}`);
}

function profileSection(entry: ReportCase, index: number, input: ReviewReportInput, timeZone?: string): string {
  const { lang } = input;
  const words = WORDS[lang];
  const { account, profile, result } = entry;
  const waivers = entry.waivers ?? [];
  const matched = matchWaivers(result.findings, waivers, profile);
  const handle = handleOf(profile.handle);
  const title = entry.id ?? `${handle ?? "?"} (${PLATFORM_LABELS[account.platform]})`;
  const id = `case-${index + 1}`;
  const html = [
    `<section class="case" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>`,
    detailList([[words.account, handle], ...accountRows(entry, input, timeZone)]),
    `<h3>${escapeHtml(words.fields)}</h3>`,
    `<table><thead><tr><th scope="col">${escapeHtml(words.field)}</th><th scope="col">${escapeHtml(words.value)}</th><th scope="col">${escapeHtml(words.status)}</th></tr></thead><tbody>`,
    ...FIELDS.map((field) => {
      const count = result.findings.filter((finding) => finding.field === field).length;
      return `<tr><th scope="row">${escapeHtml(FIELD_LABELS[lang][field])}</th><td>${fieldValue(entry, field, lang)}</td><td>${fieldStatus(result.fields[field], count, lang)}</td></tr>`;
    }),
    "</tbody></table>",
    `<h3>${escapeHtml(words.findings)}</h3>`,
  ];
  if (matched.length === 0) html.push(`<p>${escapeHtml(words.noFindings)}</p>`);
  else {
    html.push(
      `<ol class="findings">${matched
        .map(({ finding, waiver }) =>
          findingItem(finding, waiver, findingExcerpt(finding, profile), account, lang, timeZone),
        )
        .join("")}</ol>`,
    );
  }
  const notChecked = FIELDS.filter((field) => result.fields[field].status === "not-checked");
  html.push(`<h3>${escapeHtml(words.notCheckedHeading)}</h3>`);
  if (notChecked.length === 0) html.push(`<p>${escapeHtml(words.allChecked)}</p>`);
  else {
    const items = notChecked.map((field) => {
      const status = result.fields[field];
      const reason = status.status === "not-checked" ? status.reason[lang] : "";
      return `<li><strong>${escapeHtml(FIELD_LABELS[lang][field])}</strong>: ${escapeHtml(reason)}</li>`;
    });
    html.push(`<ul>${items.join("")}</ul>`);
  }
  if (waivers.length > 0) {
    html.push(`<h3>${escapeHtml(words.waiversHeading)}</h3><ul class="waivers">`);
    for (const waiver of waivers) {
      const applied = matched.some((each) => each.waiver === waiver);
      const title = findRule(waiver.rule)?.meta.title[lang] ?? waiver.rule;
      const date = waiver.createdAt
        ? `, ${escapeHtml(words.recordedOn)} ${escapeHtml(formatWaiverDate(waiver.createdAt, lang, timeZone))}`
        : "";
      html.push(
        `<li><strong>${escapeHtml(title)}</strong> (<code>${escapeHtml(waiver.rule)}</code>) ${escapeHtml(words.waiverFor)} „${escapeHtml(waiver.value)}”: ${escapeHtml(waiver.reason)}${date}. <em>${escapeHtml(applied ? words.waiverApplied : words.waiverNotApplied)}</em></li>`,
      );
    }
    html.push("</ul>");
  }
  html.push("</section>");
  return html.join("");
}

function messageSection(entry: MessageReportCase, index: number, input: ReviewReportInput, timeZone?: string): string {
  const { lang } = input;
  const words = WORDS[lang];
  const { account, message, result } = entry;
  const kind = MESSAGE_KINDS[lang][message.kind];
  const title = entry.id ?? `${kind} (${PLATFORM_LABELS[account.platform]})`;
  const role = account.type === "hybrid" ? message.post.role : "ministry";
  const id = `case-${index + 1}`;
  const html = [
    `<section class="case" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>`,
    detailList([
      [words.account, kind],
      ...accountRows(entry, input, timeZone),
      [words.role, role ? words.roles[role] : words.noRole],
      [words.text, message.post.text === "" ? words.empty : message.post.text],
      [words.inReplyTo, message.kind === "reply" ? (message.post.inReplyTo ?? undefined) : undefined],
    ]),
    `<h3>${escapeHtml(words.findings)}</h3>`,
  ];
  if (result.findings.length === 0) html.push(`<p>${escapeHtml(words.noFindings)}</p>`);
  else {
    const items = result.findings.map((finding) =>
      findingItem(finding, undefined, messageExcerpt(finding, message.post.text), account, lang, timeZone),
    );
    html.push(`<ol class="findings">${items.join("")}</ol>`);
  }
  html.push(`<h3>${escapeHtml(words.notCheckedHeading)}</h3>`);
  if (result.notEvaluated.length === 0) html.push(`<p>${escapeHtml(words.allRulesChecked)}</p>`);
  else {
    const items = result.notEvaluated.map(
      ({ rule, reason }) => `<li><code>${escapeHtml(rule)}</code>: ${escapeHtml(reason[lang])}</li>`,
    );
    html.push(`<p>${escapeHtml(words.rulesNotChecked)}</p><ul>${items.join("")}</ul>`);
  }
  html.push("</section>");
  return html.join("");
}

function summary(input: ReviewReportInput): string {
  const { lang } = input;
  const listed = input.cases.flatMap((entry): { severity: Severity; waived: boolean }[] =>
    isMessageReportCase(entry)
      ? entry.result.findings.map(({ severity }) => ({ severity, waived: false }))
      : matchWaivers(entry.result.findings, entry.waivers ?? [], entry.profile).map(({ finding, waiver }) => ({
          severity: finding.severity,
          waived: waiver !== undefined,
        })),
  );
  const open = listed.filter((each) => !each.waived);
  const counts = SEVERITIES.map((severity) =>
    severityCount(severity, open.filter((each) => each.severity === severity).length, lang),
  );
  const waived = listed.length - open.length;
  const counted = caseCount(
    input.cases.map((entry) => ({ isMessage: isMessageReportCase(entry) })),
    lang,
  );
  return `${counted}: ${counts.join(", ")}${waived > 0 ? `; ${WORDS[lang].waivedCount(waived)}` : ""}.`;
}

/** Print-friendly and AA contrast; system fonts only (nothing is fetched). */
export const REPORT_CSS = `
:root { color: #1a1a1a; background: #fff; font: 16px/1.5 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }
body { margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.75rem; margin: 0 0 8px; color: #01446f; }
h2 { font-size: 1.35rem; margin: 32px 0 8px; padding-top: 16px; border-top: 2px solid #01446f; }
h3 { font-size: 1.1rem; margin: 24px 0 8px; }
.details { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
.details div { display: contents; }
.details dt { font-weight: 600; }
.details dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; border: 1px solid #8a8a8a; padding: 4px 8px; overflow-wrap: anywhere; }
thead th { background: #e6eef4; }
.links { margin: 0; padding-left: 1.4em; }
.findings { padding-left: 1.4em; }
.finding { margin-bottom: 16px; break-inside: avoid; }
.finding p { margin: 4px 0; }
.severity { font-weight: 700; }
.severity-error .severity { color: #a4000f; }
.severity-warning .severity { color: #7a4100; }
.severity-info .severity { color: #01446f; }
.where { color: #4a4a4a; }
.excerpt { font-style: italic; }
.waiver, .waived { color: #4a4a4a; }
blockquote { margin: 8px 0 0; padding: 4px 12px; border-left: 4px solid #8fcae7; background: #f3f7fa; }
blockquote footer { font-size: 0.9rem; color: #4a4a4a; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
.hint { color: #4a4a4a; }
@media print {
  main { max-width: none; padding: 0; }
  .hint { display: none; }
  h2 { break-before: page; }
  section.case:first-of-type h2 { break-before: auto; }
}
`;

/** The report's body: title, summary and one section per case. */
export function renderReviewReportBody(input: ReviewReportInput, options: HtmlReportOptions = {}): string {
  const { lang } = input;
  const words = WORDS[lang];
  const { timeZone } = options;
  const sections = input.cases.map((entry, index) =>
    isMessageReportCase(entry)
      ? messageSection(entry, index, input, timeZone)
      : profileSection(entry, index, input, timeZone),
  );
  return [
    `<main><h1>${escapeHtml(words.report)}</h1>`,
    `<p class="summary">${escapeHtml(summary(input))}</p>`,
    `<p>${escapeHtml(words.madeAt)} ${escapeHtml(formatReportDate(input.generatedAt, lang, timeZone))}.</p>`,
    `<p class="hint">${escapeHtml(words.print)}</p>`,
    ...sections,
    "</main>",
  ].join("\n");
}

/** The title of the report's document: the report and its first account. */
export function reviewReportTitle(input: ReviewReportInput): string {
  const first = input.cases[0];
  const handle = first && !isMessageReportCase(first) ? handleOf(first.profile.handle) : undefined;
  // A title is one line: a line break in a handle must not become markup.
  return handle ? `${WORDS[input.lang].report} — ${handle.replace(LINE_BREAK, " ")}` : WORDS[input.lang].report;
}

/** A complete HTML document, to open in a tab or save as a file. */
export function renderReviewReportHtml(input: ReviewReportInput, options: HtmlReportOptions = {}): string {
  return `<!doctype html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(reviewReportTitle(input))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${renderReviewReportBody(input, options)}
</body>
</html>
`;
}
