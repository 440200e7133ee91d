/**
 * The organisation configuration (../shared/spec/cli.md, "Organisation configuration"): the file
 * the extension's options page imports and exports, that managed storage pushes by policy, and
 * that `profielcheck --config` reads. It declares the organisation's accounts, rule settings,
 * extra parties and ministries, fix sentences and accepted findings (waivers).
 *
 * The schema has no transforms: a parsed configuration is the file itself, so exporting it writes
 * back what was imported. Conversion to engine data happens in ./apply.ts, completing a case's account in ./resolve.ts.
 */
import { z } from "zod";
// Only the two languages the project speaks: `z.locales` would load all of zod's (about 360 KB).
import en from "zod/v4/locales/en.js";
import nl from "zod/v4/locales/nl.js";
import { CATALOG } from "../catalog";
import { checklistProgressSchema } from "../checklist/progress";
import { MAX_SPELLING_LENGTH } from "../parties/match";
import {
  accountSchema,
  invalidPairReason,
  type Language,
  PLATFORMS,
  type Platform,
  platformSchema,
  SEVERITIES,
} from "../schema";
import { selectorOverridesSchema } from "../selector-overrides";
import { compact } from "../text/fold";
import { normalizeHandle } from "../text/handles";
import type { Localized } from "../types";

const RULE_IDS: ReadonlySet<string> = new Set(CATALOG.map((rule) => rule.meta.id));

/** A custom issue whose message the formatter can give in either language. */
function addLocalizedIssue(ctx: z.RefinementCtx, path: PropertyKey[], message: Localized): void {
  ctx.addIssue({ code: "custom", path, message: message.nl, params: { localized: message } });
}

function unknownRuleMessage(id: string): Localized {
  return {
    nl: `onbekende regel "${id}" (zie \`profielcheck rules\`)`,
    en: `unknown rule "${id}" (see \`profielcheck rules\`)`,
  };
}

const ruleIdSchema = z.string().superRefine((id, ctx) => {
  if (!RULE_IDS.has(id)) addLocalizedIssue(ctx, [], unknownRuleMessage(id));
});

const nonEmpty = z.string().trim().min(1);

/**
 * A spelling the engine looks for in text (a party's name, a ministry code, a handle): it must
 * hold a letter or digit, or it could only match the empty string ("—", "🎉").
 */
const matchable = nonEmpty.max(MAX_SPELLING_LENGTH).superRefine((value, ctx) => {
  if (compact(value) === "") {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    addLocalizedIssue(ctx, [], {
      nl: `"${shown}" bevat geen letter of cijfer en kan dus nergens in herkend worden`,
      en: `"${shown}" holds no letter or digit, so it cannot be recognised anywhere`,
    });
  }
});
const handleListSchema = z.array(matchable);
const handlesPerPlatformSchema = z
  .object(Object.fromEntries(PLATFORMS.map((platform) => [platform, handleListSchema.optional()])))
  .strict()
  .meta({ description: "Handles per platform, zonder @." }) as z.ZodType<Partial<Record<Platform, string[]>>>;

/** An account the organisation manages: the keys of a case's `account`, plus its handle. */
export const configAccountSchema = z
  .object({
    ...accountSchema.shape,
    type: accountSchema.shape.type.meta({ description: "showcase alleen op linkedin; corporate niet op linkedin." }),
    handle: nonEmpty.meta({ description: "Zonder @." }),
  })
  .strict()
  .superRefine((account, ctx) => {
    const reason = invalidPairReason(account.platform, account.type);
    if (reason) ctx.addIssue({ code: "custom", path: ["type"], message: reason });
  });
export type ConfigAccount = z.infer<typeof configAccountSchema>;

/** An extra party; only the name is required. Handles without "@", hashtags without "#". */
export const configPartySchema = z
  .object({
    name: matchable,
    names: z.array(matchable).optional().meta({ description: "Andere volledige namen." }),
    abbreviations: z.array(matchable).optional().meta({ description: "Afkortingen." }),
    /** Short names that are also ordinary words; each must be one of `abbreviations` or `names`. */
    ambiguous: z
      .array(matchable)
      .optional()
      .meta({ description: "Korte namen die ook gewone woorden zijn; elk staat ook bij abbreviations of names." }),
    hashtags: z.array(matchable).optional().meta({ description: "Zonder #." }),
    handles: handlesPerPlatformSchema.optional(),
    /** Registered domains ("voorbeeldpartij.nl"); a domain covers its subdomains. */
    websites: z.array(matchable).optional().meta({ description: "Domeinen, bijvoorbeeld voorbeeldpartij.nl." }),
  })
  .strict()
  .superRefine((party, ctx) => {
    const spellings = new Set([party.name, ...(party.names ?? []), ...(party.abbreviations ?? [])]);
    party.ambiguous?.forEach((word, index) => {
      if (!spellings.has(word)) {
        addLocalizedIssue(ctx, ["ambiguous", index], {
          nl: `"${word}" staat niet bij name, names of abbreviations`,
          en: `"${word}" is not one of name, names or abbreviations`,
        });
      }
    });
  });
