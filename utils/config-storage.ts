/**
 * Where the organisation configuration (rules/config/schema.ts) lives in the extension, and how the
 * configuration that applies is put together:
 *
 * - local: what the user edits on the options page, imports and exports (`local:orgConfig`);
 * - managed: what the organisation pushes by policy (`browser.storage.managed`, key `config`,
 *   see docs/policy.md). Managed accounts, rules, parties and ministries win over local ones and
 *   cannot be changed by the user.
 *
 * Every value is validated entry by entry when read (`parseOrgConfigPerEntry`): valid entries are
 * used, invalid ones are set aside with a warning on the options page. Set-aside entries of the
 * user's configuration stay stored and are exported with the rest; a stored value that cannot be
 * read at all is never written over by an edit (only an explicit import replaces it), and export
 * gives it back as it is.
 */

import type { z } from "zod/mini";
import {
  type ConfigAccount,
  type ConfigProblem,
  type OrgConfig,
  type OrgConfigInput,
  parseOrgConfig,
  parseOrgConfigPerEntry,
  type SetAsideEntry,
  type Waiver,
  withSetAside,
} from "@/rules/config/schema";
import { mergeSelectorOverrides, selectorOverrideWarnings } from "@/rules/selector-overrides";
import { bareHandle, normalizeHandle } from "@/rules/text/handles";
import type { Localized } from "@/rules/types";
import {
  ACCOUNT_TYPES,
  type AccountType,
  invalidPairReason,
  type Language,
  PLATFORMS,
  type Platform,
} from "@/rules/vocabulary";
import { CHECKLIST_EVIDENCE_KEY, CHECKLIST_EVIDENCE_VERSION, provenAtByKind } from "./checklist-evidence";
import { loadChecklist, replaceChecklist } from "./checklist-storage";
import type { configWriteResultSchema, rememberResultSchema } from "./protocol";
import { LOCAL_CONFIG_KEY, MANAGED_CACHE_KEY, MANAGED_CONFIG_KEY } from "./storage-keys";

export const EMPTY_CONFIG: OrgConfig = { version: 1, accounts: [], rules: {}, parties: [], ministries: [] };

/**
 * The user's own configuration. Its shape is the file format, which carries its own `version`;
 * when that shape changes, bump `version` here and add `migrations[2]` converting the stored v1.
 */
export const localConfigItem = storage.defineItem<OrgConfig>(`local:${LOCAL_CONFIG_KEY}`, {
  version: 1,
  fallback: EMPTY_CONFIG,
});

export interface EffectiveConfig {
  /** Local and managed merged: what the checks use. */
  config: OrgConfig;
  /** The user's own part, as the options page edits it. */
  local: OrgConfig;
  /** The organisation's part, or null when there is no (valid) policy. */
  managed: OrgConfig | null;
  /** `configAccountKey` of every account that comes from the policy. */
  managedAccountKeys: Set<string>;
  managedRuleIds: Set<string>;
  /** Entries of the user's configuration that failed validation: not used, kept and exported. */
  setAside: SetAsideEntry[];
  warnings: Localized[];
}

/** How many problems a warning names; the rest are counted ("… en 49.990 meer"). */
export const MAX_PROBLEMS_IN_WARNING = 10;
/** The largest configuration file imported: above it the storage quota is near (10 MB in Chrome). */
export const MAX_IMPORT_CHARACTERS = 4 * 1024 * 1024;

/** What a write of the configuration says: stored, or the problems that kept it from being stored. */
export type ConfigWriteResult = z.infer<typeof configWriteResultSchema>;

/** What storing an account's type says (the panel's choice travels as a message, utils/protocol.ts). */
export type RememberResult = z.infer<typeof rememberResultSchema>;

/** "x:ministervws": one account, whatever the case or "@" of its handle. */
export function configAccountKey(platform: Platform, handle: string): string {
  return `${platform}:${normalizeHandle(handle)}`;
}

function partyKey(name: string): string {
  return name.trim().toLowerCase();
}

