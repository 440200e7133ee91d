/**
 * Where the organisation configuration (rules/config.ts) lives in the extension, and how the
 * configuration that applies is put together:
 *
 * - local: what the user edits on the options page, imports and exports (`local:orgConfig`);
 * - managed: what the organisation pushes by policy (`browser.storage.managed`, key `config`,
 *   see docs/policy.md). Managed accounts, rules, parties and ministries win over local ones and
 *   cannot be changed by the user.
 *
 * Every value is validated with `orgConfigSchema` when read: a damaged or invalid value is ignored
 * with a warning, never trusted and never a crash.
 */
import {
  type ConfigAccount,
  type ConfigProblem,
  type OrgConfig,
  type OrgConfigInput,
  parseOrgConfig,
  type Waiver,
} from "@/rules/config";
import { normalizeHandle } from "@/rules/text/handles";
import type { Localized } from "@/rules/types";
import {
  ACCOUNT_TYPES,
  type AccountType,
  invalidPairReason,
  type Language,
  PLATFORMS,
  type Platform,
} from "@/rules/vocabulary";
import { loadChecklist, replaceChecklist } from "./checklist-storage";
import { accountChoicesItem } from "./storage";
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
  warnings: Localized[];
}

export type ConfigWriteResult = { ok: true } | { ok: false; problems: ConfigProblem[] };

export type RememberResult = { ok: true } | { ok: false; reason: Localized };

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
  return merged;
}

function problemSummary(problems: readonly ConfigProblem[]): string {
  return problems.map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message)).join("; ");
}

/** The problems of an invalid configuration, with their key paths, in both languages. */
function localizedProblems(json: unknown): Localized {
  const inLanguage = (lang: Language) => {
    const parsed = parseOrgConfig(json, lang);
    return parsed.ok ? "" : problemSummary(parsed.problems);
  };
  return { nl: inLanguage("nl"), en: inLanguage("en") };
}

async function readLocalConfig(): Promise<{ config: OrgConfig; warnings: Localized[] }> {
  const stored = await localConfigItem.getValue();
  const parsed = parseOrgConfig(stored);
  if (parsed.ok) return { config: parsed.config, warnings: [] };
  const problems = localizedProblems(stored);
  return {
    config: EMPTY_CONFIG,
    warnings: [
      {
        nl: `De opgeslagen configuratie is beschadigd en wordt genegeerd (${problems.nl}).`,
        en: `The stored configuration is damaged and is ignored (${problems.en}).`,
      },
    ],
  };
}

/** What the managed area holds under our key; undefined when there is no policy or no managed storage. */
async function readManagedValue(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get(MANAGED_CONFIG_KEY))[MANAGED_CONFIG_KEY];
  } catch {
    // Firefox without a policy rejects ("Managed storage manifest not found"): nothing is managed.
    return undefined;
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
  const parsed = parseOrgConfig(json);
  if (parsed.ok) return { config: parsed.config, warnings: [] };
  const problems = localizedProblems(json);
  const warning: Localized = {
    nl: `De configuratie van uw organisatie (beleid) is ongeldig en wordt genegeerd: ${problems.nl}`,
    en: `Your organisation's configuration (policy) is invalid and is ignored: ${problems.en}`,
  };
  console.warn(`[Profielcheck] ${warning.en}`);
  return { config: null, warnings: [warning] };
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

/**
 * Reads the managed area and stores its value in the cache when it differs from the cached one.
 * Returns the value read.
 */
export async function refreshManagedCache(): Promise<unknown> {
  const [value, cached] = await Promise.all([readManagedValue(), managedCacheItem.getValue()]);
  if (JSON.stringify(cached?.value) !== JSON.stringify(value)) await managedCacheItem.setValue({ value });
  return value;
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
 * Moves the account types the in-page panel used to store on their own (`local:accountChoices`)
 * into the configuration's accounts, then removes that item. An account already configured keeps
 * its entry; choices without a handle or with an impossible platform/type pair are dropped.
 */
async function migrateAccountChoices(): Promise<void> {
  const choices: unknown = await accountChoicesItem.getValue();
  if (!choices || typeof choices !== "object" || Object.keys(choices).length === 0) return;
  const { config } = await readLocalConfig();
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
  if (added.length > 0) await localConfigItem.setValue({ ...config, accounts: [...config.accounts, ...added] });
  await accountChoicesItem.removeValue();
}

/**
 * The configuration that applies: the user's merged with the organisation's policy. `managed:
 * "cached"` takes the policy as last read instead of waiting for the managed area (for the
 * content scripts, which must not wait for it).
 */
export async function loadEffectiveConfig(
  { managed: managedSource }: { managed: "read" | "cached" } = { managed: "read" },
): Promise<EffectiveConfig> {
  await migrateAccountChoices();
  const [local, managed] = await Promise.all([
    readLocalConfig(),
    managedSource === "cached" ? readCachedManagedConfig() : readManagedConfig(),
  ]);
  return {
    config: mergeConfigs(local.config, managed.config),
    local: local.config,
    managed: managed.config,
    managedAccountKeys: new Set(
      managed.config?.accounts.map((account) => configAccountKey(account.platform, account.handle)),
    ),
    managedRuleIds: new Set(Object.keys(managed.config?.rules ?? {})),
    warnings: [...managed.warnings, ...local.warnings],
  };
}

/**
 * Calls `callback` with the effective configuration whenever the local configuration or the policy
 * changes (in any tab or context). Returns the function that stops watching.
 */
export function watchEffectiveConfig(callback: (effective: EffectiveConfig) => void): () => void {
  let latestLoad = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    const relevant =
      (area === "local" && LOCAL_CONFIG_KEY in changes) || (area === "managed" && MANAGED_CONFIG_KEY in changes);
    if (!relevant) return;
    // Loads may finish out of order; only the newest one is reported.
    const load = ++latestLoad;
    void loadEffectiveConfig().then((effective) => {
      if (load === latestLoad) callback(effective);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Validates and stores the user's configuration in one write: invalid means nothing changes. */
export async function saveLocalConfig(config: OrgConfigInput, lang: Language = "nl"): Promise<ConfigWriteResult> {
  const parsed = parseOrgConfig(config, lang);
  if (!parsed.ok) return parsed;
  // The checklist's progress is stored on its own (utils/checklist-storage.ts).
  const { checklist, ...rest } = parsed.config;
  if (checklist) await replaceChecklist(checklist);
  await localConfigItem.setValue(rest);
  return { ok: true };
}

/** Replaces the user's configuration with the JSON `text`; when it is invalid, nothing changes. */
export async function importConfigJson(text: string, lang: Language = "nl"): Promise<ConfigWriteResult> {
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
  return saveLocalConfig(json as OrgConfigInput, lang);
}

/** The user's configuration as a file; importing it gives the same configuration back. */
export async function exportConfigJson(): Promise<string> {
  const { config } = await readLocalConfig();
  const { progress } = await loadChecklist();
  const withChecklist =
    progress.accounts.length > 0 || progress.cabinetChangeDate ? { ...config, checklist: progress } : config;
  return `${JSON.stringify(withChecklist, null, 2)}\n`;
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
    : [...local.accounts, { platform, handle: handle.trim().replace(/^@/, ""), type }];
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