export type ConfigParty = z.infer<typeof configPartySchema>;

/** An extra ministry, e.g. one created after the built-in list was compiled. */
export const configMinistrySchema = z
  .object({
    /** As used in handles: "VWS", "KGG". */
    code: matchable.meta({ description: "Zoals in handles: VWS." }),
    /** Full name: "Ministerie van Volksgezondheid, Welzijn en Sport". */
    name: matchable.meta({ description: "Volledige naam." }),
    aliases: z.array(matchable).optional().meta({ description: "Andere namen." }),
    /** Defaults to the name without "Ministerie van". */
    portfolio: matchable.optional(),
    handles: handlesPerPlatformSchema.optional(),
    /** How its communication units sign bios, fullest name first ("directie Communicatie", "DCOM"). */
    communicationUnits: z
      .array(nonEmpty)
      .optional()
      .meta({ description: "Hoe de communicatieafdeling bio's ondertekent, volledigste naam eerst." }),
  })
  .strict();
export type ConfigMinistry = z.infer<typeof configMinistrySchema>;

/**
 * Sentences the fixes insert; `{ministry}` (handle or code), `{unit}` and `{unitShort}` (the
 * ministry's communication unit, full and short) in the management sentences are filled in. The
 * variants are shorter sentences, in order of preference, for when the first does not fit.
 */
export const templatesSchema = z
  .object({
    managedBy: nonEmpty.optional(),
    managedByVariants: z.array(nonEmpty).optional(),
    webcare: nonEmpty.optional(),
    webcareVariants: z.array(nonEmpty).optional(),
  })
  .strict();

/** A finding accepted deliberately: rule `rule` on this account, as long as the field holds `value`. */
export const waiverSchema = z
  .object({
    platform: platformSchema,
    handle: nonEmpty,
    rule: ruleIdSchema,
    value: z.string(),
    reason: nonEmpty,
    createdAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional(),
  })
  .strict();
export type Waiver = z.infer<typeof waiverSchema>;

/** Per rule id: "off" or a severity that replaces the catalog's. */
export const ruleSettingsSchema = z.record(ruleIdSchema, z.enum(["off", ...SEVERITIES]));

// The descriptions are for administrators: scripts/generate-managed-schema.ts writes them into the
// policy schema that Chrome's and the Admin console's policy pages show.
export const orgConfigSchema = z
  .object({
    version: z.literal(1).meta({ description: "Altijd 1." }),
    organisation: nonEmpty.optional().meta({ description: "Naam van de organisatie." }),
    accounts: z.array(configAccountSchema).default([]).meta({ description: "De accounts die de organisatie beheert." }),
    rules: ruleSettingsSchema
      .default({})
      .meta({ description: "Per regel: off of een ernst die die van de catalogus vervangt." }),
    parties: z.array(configPartySchema).default([]).meta({ description: "Extra partijen, naast de ingebouwde lijst." }),
    ministries: z
      .array(configMinistrySchema)
      .default([])
      .meta({ description: "Extra ministeries, naast de ingebouwde lijst." }),
    templates: templatesSchema.optional().meta({
      description:
        "Zinnen die een herstelactie invoegt; {ministry}, {unit} en {unitShort} worden ingevuld. De varianten zijn kortere zinnen voor als de eerste niet past.",
    }),
    /**
     * Extra names of a ministry's communication units, per ministry code ("AZ": ["RVD Online"]): the
     * management rules accept them and the first becomes the name the fixes write.
     */
    communicationUnits: z.record(nonEmpty, z.array(nonEmpty)).optional().meta({
      description:
        'Extra namen van de communicatieafdeling per ministeriecode ("AZ": ["RVD"]); de eerste schrijft de herstelactie.',
    }),
    waivers: z.array(waiverSchema).optional().meta({ description: "Bewust geaccepteerde bevindingen." }),
    /** Progress of the cabinet-change checklist (rules/checklist/progress.ts), carried in exports. */
    checklist: checklistProgressSchema
      .optional()
      .meta({ description: "Kabinetswissel: vooraf ingevulde datum en afgevinkte stappen per account." }),
    /** Extra CSS selectors per platform and field, tried before the built-in ones (docs/policy.md). */
    selectorOverrides: selectorOverridesSchema.optional().meta({
      description:
        "Extra CSS-selectors per platform en veld, geprobeerd vóór de ingebouwde, om een veld te herstellen als een site verandert. Alleen gewone CSS (ook :is, :not, :has, :where, :nth-child); geen url(, geen escapes, hoogstens 200 tekens en 5 per veld. Een ongeldige selector wordt (ook als hij te lang is) niet door de browser geweigerd maar door Profielcheck genegeerd met een waarschuwing op de instellingenpagina. Zie docs/policy.md.",
    }),
  })
  .strict()
  .superRefine((config, ctx) => {
    // Two entries for one account would make `resolveAccount` depend on their order.
    const seen = new Set<string>();
    config.accounts.forEach((account, index) => {
      const key = `${account.platform}:${normalizeHandle(account.handle)}`;
      if (seen.has(key)) {
        addLocalizedIssue(ctx, ["accounts", index, "handle"], {
          nl: `${account.platform}-account @${normalizeHandle(account.handle)} staat al eerder in accounts`,
          en: `${account.platform} account @${normalizeHandle(account.handle)} is already listed in accounts`,
        });
      }
      seen.add(key);
    });
  });