function waiverKey(waiver: Waiver): string {
  return [configAccountKey(waiver.platform, waiver.handle), waiver.rule, waiver.value].join("\n");
}

/** The entries of `preferred`, then those of `other` whose key `preferred` does not have. */
function unionBy<T>(preferred: readonly T[], other: readonly T[], key: (item: T) => string): T[] {
  const taken = new Set(preferred.map(key));
  return [...preferred, ...other.filter((item) => !taken.has(key(item)))];
}

/** Local and managed merged; managed wins per account, rule, party, ministry and template. */
export function mergeConfigs(local: OrgConfig, managed: OrgConfig | null): OrgConfig {
  if (!managed) return local;
  const accountKey = (account: ConfigAccount) => configAccountKey(account.platform, account.handle);
  const merged: OrgConfig = {
    version: 1,
    accounts: unionBy(managed.accounts, local.accounts, accountKey),
    rules: { ...local.rules, ...managed.rules },
    parties: unionBy(managed.parties, local.parties, (party) => partyKey(party.name)),
    ministries: unionBy(managed.ministries, local.ministries, (ministry) => ministry.code.toUpperCase()),
  };
  const organisation = managed.organisation ?? local.organisation;
  if (organisation) merged.organisation = organisation;
  if (local.templates || managed.templates) merged.templates = { ...local.templates, ...managed.templates };
  if (local.waivers || managed.waivers) {
    merged.waivers = unionBy(managed.waivers ?? [], local.waivers ?? [], waiverKey);
  }
  const selectorOverrides = mergeSelectorOverrides(local.selectorOverrides, managed.selectorOverrides);
  if (selectorOverrides) merged.selectorOverrides = selectorOverrides;
  return merged;
}

function formatCount(value: number, lang: Language): string {
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB").format(value);
}

/** The first MAX_PROBLEMS_IN_WARNING problems, and how many more there are. */
function problemSummary(problems: readonly ConfigProblem[], lang: Language = "nl"): string {
  const shown = problems
    .slice(0, MAX_PROBLEMS_IN_WARNING)
    .map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message));
  const rest = problems.length - shown.length;
  if (rest > 0)
    shown.push(lang === "nl" ? `… en ${formatCount(rest, "nl")} meer` : `… and ${formatCount(rest, "en")} more`);
  return shown.join("; ");
}

/**
 * A configuration read entry by entry in both languages: the usable part, the entries set aside
 * (in Dutch and English), or the problems of a document that cannot be read at all.
 */
function readPerEntry(
  json: unknown,
):
  | { ok: true; config: OrgConfig; setAside: SetAsideEntry[]; problems: Localized }
  | { ok: false; problems: Localized } {
  const nl = parseOrgConfigPerEntry(json, "nl");
  const en = parseOrgConfigPerEntry(json, "en");
  const problemsOf = (result: typeof nl) =>
    result.ok ? result.setAside.flatMap((entry) => entry.problems) : result.problems;
  const problems = { nl: problemSummary(problemsOf(nl), "nl"), en: problemSummary(problemsOf(en), "en") };
  return nl.ok ? { ok: true, config: nl.config, setAside: nl.setAside, problems } : { ok: false, problems };
}

type LocalRead =
  | { readable: true; config: OrgConfig; setAside: SetAsideEntry[]; warnings: Localized[] }
  | { readable: false; raw: unknown; config: OrgConfig; setAside: []; warnings: Localized[] };

