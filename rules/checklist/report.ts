/**
 * The checklist as a dated Markdown report per ministry: which accounts are ready, which steps are
 * open, with the evidence or who ticked them. Pure: the page and the command pass in the date.
 */

import type { RuleSetting } from "../engine";
import { PLATFORM_LABELS } from "../labels";
import { normalizeHandle } from "../text/handles";
import type { Language } from "../vocabulary";
import { type ChecklistAccount, checklistFor, checklistSummary, type StepView } from "./evidence";
import { type ChecklistProgress, findProgress } from "./progress";

export interface ReportAccount extends ChecklistAccount {
  ministry?: string | undefined;
  minister?: string | undefined;
}

export interface ChecklistReportInput {
  accounts: readonly ReportAccount[];
  progress: ChecklistProgress;
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
  /** The date printed on the report, as the caller formats it. */
  date: string;
  lang: Language;
}

const WORDS = {
  nl: {
    title: "Kabinetswissel: checklist per account",
    date: "Datum",
    cabinetChange: "Kabinetswissel",
    noMinistry: "Zonder ministerie",
    ready: "klaar",
    open: (done: number, total: number) => `${done} van ${total} stappen gedaan`,
    old: "Account 'oude' bewindspersoon afsluiten",
    new: "Account 'nieuwe' bewindspersoon",
    done: "gedaan",
    openStep: "open",
    blocked: "wacht",
    byHand: (by: string, at: string) => `afgevinkt door ${by} op ${at}`,
    byCheck: (at: string) => `gecontroleerd op ${at}`,
    wasDone: (at: string) => `eerder in orde op ${at}`,
    noAccounts: "Er staan geen accounts in de configuratie.",
  },
  en: {
    title: "Change of cabinet: checklist per account",
    date: "Date",
    cabinetChange: "Change of cabinet",
    noMinistry: "No ministry",
    ready: "ready",
    open: (done: number, total: number) => `${done} of ${total} steps done`,
    old: "Closing the old minister's account",
    new: "The new minister's account",
    done: "done",
    openStep: "open",
    blocked: "waiting",
    byHand: (by: string, at: string) => `ticked by ${by} on ${at}`,
    byCheck: (at: string) => `checked on ${at}`,
    wasDone: (at: string) => `in order before, on ${at}`,
    noAccounts: "The configuration has no accounts.",
  },
} as const;

/** One line of text in a Markdown table cell: no pipes, no line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function statusCells(view: StepView, lang: Language): [string, string] {
  const words = WORDS[lang];
  const { status } = view;
  switch (status.state) {
    case "done":
      return status.source === "hand"
        ? [`✅ ${words.done}`, [words.byHand(status.by, status.at), status.note].filter(Boolean).join(" — ")]
        : [`✅ ${words.done}`, `${status.seen[lang]} (${words.byCheck(status.at)})`];
    case "blocked":
      return [`⏸ ${words.blocked}`, status.why[lang]];
    case "open":
      return [
        `☐ ${words.openStep}`,
        [status.wasDoneAt ? words.wasDone(status.wasDoneAt) : "", status.why?.[lang] ?? ""].filter(Boolean).join("; "),
      ];
  }
}

export function checklistMarkdown(input: ChecklistReportInput): string {
  const { lang } = input;
  const words = WORDS[lang];
  const lines = [`# ${words.title}`, "", `${words.date}: ${input.date}`];
  if (input.progress.cabinetChangeDate) lines.push(`${words.cabinetChange}: ${input.progress.cabinetChangeDate}`);
  if (input.accounts.length === 0) return [...lines, "", words.noAccounts, ""].join("\n");

  const byMinistry = new Map<string, ReportAccount[]>();
  for (const account of input.accounts) {
    const key = account.ministry?.trim() || words.noMinistry;
    byMinistry.set(key, [...(byMinistry.get(key) ?? []), account]);
  }
  for (const [ministry, accounts] of byMinistry) {
    lines.push("", `## ${ministry}`);
    for (const account of accounts) {
      const steps = checklistFor(
        account,
        findProgress(input.progress, account.platform, account.handle),
        input.ruleSettings,
      );
      const summary = checklistSummary(steps);
      const who = account.minister ? ` — ${account.minister}` : "";
      lines.push(
        "",
        `### @${normalizeHandle(account.handle)} (${PLATFORM_LABELS[account.platform]}, ${account.type})${who}`,
        "",
        summary.ready ? `**${words.ready}**` : words.open(summary.done, summary.total),
      );
      for (const phase of ["old", "new"] as const) {
        const inPhase = steps.filter((view) => view.step.phase === phase);
        if (inPhase.length === 0) continue;
        lines.push(
          "",
          `#### ${words[phase]}`,
          "",
          lang === "nl" ? "| Status | Stap | Richtlijn | Toelichting |" : "| Status | Step | Guideline | Details |",
          "| --- | --- | --- | --- |",
        );
        for (const view of inPhase) {
          const [status, detail] = statusCells(view, lang);
          const quote = view.step.quotes.map((each) => `“${each.text}”`).join(" ");
          lines.push(`| ${status} | ${cell(view.step.title[lang])} | ${cell(quote)} | ${cell(detail)} |`);
        }
      }
    }
  }
  lines.push("");
  return lines.join("\n");
}
