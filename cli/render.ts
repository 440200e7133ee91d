/**
 * The command's output formats: JSON for tools (the contract of cli.md, plus `fields`), text for
 * a terminal, Markdown as a review report to file with a change, and the catalog listing.
 */

import { findRule } from "../rules/catalog";
import type { CheckResult, FieldStatus } from "../rules/engine";
import { type Case, FIELDS, type FieldName, type Finding, type Language, type Severity } from "../rules/schema";
import type { AvatarAnalysis, Rule } from "../rules/types";
import {
  GUIDELINE_TITLE,
  GUIDELINE_VERSION,
  headingPath,
  PLATFORM_LABELS,
  quotesFor,
  SEVERITY_LABELS,
  severityMatrix,
  severitySummary,
} from "./catalog-text";

export interface CheckedCase {
  id: string;
  /** The file as given on the command line, or "stdin". */
  source: string;
  case: Case;
  avatar?: AvatarAnalysis;
  result: CheckResult;
}

export interface RenderOptions {
  lang: Language;
  colour: boolean;
  now: Date;
  /** The package version: engine and rule pack ship together. */
  version: string;
}

const WORDS = {
  nl: {
    ok: "in orde",
    notApplicable: "geen regel van toepassing",
    notChecked: "niet gecontroleerd",
    link: "link",
    cases: (n: number) => `${n} ${n === 1 ? "profiel" : "profielen"} gecontroleerd`,
    counts: { error: ["fout", "fouten"], warning: ["waarschuwing", "waarschuwingen"], info: ["advies", "adviezen"] },
    report: "Profielcheck-rapport",
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
    notCheckedHeading: "Niet gecontroleerd",
    allChecked: "Alle velden zijn gecontroleerd of hebben geen regel.",
    checked: (n: number) => `gecontroleerd, ${n} ${n === 1 ? "bevinding" : "bevindingen"}`,
    unknown: "niet opgegeven",
    yes: "ja",
    no: "nee",
    logo: { present: "Rijkslogo gevonden", absent: "geen Rijkslogo", uncertain: "Rijkslogo twijfelachtig" },
    severities: "Ernst",
    fieldsOf: "Velden",
    guidelineQuotes: "Richtlijn",
  },
  en: {
    ok: "ok",
    notApplicable: "no rule applies",
    notChecked: "not checked",
    link: "link",
    cases: (n: number) => `${n} ${n === 1 ? "profile" : "profiles"} checked`,
    counts: { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["info", "info"] },
    report: "Profielcheck report",
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
    notCheckedHeading: "Not checked",
    allChecked: "Every field was checked or has no rule.",
    checked: (n: number) => `checked, ${n} ${n === 1 ? "finding" : "findings"}`,
    unknown: "not given",
    yes: "yes",
    no: "no",
    logo: { present: "Rijkslogo found", absent: "no Rijkslogo", uncertain: "Rijkslogo uncertain" },
    severities: "Severity",
    fieldsOf: "Fields",
    guidelineQuotes: "Guideline",
  },
} as const;

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
const ANSI = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1 } as const;
const SEVERITY_STYLE = { error: ["✗", "red"], warning: ["!", "yellow"], info: ["i", "blue"] } as const;