async function readLocalConfig(): Promise<LocalRead> {
  const stored = await localConfigItem.getValue();
  const read = readPerEntry(stored);
  if (!read.ok) {
    return {
      readable: false,
      raw: stored,
      config: EMPTY_CONFIG,
      setAside: [],
      warnings: [
        {
          nl: `De opgeslagen configuratie kan niet worden gelezen en wordt niet gebruikt (${read.problems.nl}). Ze blijft bewaard: exporteer haar, herstel het bestand en importeer het opnieuw.`,
          en: `The stored configuration cannot be read and is not used (${read.problems.en}). It is kept: export it, repair the file and import it again.`,
        },
      ],
    };
  }
  if (read.setAside.length === 0) return { readable: true, config: read.config, setAside: [], warnings: [] };
  return {
    readable: true,
    config: read.config,
    setAside: read.setAside,
    warnings: [
      {
        nl: `${formatCount(read.setAside.length, "nl")} onderdelen van de opgeslagen configuratie zijn ongeldig en apart gezet: ze worden niet gebruikt, maar blijven bewaard en worden mee geëxporteerd. Herstel of verwijder ze in een export en importeer die opnieuw. ${read.problems.nl}`,
        en: `${formatCount(read.setAside.length, "en")} entries of the stored configuration are invalid and set aside: they are not used, but are kept and exported. Repair or remove them in an export and import it again. ${read.problems.en}`,
      },
    ],
  };
}

/** The policy's value in the managed area (read-only; see docs/policy.md). */
const managedConfigItem = storage.defineItem<unknown>(`managed:${MANAGED_CONFIG_KEY}`);

/** What the managed area holds under our key; undefined when there is no policy or no managed storage. */
async function readManagedValue(): Promise<unknown> {
  try {
    return (await managedConfigItem.getValue()) ?? undefined;
  } catch {
    // Firefox without a policy rejects ("Managed storage manifest not found"): nothing is managed.
    return undefined;
  }
}

/**
 * Calls `callback` with the policy's new value whenever it changes. Returns the function that
 * stops watching.
 */
function watchManagedValue(callback: (value: unknown) => void): () => void {
  try {
    return managedConfigItem.watch((value) => callback(value ?? undefined));
  } catch {
    // A browser without events for the managed area: its policy cannot change while it runs.
    return () => undefined;
  }
}

/** The policy's configuration from the managed area's raw value, validated. */
function parseManagedValue(raw: unknown): { config: OrgConfig | null; warnings: Localized[] } {
  if (raw === undefined || raw === null) return { config: null, warnings: [] };
  let json: unknown = raw;
  if (typeof raw === "string") {
    try {
      json = JSON.parse(raw);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        config: null,
        warnings: [
          {
            nl: `De configuratie van uw organisatie (beleid) is geen geldige JSON en wordt genegeerd: ${detail}`,
            en: `Your organisation's configuration (policy) is not valid JSON and is ignored: ${detail}`,
          },
        ],
      };
    }
  }
  const read = readPerEntry(json);
  if (read.ok && read.setAside.length === 0) return { config: read.config, warnings: [] };
  // A policy of which nothing valid is left is no policy at all (nothing shows as managed).
  const usable = read.ok && !isEmptyConfig(read.config) ? read.config : null;
  const warning: Localized = usable
    ? {
        nl: `Een deel van de configuratie van uw organisatie (beleid) is ongeldig en wordt genegeerd: ${read.problems.nl}`,
        en: `Part of your organisation's configuration (policy) is invalid and is ignored: ${read.problems.en}`,
      }
    : {
        nl: `De configuratie van uw organisatie (beleid) is ongeldig en wordt genegeerd: ${read.problems.nl}`,
        en: `Your organisation's configuration (policy) is invalid and is ignored: ${read.problems.en}`,
      };
  console.warn(`[Profielcheck] ${warning.en}`);
  return { config: usable, warnings: [warning] };
}

function isEmptyConfig(config: OrgConfig): boolean {
  return (
    config.accounts.length === 0 &&
    Object.keys(config.rules).length === 0 &&
    config.parties.length === 0 &&
    config.ministries.length === 0 &&
    !config.organisation &&
    !config.templates &&
    !config.waivers?.length &&
    !config.selectorOverrides
  );
}

/**
 * The last value read from the managed area. The first `storage.managed.get()` of a browser
 * session can take seconds (about 2.4 s in Chromium without a policy), so the content scripts are
 * answered from this copy at once; the background refreshes it when it starts and whenever the
 * policy changes, and the content scripts reload when it changes.
 */