/** A configuration as read (defaults filled in). */
export type OrgConfig = z.infer<typeof orgConfigSchema>;
/** A configuration as written in the file (lists and `rules` may be absent). */
export type OrgConfigInput = z.input<typeof orgConfigSchema>;

export interface ConfigProblem {
  /** Key path in the document, e.g. `accounts[2].type` or `rules["bio/foo"]`; "" for the document itself. */
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; config: T } | { ok: false; problems: ConfigProblem[] };

/** `[0].account.type`, `rules["bio/webcare"]`: how a key path is written in messages. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) text += text === "" ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** Zod issues as problems with a key path each, in the given language (every unknown key on its own). */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], lang: Language = "nl"): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({
          path: formatPath([...issue.path, key]),
          message: lang === "nl" ? "onbekende sleutel" : "unknown key",
        });
      }
      continue;
    }
    // A record key that fails its own schema (an unknown rule id): its problem is the key's.
    const inner = issue.code === "invalid_key" ? issue.issues : [issue];
    const messages = inner.map((each) => localizedMessage(each, lang));
    problems.push({ path: formatPath(issue.path), message: messages.join("; ") });
  }
  return problems;
}

function localizedMessage(
  issue: z.core.$ZodIssueBase & { code?: string; params?: Record<string, unknown> },
  lang: Language,
): string {
  const localized = issue.code === "custom" ? (issue.params?.localized as Localized | undefined) : undefined;
  if (localized) return localized[lang];
  // A discriminated union (a case's `kind`): name the value and the choices, not just "invalid".
  if (issue.code === "invalid_union" && "discriminator" in issue && "options" in issue) {
    const choices = (issue.options as unknown[])
      .filter((option) => typeof option === "string")
      .map((option) => `"${option}"`);
    const input = (issue as { input?: unknown }).input;
    const key = (issue as { discriminator?: unknown }).discriminator;
    const value = JSON.stringify(
      typeof input === "object" && input !== null && typeof key === "string"
        ? (input as Record<string, unknown>)[key]
        : input,
    );
    return lang === "nl"
      ? `onbekende waarde ${value}: kies ${choices.join(", ")}`
      : `unknown value ${value}: choose ${choices.join(", ")}`;
  }
  // Parsed with `reportInput`: a missing key says so, not just which values it could have had.
  if ("input" in issue && issue.input === undefined && issue.path.length > 0) {
    return `${lang === "nl" ? "ontbreekt" : "missing"} (${issue.message})`;
  }
  return issue.message;
}

const LOCALES: Record<Language, () => { localeError: z.core.$ZodErrorMap }> = { nl, en };

