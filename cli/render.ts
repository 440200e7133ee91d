/**
 * The command's output formats: JSON for tools (the contract of cli.md, plus `fields`), text for
 * a terminal, Markdown (the review report of rules/report.ts) and the catalog listing.
 */

import { GUIDELINE_VERSION, headingPath, severityMatrix, severitySummary } from "../rules/catalog-text";
import type { CheckResult, FieldStatus } from "../rules/engine";
import { PLATFORM_LABELS, severityWord } from "../rules/labels";
import type { MessageCheckResult } from "../rules/message-engine";
import { caseCount, findingExcerpt, messageExcerpt, renderReviewReport } from "../rules/report";
import { FIELD_STATUS_WORDS, MESSAGE_KINDS, severityCount } from "../rules/report/words";
import {
  type Case,
  FIELDS,
  type FieldName,
  type Finding,
  type Language,
  type MessageCase,
  type Severity,
} from "../rules/schema";
import { visibleControls } from "../rules/text/controls";
import { bareHandle } from "../rules/text/handles";
import type { AvatarAnalysis, Rule } from "../rules/types";
import type { Waiver } from "../rules/waivers";

export interface CheckedProfile {
  id: string;
  /** The file as given on the command line, or "stdin". */
  source: string;
  case: Case;
  avatar?: AvatarAnalysis;
  result: CheckResult;
  /** The configuration's waivers for this account. */
  waivers?: Waiver[];
}

/** A post or a reply and its result. */
export interface CheckedMessage {
  id: string;
  source: string;
  case: MessageCase;
  result: MessageCheckResult;
}

export type CheckedCase = CheckedProfile | CheckedMessage;

function isCheckedMessage(entry: CheckedCase): entry is CheckedMessage {
  return "post" in entry.case;
}

export interface RenderOptions {
  lang: Language;
  colour: boolean;
  now: Date;
  /** The package version: engine and rule pack ship together. */
  version: string;
}

const COMMAND_WORDS = {
  nl: {
    ok: "in orde",
    link: "link",
    role: "rol",
    noRole: "rol niet opgegeven",
    severities: "Ernst",
    fieldsOf: "Velden",
    guidelineQuotes: "Richtlijn",
  },
  en: {
    ok: "ok",
    link: "link",
    role: "role",
    noRole: "role not given",
    severities: "Severity",
    fieldsOf: "Fields",
    guidelineQuotes: "Guideline",
  },
} as const;

const WORDS = {
  nl: { ...COMMAND_WORDS.nl, ...FIELD_STATUS_WORDS.nl, kind: MESSAGE_KINDS.nl },
  en: { ...COMMAND_WORDS.en, ...FIELD_STATUS_WORDS.en, kind: MESSAGE_KINDS.en },
};

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
const ANSI = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1 } as const;
const SEVERITY_STYLE = { error: ["✗", "red"], warning: ["!", "yellow"], info: ["i", "blue"] } as const;