export const managedCacheItem = storage.defineItem<{ value: unknown } | null>(`local:${MANAGED_CACHE_KEY}`, {
  version: 1,
  fallback: null,
});

/** Stores the policy's value in the cache when it differs from the cached one (content scripts reload then). */
async function cacheManagedValue(value: unknown): Promise<void> {
  const cached = await managedCacheItem.getValue();
  if (JSON.stringify(cached?.value) !== JSON.stringify(value)) await managedCacheItem.setValue({ value });
}

/** Reads the managed area and stores its value in the cache. Returns the value read. */
export async function refreshManagedCache(): Promise<unknown> {
  const value = await readManagedValue();
  await cacheManagedValue(value);
  return value;
}

/**
 * Keeps the cache of the policy fresh (called by the background): reads it ahead, so that the
 * first content script finds it, and stores every change. Returns the function that stops.
 */
export function keepManagedCacheFresh(): () => void {
  void refreshManagedCache();
  return watchManagedValue((value) => void cacheManagedValue(value));
}

/** The policy's configuration; absent when there is no policy or no managed storage at all. */
async function readManagedConfig(): Promise<{ config: OrgConfig | null; warnings: Localized[] }> {
  return parseManagedValue(await refreshManagedCache());
}

/** The policy's configuration as last read (see `managedCacheItem`), without waiting for the managed area. */
async function readCachedManagedConfig(): Promise<{ config: OrgConfig | null; warnings: Localized[] }> {
  return parseManagedValue((await managedCacheItem.getValue())?.value);
}

/** "x:ministervws" -> its platform and handle, or null when it is not an account key. */
function parseChoiceKey(key: string): { platform: Platform; handle: string } | null {
  const separator = key.indexOf(":");
  const platform = PLATFORMS.find((each) => each === key.slice(0, separator));
  const handle = key.slice(separator + 1).trim();
  return platform && handle ? { platform, handle } : null;
}

/**
 * Moves the account types the in-page panel used to store on their own (version 1 of
 * `local:accountChoices`) into the configuration's accounts; version 2 holds nothing. An account
 * already configured keeps its entry; choices without a handle or with an impossible
 * platform/type pair are dropped.
 */
async function moveAccountChoices(choices: unknown): Promise<Record<string, never>> {
  if (!choices || typeof choices !== "object" || Object.keys(choices).length === 0) return {};
  const local = await readLocalConfig();
  // A stored value that cannot be read is never written over; the choices wait for the next update.
  if (!local.readable) throw new Error("the stored configuration cannot be read");
  const { config } = local;
  const known = new Set(config.accounts.map((account) => configAccountKey(account.platform, account.handle)));
  const added: ConfigAccount[] = [];
  for (const [key, type] of Object.entries(choices)) {
    const account = parseChoiceKey(key);
    const accountType = ACCOUNT_TYPES.find((each) => each === type);
    if (!account || !accountType || invalidPairReason(account.platform, accountType)) continue;
    const accountKey = configAccountKey(account.platform, account.handle);
    if (known.has(accountKey)) continue;
    known.add(accountKey);
    added.push({ platform: account.platform, handle: account.handle, type: accountType });
  }
  if (added.length > 0) {
    await localConfigItem.setValue(
      withSetAside({ ...config, accounts: [...config.accounts, ...added] }, local.setAside) as OrgConfig,
    );
  }
  return {};
}

/**
 * Brings every stored item to its current shape. The background runs it once when the extension
 * is installed or updated; nothing else migrates, so no read waits for it. Each migration is a
 * versioned storage item's own (WXT runs those of the versions after the stored one, and records
 * the new version only when they succeed).
 */