/** Validates with messages in `lang` (zod's own messages included) and key paths for every problem. */
export function safeParseWithProblems<Schema extends z.ZodType>(
  schema: Schema,
  json: unknown,
  lang: Language = "nl",
): { ok: true; value: z.infer<Schema> } | { ok: false; problems: ConfigProblem[] } {
  const result = schema.safeParse(json, { error: LOCALES[lang]().localeError, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsFromIssues(result.error.issues, lang) };
}

export function parseOrgConfig(json: unknown, lang: Language = "nl"): ParseResult<OrgConfig> {
  const result = safeParseWithProblems(orgConfigSchema, json, lang);
  return result.ok ? { ok: true, config: result.value } : result;
}

/** An entry of a stored configuration that failed validation: kept aside as it was, never dropped. */
export interface SetAsideEntry {
  /** Key path of the entry in the document it came from: `waivers[3]`, `rules["bio/old"]`, `colour`. */
  path: string;
  /** Its problems, each with the key path inside the document. */
  problems: ConfigProblem[];
  /** Where it goes back when the configuration is written or exported. */
  key: string;
  /** The rule id for an entry of `rules`. */
  ruleId?: string;
  value: unknown;
}

export type PerEntryParseResult =
  | { ok: true; config: OrgConfig; setAside: SetAsideEntry[] }
  | { ok: false; problems: ConfigProblem[] };

const LIST_SCHEMAS = {
  accounts: configAccountSchema,
  parties: configPartySchema,
  ministries: configMinistrySchema,
  waivers: waiverSchema,
} as const;
type ListKey = keyof typeof LIST_SCHEMAS;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Validates a stored configuration entry by entry (issue 17, item 3): the valid accounts, parties,
 * ministries, waivers and rule settings are kept, every invalid one is set aside with its problems
 * (a waiver for a rule a later version dropped must not take the whole configuration with it).
 * Fails only when the document itself cannot be read: not an object, or another `version`.
 */
export function parseOrgConfigPerEntry(json: unknown, lang: Language = "nl"): PerEntryParseResult {
  const whole = parseOrgConfig(json, lang);
  if (whole.ok) return { ok: true, config: whole.config, setAside: [] };
  if (!isPlainObject(json) || json.version !== 1) return whole;

  const setAside: SetAsideEntry[] = [];
  const kept: Record<string, unknown> = { version: 1 };
  const check = (schema: z.ZodType, value: unknown, path: PropertyKey[]): ConfigProblem[] => {
    const result = safeParseWithProblems(schema, value, lang);
    if (result.ok) return [];
    return result.problems.map((problem) => ({
      ...problem,
      path:
        formatPath(path) +
        (problem.path === "" ? "" : problem.path.startsWith("[") ? problem.path : `.${problem.path}`),
    }));
  };
  for (const [key, value] of Object.entries(json)) {
    if (key === "version") continue;
    if (key in LIST_SCHEMAS && Array.isArray(value)) {
      const entries: unknown[] = [];
      value.forEach((entry, index) => {
        const problems = check(LIST_SCHEMAS[key as ListKey], entry, [key, index]);
        if (problems.length === 0) entries.push(entry);
        else setAside.push({ path: formatPath([key, index]), problems, key, value: entry });
      });
      kept[key] = entries;
    } else if (key === "rules" && isPlainObject(value)) {
      const rules: Record<string, unknown> = {};
      for (const [ruleId, setting] of Object.entries(value)) {
        const problems = check(orgConfigSchema.shape.rules, { [ruleId]: setting }, []);
        if (problems.length === 0) rules[ruleId] = setting;
        else setAside.push({ path: formatPath(["rules", ruleId]), problems, key, ruleId, value: setting });
      }
      kept.rules = rules;
    } else {
      const schema = (orgConfigSchema.shape as Record<string, z.ZodType>)[key];
      const problems = schema
        ? check(schema, value, [key])
        : [{ path: formatPath([key]), message: lang === "nl" ? "onbekende sleutel" : "unknown key" }];
      if (problems.length === 0) kept[key] = value;
      else setAside.push({ path: formatPath([key]), problems, key, value });
    }
  }
  // What remains can still fail as a whole: the same account twice. The later entry goes aside.
  const result = parseOrgConfig(kept, lang);
  if (result.ok) return { ok: true, config: result.config, setAside };
  const accounts = [...((kept.accounts as unknown[] | undefined) ?? [])];
  const duplicates = new Set(
    result.problems.flatMap((problem) => /^accounts\[(\d+)\]/.exec(problem.path)?.[1] ?? []).map(Number),
  );
  kept.accounts = accounts.filter((account, index) => {
    if (!duplicates.has(index)) return true;
    const problems = result.problems.filter((problem) => problem.path.startsWith(`accounts[${index}]`));
    setAside.push({ path: `accounts[${index}]`, problems, key: "accounts", value: account });
    return false;
  });
  const again = parseOrgConfig(kept, lang);
  return again.ok ? { ok: true, config: again.config, setAside } : again;
}

/** The configuration as a document again, with its set-aside entries put back where they were. */
export function withSetAside(config: OrgConfig, setAside: readonly SetAsideEntry[]): Record<string, unknown> {
  const restored: Record<string, unknown> = { ...config };
  for (const entry of setAside) {
    const current = restored[entry.key];
    if (entry.ruleId !== undefined) {
      const rules = { ...(current as Record<string, unknown>) };
      if (!(entry.ruleId in rules)) rules[entry.ruleId] = entry.value;
      restored.rules = rules;
    } else if (/\[\d+\]$/.test(entry.path)) {
      restored[entry.key] = [...((current as unknown[] | undefined) ?? []), entry.value];
    } else if (
      current === undefined ||
      (Array.isArray(current) && current.length === 0) ||
      (isPlainObject(current) && Object.keys(current).length === 0)
    ) {
      // A whole field that was not what it should be (a list that is no list): back as it was.
      restored[entry.key] = entry.value;
    }
  }
  return restored;
}
