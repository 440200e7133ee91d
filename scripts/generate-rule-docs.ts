/**
 * Generates the rule documentation from the catalog's metadata: the table in README.md (between
 * the rules markers) and the full docs/rules.md. `npm run docs` writes both; `--check` only
 * reports whether they are up to date (tests/docs.test.ts does the same).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CATALOG } from "../rules/catalog";
import { GUIDELINE_TITLE, GUIDELINE_VERSION, headingPath, severitySummary } from "../rules/catalog-text";
import { escapeMarkdown } from "../rules/report";
import type { Rule } from "../rules/types";

export const README_START = "<!-- rules:start -->";
export const README_END = "<!-- rules:end -->";
export const README_PATH = fileURLToPath(new URL("../README.md", import.meta.url));
export const RULES_DOC_PATH = fileURLToPath(new URL("../docs/rules.md", import.meta.url));

const GENERATED_NOTE = "<!-- Gegenereerd door `npm run docs` uit de regelcatalogus; niet met de hand bewerken. -->";

function fieldList(rule: Rule): string {
  return rule.meta.fields.length > 0 ? rule.meta.fields.map((field) => `\`${field}\``).join(", ") : "–";
}

/** The README table: one row per rule, severities per account type with their platform exceptions. */
export function renderRuleTable(catalog: readonly Rule[] = CATALOG): string {
  const rows = catalog.map((rule) =>
    [
      `[\`${rule.meta.id}\`](docs/rules.md#${anchor(rule.meta.id)})`,
      escapeMarkdown(rule.meta.title.nl),
      severitySummary(rule, "corporate", "en"),
      severitySummary(rule, "showcase", "en"),
      severitySummary(rule, "hybrid", "en"),
      fieldList(rule),
    ].join(" | "),
  );
  return [
    "| regel | titel | corporate | showcase | hybride | velden |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
  ].join("\n");
}

/** For a post/reply rule: which messages it reads and, on hybrid accounts, which roles. */
function messageScope(rule: Rule): string[] {
  const { kinds, roles } = rule.meta;
  if (!kinds) return [];
  const lines = [`Berichten: ${kinds.map((kind) => `\`${kind}\``).join(", ")}.`];
  if (roles) {
    lines.push(
      `Op een hybride account alleen bij rol ${roles.map((role) => `\`${role}\``).join(", ")}; zonder rol niet gecontroleerd. Op corporate en showcase telt elk bericht als \`ministry\`.`,
    );
  }
  return [...lines, ""];
}

/** GitHub's heading anchor for a rule id heading ("bio/webcare" -> "biowebcare"). */
function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 -]/g, "");
}

/** docs/rules.md: every rule with its titles, description, severities, fields and quotes. */
export function renderRulesDoc(catalog: readonly Rule[] = CATALOG): string {
  const lines = [
    "# Regels",
    "",
    GENERATED_NOTE,
    "",
    `Elke regel citeert de zin(nen) uit de richtlijn die hij handhaaft (${GUIDELINE_TITLE}, ${GUIDELINE_VERSION}).`,
    "Ernst per accounttype; tussen haken de platforms waarop een ernst geldt als die per platform verschilt.",
    "Een organisatie kan een regel uitzetten of de ernst wijzigen in haar configuratie (`rules`).",
    "",
  ];
  for (const rule of catalog) {
    const { meta } = rule;
    lines.push(
      `## ${meta.id}`,
      "",
      `**${escapeMarkdown(meta.title.nl)}** · *${escapeMarkdown(meta.title.en)}*`,
      "",
      escapeMarkdown(meta.description.nl),
      "",
      `*${escapeMarkdown(meta.description.en)}*`,
      "",
      "| corporate | showcase | hybride | velden | bevinding op |",
      "| --- | --- | --- | --- | --- |",
      `| ${severitySummary(rule, "corporate", "en")} | ${severitySummary(rule, "showcase", "en")} | ${severitySummary(rule, "hybrid", "en")} | ${fieldList(rule)} | \`${meta.reportsOn}\` |`,
      "",
      ...messageScope(rule),
      "Richtlijn:",
      "",
    );
    for (const quote of meta.guideline) {
      lines.push(`> ${escapeMarkdown(quote.text)}`, ">", `> — *${escapeMarkdown(headingPath(quote))}*`, "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** README.md with the generated table between the markers; the rest of the file is kept. */
export function updateReadme(readme: string, catalog: readonly Rule[] = CATALOG): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${README_START} and ${README_END}`);
  const table = `${README_START}\n${GENERATED_NOTE}\n\n${renderRuleTable(catalog)}\n${README_END}`;
  return readme.slice(0, start) + table + readme.slice(end + README_END.length);
}

function main(checkOnly: boolean): number {
  const outputs = [
    { path: README_PATH, wanted: updateReadme(readFileSync(README_PATH, "utf8")) },
    { path: RULES_DOC_PATH, wanted: renderRulesDoc() },
  ];
  let stale = 0;
  for (const { path, wanted } of outputs) {
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {
      // a missing file is simply out of date
    }
    if (current === wanted) continue;
    stale++;
    if (checkOnly) console.error(`${path} is out of date: run npm run docs`);
    else writeFileSync(path, wanted);
  }
  return checkOnly && stale > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.includes("--check"));
}