export async function migrateStorage(): Promise<void> {
  // Defined here, not at the top: WXT starts an item's migrations wherever the item is defined.
  const accountChoicesItem = storage.defineItem<unknown, { v: number }>("local:accountChoices", {
    version: 2,
    migrations: { 2: moveAccountChoices },
  });
  const evidenceItem = storage.defineItem<unknown>(`local:${CHECKLIST_EVIDENCE_KEY}`, {
    version: CHECKLIST_EVIDENCE_VERSION,
    migrations: { 2: provenAtByKind },
  });
  // Each resolves once its item's migration has run.
  await Promise.all([accountChoicesItem.getValue(), evidenceItem.getValue()]);
  // Moved: the item is no longer needed. (Not moved: it waits, still at version 1.)
  if ((await accountChoicesItem.getMeta()).v === 2) await accountChoicesItem.removeValue({ removeMeta: true });
}

/**
 * The configuration that applies: the user's merged with the organisation's policy. `managed:
 * "cached"` takes the policy as last read instead of waiting for the managed area (for the
 * content scripts, which must not wait for it).
 */
export async function loadEffectiveConfig(
  { managed: managedSource }: { managed: "read" | "cached" } = { managed: "read" },
): Promise<EffectiveConfig> {
  const [local, managed] = await Promise.all([
    readLocalConfig(),
    managedSource === "cached" ? readCachedManagedConfig() : readManagedConfig(),
  ]);
  const config = mergeConfigs(local.config, managed.config);
  return {
    config,
    local: local.config,
    managed: managed.config,
    managedAccountKeys: new Set(
      managed.config?.accounts.map((account) => configAccountKey(account.platform, account.handle)),
    ),
    managedRuleIds: new Set(Object.keys(managed.config?.rules ?? {})),
    setAside: local.setAside,
    warnings: [...managed.warnings, ...local.warnings, ...selectorOverrideWarnings(config.selectorOverrides)],
  };
}

/**
 * Calls `callback` with the effective configuration whenever the local configuration or the policy
 * changes (in any tab or context). Returns the function that stops watching.
 */
export function watchEffectiveConfig(callback: (effective: EffectiveConfig) => void): () => void {
  let latestLoad = 0;
  const reload = () => {
    // Loads may finish out of order; only the newest one is reported.
    const load = ++latestLoad;
    void loadEffectiveConfig().then((effective) => {
      if (load === latestLoad) callback(effective);
    });
  };
  const unwatchLocal = localConfigItem.watch(reload);
  const unwatchManaged = watchManagedValue(reload);
  return () => {
    unwatchLocal();
    unwatchManaged();
  };
}

/**
 * Validates and stores the user's configuration in one write: invalid means nothing changes. The
 * entries set aside stay stored beside it; a stored value that cannot be read is not written over.
 */
export async function saveLocalConfig(config: OrgConfigInput, lang: Language = "nl"): Promise<ConfigWriteResult> {
  const parsed = parseOrgConfig(config, lang);
  if (!parsed.ok) return parsed;
  const current = await readLocalConfig();
  if (!current.readable) {
    return {
      ok: false,
      problems: [
        {
          path: "",
          message:
            lang === "nl"
              ? "de opgeslagen configuratie kan niet worden gelezen en wordt niet overschreven; exporteer en herstel haar, of importeer een nieuwe"
              : "the stored configuration cannot be read and is not written over; export and repair it, or import a new one",
        },
      ],
    };
  }
  // The checklist's progress is stored on its own (utils/checklist-storage.ts).
  const { checklist, ...rest } = parsed.config;
  if (checklist) await replaceChecklist(checklist);
  await localConfigItem.setValue(withSetAside(rest, current.setAside) as OrgConfig);
  return { ok: true };
}

/**
 * Replaces the user's configuration with the JSON `text` (entries set aside before go too: the
 * import is the repaired file); when it is invalid or too large, nothing changes.
 */