function painter(colour: boolean) {
  return (style: keyof typeof ANSI, text: string) => (colour ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
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
  const counts = SEVERITY_ORDER.map((severity) =>
    severityCount(
      severity,
      checked.reduce((sum, c) => sum + c.result.findings.filter((f) => f.severity === severity).length, 0),
      lang,
    ),
  );
  const counted = caseCount(
    checked.map((entry) => ({ isMessage: isCheckedMessage(entry) })),
    lang,
  );
  return `${counted}: ${counts.join(", ")}.`;
}

function accountLine(checked: CheckedProfile): string {
  const { account, profile } = checked.case;
  const handle = profile.handle ? ` · @${bareHandle(profile.handle)}` : "";
  return `${PLATFORM_LABELS[account.platform]} · ${account.type}${handle}`;
}

/** What the text format prints of the input: control characters shown, never sent to the terminal. */
const shown = visibleControls;

/**
 * The JSON contract: one entry per case, `id` and `findings`; `fields` adds each field's status
 * so a tool can tell "no finding" from "not checked".
 */
export function renderJson(checked: readonly CheckedCase[], options: RenderOptions): string {
  const statusOf = (status: FieldStatus) => {
    const reason = statusReason(status, options.lang);
    return reason === undefined ? { status: status.status } : { status: status.status, reason };
  };
  const entries = checked.map((entry) => {
    if (isCheckedMessage(entry)) {
      const { id, result } = entry;
      // For a post or reply: the text's status and the rules that could not run, and why.
      return {
        id,
        findings: result.findings,
        fields: { text: statusOf(result.fields.text) },
        notChecked: result.notEvaluated.map(({ rule, reason }) => ({ rule, reason: reason[options.lang] })),
      };
    }
    const { id, result } = entry;
    return {
      id,
      findings: result.findings,
      fields: Object.fromEntries(FIELDS.map((field) => [field, statusOf(result.fields[field])])),
    };
  });
  return `${JSON.stringify(entries, null, 2)}\n`;
}

export function renderText(checked: readonly CheckedCase[], options: RenderOptions): string {
  const { lang } = options;
  const words = WORDS[lang];
  const paint = painter(options.colour);
  const width = Math.max(...FIELDS.map((field) => field.length));
  const lines: string[] = [];
  for (const entry of checked) {
    if (isCheckedMessage(entry)) {
      lines.push(...messageLines(entry, options), "");
      continue;
    }
    lines.push(`${paint("bold", shown(entry.id))}  ${paint("dim", shown(`${accountLine(entry)} (${entry.source})`))}`);
    const grouped = findingsByField(entry.result.findings);
    for (const field of FIELDS) {
      const label = `  ${field.padEnd(width)}  `;
      const findings = grouped.get(field);
      if (findings) {
        lines.push(`  ${field}`);
        for (const finding of findings) {
          lines.push(findingLine(finding, findingExcerpt(finding, entry.case.profile), words, options));
        }
        continue;
      }
      const status = entry.result.fields[field];
      if (status.status === "checked") lines.push(`${label}${paint("green", `✓ ${words.ok}`)}`);
      else if (status.status === "not-applicable") lines.push(`${label}${paint("dim", words.notApplicable)}`);
      else lines.push(`${label}${paint("dim", `${words.notChecked}: ${shown(status.reason[lang])}`)}`);
    }
    lines.push("");
  }
  lines.push(countSummary(checked, lang));
  return `${lines.join("\n")}\n`;
}

function findingLine(
  finding: Finding | MessageCheckResult["findings"][number],
  excerpt: string | undefined,
  words: (typeof WORDS)[Language],
  options: RenderOptions,
): string {
  const paint = painter(options.colour);
  const [symbol, colour] = SEVERITY_STYLE[finding.severity];
  const where = finding.field === "links" && finding.index !== undefined ? `${words.link} ${finding.index + 1}: ` : "";
  return `    ${paint(colour, `${symbol} ${severityWord(finding.severity, options.lang)}`)}  ${finding.rule}  ${where}${shown(finding.message)}${excerpt ? paint("dim", ` „${shown(excerpt)}”`) : ""}`;
}

/** A post or reply in the text report: its findings on `text`, then the rules that could not run. */
function messageLines(entry: CheckedMessage, options: RenderOptions): string[] {
  const { lang } = options;
  const words = WORDS[lang];
  const paint = painter(options.colour);
  const { account, post, kind } = entry.case;
  const role =
    account.type === "hybrid" ? (post.role ? `${words.role} ${post.role}` : words.noRole) : `${words.role} ministry`;
  const header = `${PLATFORM_LABELS[account.platform]} · ${account.type} · ${words.kind[kind]} · ${role}`;
  const lines = [`${paint("bold", shown(entry.id))}  ${paint("dim", shown(`${header} (${entry.source})`))}`];
  const { result } = entry;
  if (result.findings.length > 0) {
    lines.push("  text");
    for (const finding of result.findings)
      lines.push(findingLine(finding, messageExcerpt(finding, post.text), words, options));
  } else if (result.fields.text.status === "checked") {
    lines.push(`  text  ${paint("green", `✓ ${words.ok}`)}`);
  } else {
    lines.push(`  text  ${paint("dim", words.notApplicable)}`);
  }
  for (const { rule, reason } of result.notEvaluated) {
    lines.push(`    ${paint("dim", shown(`${words.notChecked}: ${rule}: ${reason[lang]}`))}`);
  }
  return lines;
}

/** `check --format markdown`: the review report of rules/report.ts, for the cases of this run. */
export function renderMarkdown(checked: readonly CheckedCase[], options: RenderOptions): string {
  return renderReviewReport({
    cases: checked.map((entry) =>
      isCheckedMessage(entry)
        ? {
            id: entry.id,
            account: entry.case.account,
            message: entry.case,
            result: entry.result,
            source: entry.source,
          }
        : {
            id: entry.id,
            account: entry.case.account,
            profile: entry.case.profile,
            result: entry.result,
            source: entry.source,
            ...(entry.avatar ? { avatar: entry.avatar } : {}),
            ...(entry.waivers ? { waivers: entry.waivers } : {}),
          },
    ),
    lang: options.lang,
    generatedAt: options.now,
    rulePackVersion: options.version,
    guidelineVersion: GUIDELINE_VERSION,
  });
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
