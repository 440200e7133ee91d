/**
 * `profielcheck checklist --config ORG.json [FILE...]`: the cabinet-change checklist per configured
 * account (rules/checklist). Steps ticked by hand come from the configuration's `checklist` key
 * (as the extension exports it); the profile files, checked with the same engine, prove the steps
 * the live page would prove (profile picture, bio, archive reference, verification, handle).
 */
import { parseArgs } from "node:util";
import {
  type ChecklistProgress,
  checklistFor,
  checklistMarkdown,
  checklistSummary,
  EMPTY_PROGRESS,
  evidenceFromResult,
  findProgress,
  recordCheck,
  type StepView,
  updateAccountProgress,
} from "../rules/checklist";
import { checkOptionsFromConfig, findConfiguredAccount } from "../rules/config/apply";
import { checkCase } from "../rules/engine";
import { PLATFORM_LABELS } from "../rules/labels";
import { normalizeHandle } from "../rules/text/handles";
import { LANGUAGES, type Language } from "../rules/vocabulary";
import { BadInput, type CliIo, type LoadedCase, loadConfig, loadDocument, oneOf, UsageError } from "./main";

const FORMATS = ["text", "json", "markdown"] as const;

function stepJson(view: StepView, lang: Language) {
  const { status } = view;
  return {
    id: view.step.id,
    phase: view.step.phase,
    title: view.step.title[lang],
    state: status.state,
    byEvidence: view.byEvidence,
    ...(status.state === "done" ? { at: status.at } : {}),
    ...(status.state === "done" && status.source === "hand" ? { by: status.by, note: status.note } : {}),
    ...(status.state === "done" && status.source === "evidence" ? { seen: status.seen[lang] } : {}),
    ...(status.state !== "done" && status.why ? { why: status.why[lang] } : {}),
    ...(status.state === "open" && status.wasDoneAt ? { wasDoneAt: status.wasDoneAt } : {}),
    guideline: view.step.quotes.map((quote) => ({ headings: quote.headings, text: quote.text })),
  };
}

function stepLine(view: StepView, lang: Language): string {
  const { status } = view;
  const mark = status.state === "done" ? "✓" : status.state === "blocked" ? "…" : "☐";
  const detail =
    status.state === "done"
      ? status.source === "hand"
        ? `${status.by}, ${status.at}${status.note ? `: ${status.note}` : ""}`
        : `${status.seen[lang]}, ${status.at}`
      : status.state === "blocked"
        ? status.why[lang]
        : (status.why?.[lang] ?? "");
  return `  ${mark} ${view.step.id.padEnd(24)} ${view.step.title[lang]}${detail ? ` — ${detail}` : ""}`;
}

export async function runChecklist(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { format: { type: "string" }, lang: { type: "string" }, config: { type: "string" } },
    strict: true,
    allowPositionals: true,
  });
  const lang = oneOf(values.lang, LANGUAGES, "lang", "nl");
  const format = oneOf(values.format, FORMATS, "format", "text");
  if (values.config === undefined) {
    throw new UsageError(lang === "nl" ? "checklist: --config is verplicht" : "checklist: --config is required");
  }
  const config = await loadConfig(values.config, io, lang);
  const options = checkOptionsFromConfig(config, lang);

  const problems: string[] = [];
  const cases: LoadedCase[] = [];
  for (const file of positionals) {
    try {
      cases.push(...(await loadDocument(file, io, config, lang)));
    } catch (error) {
      if (!(error instanceof BadInput)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new BadInput(problems);

  // Each profile of a configured account is evidence, as a check of its live page would be.
  const checkedAt = (io.now?.() ?? new Date()).toISOString();
  let progress: ChecklistProgress = config.checklist ?? EMPTY_PROGRESS;
  for (const loaded of cases) {
    // Posts and replies prove nothing on the checklist: only profiles do.
    if (!("profile" in loaded.case)) continue;
    const profileCase = loaded.case;
    const configured = findConfiguredAccount(config, profileCase.account.platform, profileCase.profile.handle);
    if (!configured) continue;
    const result = checkCase(profileCase, loaded.avatar ? { ...options, avatar: loaded.avatar } : options);
    const evidence = evidenceFromResult(result, checkedAt, loaded.source);
    progress = updateAccountProgress(progress, configured.platform, configured.handle, (entry) =>
      recordCheck(configured, entry, evidence, config.rules),
    );
  }

  const date = checkedAt.slice(0, 10);
  if (format === "markdown") {
    io.stdout.write(checklistMarkdown({ accounts: config.accounts, progress, ruleSettings: config.rules, date, lang }));
    return 0;
  }
  const perAccount = config.accounts.map((account) => {
    const steps = checklistFor(account, findProgress(progress, account.platform, account.handle), config.rules);
    return { account, steps, summary: checklistSummary(steps) };
  });
  if (format === "json") {
    const json = perAccount.map(({ account, steps, summary }) => ({
      platform: account.platform,
      handle: normalizeHandle(account.handle),
      type: account.type,
      ...(account.ministry ? { ministry: account.ministry } : {}),
      ...summary,
      steps: steps.map((view) => stepJson(view, lang)),
    }));
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  for (const { account, steps, summary } of perAccount) {
    const count = lang === "nl" ? `${summary.done}/${summary.total} gedaan` : `${summary.done}/${summary.total} done`;
    lines.push(`@${normalizeHandle(account.handle)} (${PLATFORM_LABELS[account.platform]}, ${account.type}): ${count}`);
    for (const view of steps) lines.push(stepLine(view, lang));
    lines.push("");
  }
  if (perAccount.length === 0) {
    lines.push(lang === "nl" ? "Er staan geen accounts in de configuratie." : "The configuration has no accounts.", "");
  }
  io.stdout.write(lines.join("\n"));
  return 0;
}