export async function importConfigJson(text: string, lang: Language = "nl"): Promise<ConfigWriteResult> {
  if (text.length > MAX_IMPORT_CHARACTERS) {
    const size = formatCount(Math.ceil(text.length / 1024), lang);
    const limit = formatCount(MAX_IMPORT_CHARACTERS / 1024, lang);
    return {
      ok: false,
      problems: [
        {
          path: "",
          message:
            lang === "nl"
              ? `het bestand is te groot (${size} KB; hoogstens ${limit} KB)`
              : `the file is too large (${size} KB; at most ${limit} KB)`,
        },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: "", message: `${lang === "nl" ? "geen geldige JSON" : "not valid JSON"}: ${detail}` }],
    };
  }
  const parsed = parseOrgConfig(json, lang);
  if (!parsed.ok) return parsed;
  try {
    // The checklist's progress is stored on its own (utils/checklist-storage.ts).
    const { checklist, ...rest } = parsed.config;
    if (checklist) await replaceChecklist(checklist);
    await localConfigItem.setValue(rest);
  } catch (error) {
    // The storage quota: say so instead of failing without a word.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: "", message: `${lang === "nl" ? "opslaan mislukt" : "could not be stored"}: ${detail}` }],
    };
  }
  return { ok: true };
}

/**
 * The user's configuration as a file, with the entries set aside where they were; importing it
 * gives the same configuration back. A stored value that cannot be read is exported as it is.
 */
export async function exportConfigJson(): Promise<string> {
  const local = await readLocalConfig();
  const document = local.readable ? withSetAside(local.config, local.setAside) : local.raw;
  // The checklist's progress travels with the configuration as its optional `checklist` key.
  const { progress } = await loadChecklist();
  const withProgress = progress.accounts.length > 0 || progress.cabinetChangeDate !== undefined;
  const exported = local.readable && withProgress ? { ...(document as object), checklist: progress } : document;
  return `${JSON.stringify(exported, null, 2)}\n`;
}

/**
 * Stores the type of an account the panel or popup asked about. An existing local entry gets the
 * new type and keeps its details; an account the organisation manages is never overwritten.
 */
export async function rememberAccount(platform: Platform, handle: string, type: AccountType): Promise<RememberResult> {
  const pairProblem = invalidPairReason(platform, type);
  if (pairProblem) return { ok: false, reason: { nl: pairProblem, en: pairProblem } };
  if (normalizeHandle(handle) === "") {
    return { ok: false, reason: { nl: "een account zonder handle", en: "an account without a handle" } };
  }
  const key = configAccountKey(platform, handle);
  // The policy as last read: a choice in the panel must not wait seconds for the managed area.
  const { local, managedAccountKeys } = await loadEffectiveConfig({ managed: "cached" });
  if (managedAccountKeys.has(key)) {
    return {
      ok: false,
      reason: {
        nl: "dit account wordt beheerd door uw organisatie",
        en: "this account is managed by your organisation",
      },
    };
  }
  const existing = local.accounts.find((account) => configAccountKey(account.platform, account.handle) === key);
  const accounts = existing
    ? local.accounts.map((account) => (account === existing ? { ...account, type } : account))
    : [...local.accounts, { platform, handle: bareHandle(handle), type }];
  const saved = await saveLocalConfig({ ...local, accounts });
  return saved.ok
    ? saved
    : { ok: false, reason: { nl: problemSummary(saved.problems), en: problemSummary(saved.problems) } };
}

/**
 * Records a deliberate deviation: the finding of `rule` on this account is accepted, with a
 * reason, for as long as the field keeps `value`. Stored in the user's configuration (and so
 * exported with it); a waiver for the same account, rule and value is replaced.
 */
export async function addWaiver(waiver: Omit<Waiver, "createdAt">, now = new Date()): Promise<ConfigWriteResult> {
  const { local } = await loadEffectiveConfig({ managed: "cached" });
  const same = (other: Waiver) =>
    other.platform === waiver.platform &&
    configAccountKey(other.platform, other.handle) === configAccountKey(waiver.platform, waiver.handle) &&
    other.rule === waiver.rule &&
    other.value === waiver.value;
  const waivers = [
    ...(local.waivers ?? []).filter((other) => !same(other)),
    { ...waiver, createdAt: now.toISOString() },
  ];
  return saveLocalConfig({ ...local, waivers });
}