function painter(colour: boolean) {
  return (style: keyof typeof ANSI, text: string) => (colour ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
}

/** The text a finding's start/end point into: the field, or for links the link at `index`. */
function findingExcerpt(finding: Finding, profile: Case["profile"]): string | undefined {
  if (finding.start === undefined || finding.end === undefined || finding.start === finding.end) return undefined;
  const text = finding.field === "links" ? profile.links?.[finding.index ?? 0] : profile[finding.field];
  return typeof text === "string" ? text.slice(finding.start, finding.end) : undefined;
}

function statusReason(status: FieldStatus, lang: Language): string | undefined {
  return status.status === "not-checked" ? status.reason[lang] : undefined;
}

function findingsByField(findings: readonly Finding[]): Map<FieldName, Finding[]> {
  const grouped = new Map<FieldName, Finding[]>();
  for (const finding of findings) grouped.set(finding.field, [...(grouped.get(finding.field) ?? []), finding]);
  return grouped;
}

function countSummary(checked: readonly CheckedCase[], lang: Language): string {
  const words = WORDS[lang];
  const counts = SEVERITY_ORDER.map((severity) => {
    const n = checked.reduce((sum, c) => sum + c.result.findings.filter((f) => f.severity === severity).length, 0);
    return `${n} ${words.counts[severity][n === 1 ? 0 : 1]}`;
  });
  return `${words.cases(checked.length)}: ${counts.join(", ")}.`;
}

function accountLine(checked: CheckedCase): string {
  const { account, profile } = checked.case;
  const handle = profile.handle ? ` · @${profile.handle.replace(/^@/, "")}` : "";
  return `${PLATFORM_LABELS[account.platform]} · ${account.type}${handle}`;
}

/**
 * The JSON contract: one entry per case, `id` and `findings`; `fields` adds each field's status
 * so a tool can tell "no finding" from "not checked".
 */
export function renderJson(checked: readonly CheckedCase[], options: RenderOptions): string {
  const entries = checked.map(({ id, result }) => ({
    id,
    findings: result.findings,
    fields: Object.fromEntries(
      FIELDS.map((field) => {
        const status = result.fields[field];
        const reason = statusReason(status, options.lang);
        return [field, reason === undefined ? { status: status.status } : { status: status.status, reason }];
      }),
    ),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

export function renderText(checked: readonly CheckedCase[], options: RenderOptions): string {
  const { lang } = options;
  const words = WORDS[lang];
  const paint = painter(options.colour);
  const width = Math.max(...FIELDS.map((field) => field.length));
  const lines: string[] = [];
  for (const entry of checked) {
    lines.push(`${paint("bold", entry.id)}  ${paint("dim", `${accountLine(entry)} (${entry.source})`)}`);
    const grouped = findingsByField(entry.result.findings);
    for (const field of FIELDS) {
      const label = `  ${field.padEnd(width)}  `;
      const findings = grouped.get(field);
      if (findings) {
        lines.push(`  ${field}`);
        for (const finding of findings) {
          const [symbol, colour] = SEVERITY_STYLE[finding.severity];
          const excerpt = findingExcerpt(finding, entry.case.profile);
          const where =
            finding.field === "links" && finding.index !== undefined ? `${words.link} ${finding.index + 1}: ` : "";
          lines.push(
            `    ${paint(colour, `${symbol} ${SEVERITY_LABELS[lang][finding.severity]}`)}  ${finding.rule}  ${where}${finding.message}${excerpt ? paint("dim", ` „${excerpt}”`) : ""}`,
          );
        }
        continue;
      }
      const status = entry.result.fields[field];
      if (status.status === "checked") lines.push(`${label}${paint("green", `✓ ${words.ok}`)}`);
      else if (status.status === "not-applicable") lines.push(`${label}${paint("dim", words.notApplicable)}`);
      else lines.push(`${label}${paint("dim", `${words.notChecked}: ${status.reason[lang]}`)}`);
    }
    lines.push("");
  }
  lines.push(countSummary(checked, lang));
  return `${lines.join("\n")}\n`;
}

/** Text safe in a Markdown table cell or paragraph: markup characters escaped, lines kept. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, "\\$&").replace(/\r?\n/g, "<br>");
}

function fieldValue(entry: CheckedCase, field: FieldName, lang: Language): string {
  const words = WORDS[lang];
  const value = entry.case.profile[field];
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

function markdownCase(entry: CheckedCase, options: RenderOptions): string[] {
  const { lang } = options;
  const words = WORDS[lang];
  const { account, profile } = entry.case;
  const lines = [`## ${escapeMarkdown(entry.id)}`, "", "| | |", "| --- | --- |"];
  const details: [string, string | undefined][] = [
    [words.account, profile.handle ? `@${profile.handle.replace(/^@/, "")}` : undefined],
    [words.platform, PLATFORM_LABELS[account.platform]],
    [words.type, account.type],
    ["ministry", account.ministry],
    ["ministryHandle", account.ministryHandle],
    ["minister", account.minister],
    ["party", account.party],
    ["personalHandle", account.personalHandle],
    ["pageUrl", account.pageUrl],
    ["predecessorArchive", account.predecessorArchive],
    [words.source, entry.source],
    [words.checkedAt, options.now.toISOString().replace(/\.\d+Z$/, "Z")],
    [words.engine, `profielcheck ${options.version}`],
    [words.guideline, `${GUIDELINE_TITLE}, ${GUIDELINE_VERSION}`],
  ];
  for (const [key, value] of details) if (value !== undefined) lines.push(`| ${key} | ${escapeMarkdown(value)} |`);

  const grouped = findingsByField(entry.result.findings);
  lines.push(
    "",
    `### ${words.fields}`,
    "",
    `| ${words.field} | ${words.value} | ${words.status} |`,
    "| --- | --- | --- |",
  );
  for (const field of FIELDS) {
    const status = entry.result.fields[field];
    const count = grouped.get(field)?.length ?? 0;
    const text =
      status.status === "checked" || count > 0
        ? words.checked(count)
        : status.status === "not-applicable"
          ? words.notApplicable
          : `${words.notChecked}: ${escapeMarkdown(status.reason[lang])}`;
    lines.push(`| ${field} | ${fieldValue(entry, field, lang)} | ${text} |`);
  }

  lines.push("", `### ${words.findings}`, "");
  if (entry.result.findings.length === 0) lines.push(words.noFindings, "");
  entry.result.findings.forEach((finding, i) => {
    const excerpt = findingExcerpt(finding, profile);
    const severity = SEVERITY_LABELS[lang][finding.severity];
    lines.push(
      `${i + 1}. **${severity}** — \`${finding.rule}\` (${finding.field}): ${escapeMarkdown(finding.message)}`,
    );
    if (excerpt) lines.push(`   - ${escapeMarkdown(`„${excerpt}”`)}`);
    const rule = findRule(finding.rule);
    for (const quote of rule ? quotesFor(rule, account.platform, account.type) : []) {
      lines.push("", `   > ${escapeMarkdown(quote.text)}`, "   >", `   > — *${escapeMarkdown(headingPath(quote))}*`);
    }
    lines.push("");
  });

  const notChecked = FIELDS.filter((field) => entry.result.fields[field].status === "not-checked");
  lines.push(`### ${words.notCheckedHeading}`, "");
  if (notChecked.length === 0) lines.push(words.allChecked);
  for (const field of notChecked) {
    lines.push(`- **${field}**: ${escapeMarkdown(statusReason(entry.result.fields[field], lang) ?? "")}`);
  }
  lines.push("");
  return lines;
}

export function renderMarkdown(checked: readonly CheckedCase[], options: RenderOptions): string {
  const lines = [`# ${WORDS[options.lang].report}`, "", countSummary(checked, options.lang), ""];
  for (const entry of checked) lines.push(...markdownCase(entry, options));
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

/** `rules --format json`: everything the catalog says about each rule, texts in `lang`. */
export function renderRulesJson(catalog: readonly Rule[], lang: Language): string {
  const rules = catalog.map((rule) => ({
    id: rule.meta.id,
    title: rule.meta.title[lang],
    description: rule.meta.description[lang],
    severity: severityMatrix(rule),
    fields: rule.meta.fields,
    reportsOn: rule.meta.reportsOn,
    guideline: rule.meta.guideline,
  }));
  return `${JSON.stringify(rules, null, 2)}\n`;
}

export function renderRules(catalog: readonly Rule[], lang: Language, colour: boolean): string {
  const words = WORDS[lang];
  const paint = painter(colour);
  const lines: string[] = [];
  for (const rule of catalog) {
    const { meta } = rule;
    lines.push(`${paint("bold", meta.id)} — ${meta.title[lang]}`);
    lines.push(`  ${meta.description[lang]}`);
    const severities = (["corporate", "showcase", "hybrid"] as const).map(
      (type) => `${type}: ${severitySummary(rule, type, lang)}`,
    );
    lines.push(`  ${words.severities}: ${severities.join(" · ")}`);
    lines.push(`  ${words.fieldsOf}: ${meta.fields.length > 0 ? meta.fields.join(", ") : "–"}`);
    lines.push(`  ${words.guidelineQuotes}:`);
    for (const quote of meta.guideline) {
      lines.push(`    „${quote.text}”`, `      ${paint("dim", `— ${headingPath(quote)}`)}`);
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
