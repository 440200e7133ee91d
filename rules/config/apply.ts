/**
 * Using a parsed organisation configuration: engine options and account lookup. Kept apart from
 * the schemas in ./schema.ts so that code which only reads an already validated configuration
 * (the content scripts) does not carry the validation library.
 */

import { DEFAULT_COMMUNICATION_UNITS, MINISTRIES, type Ministry } from "../data/ministries";
import { PARTIES, type Party } from "../data/parties";
import type { CheckOptions } from "../engine";
import { siteDomain } from "../links/host";
import { sameHandle } from "../text/handles";
import { type Language, PLATFORMS, type Platform } from "../vocabulary";
import type { ConfigAccount, ConfigMinistry, ConfigParty, OrgConfig } from "./schema";

/** "Voorbeeld Partij!" -> "voorbeeld-partij": a lowercase ascii id like the built-in ones. */
function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function withoutPrefix(values: readonly string[] | undefined, prefix: string): string[] {
  return (values ?? []).map((value) => (value.startsWith(prefix) ? value.slice(prefix.length) : value));
}

function handlesWithoutAt(handles: Partial<Record<Platform, string[]>> | undefined): Party["handles"] {
  const result: Partial<Record<Platform, string[]>> = {};
  for (const platform of PLATFORMS) {
    const list = handles?.[platform];
    if (list) result[platform] = withoutPrefix(list, "@");
  }
  return result;
}

/** The configured parties in the engine's shape, with ids that collide with no other party. */
export function partiesFromConfig(parties: readonly ConfigParty[], existing: readonly Party[] = PARTIES): Party[] {
  const taken = new Set(existing.map((party) => party.id));
  return parties.map((party) => {
    const base = `org-${slug(party.name) || "partij"}`;
    let id = base;
    for (let counter = 2; taken.has(id); counter++) id = `${base}-${counter}`;
    taken.add(id);
    return {
      id,
      name: party.name,
      names: party.names ?? [],
      abbreviations: party.abbreviations ?? [],
      ambiguous: party.ambiguous ?? [],
      hashtags: withoutPrefix(party.hashtags, "#"),
      handles: handlesWithoutAt(party.handles),
      websites: (party.websites ?? []).map(siteDomain),
    };
  });
}

export function ministriesFromConfig(ministries: readonly ConfigMinistry[]): Ministry[] {
  return ministries.map((ministry) => ({
    code: ministry.code,
    aliases: ministry.aliases ?? [],
    name: ministry.name,
    portfolio: ministry.portfolio ?? ministry.name.replace(/^ministerie van\s+/i, ""),
    handles: handlesWithoutAt(ministry.handles),
    ...(ministry.communicationUnits ? { communicationUnits: ministry.communicationUnits } : {}),
  }));
}

/**
 * The ministries with the configuration's extra unit names put first (code or alias, any case): the
 * organisation's own name is the one its fixes write. Ministries without extra names stay as they are.
 */
export function withCommunicationUnits(
  ministries: readonly Ministry[],
  extra: Readonly<Record<string, readonly string[]>> | undefined,
): Ministry[] {
  if (!extra) return [...ministries];
  const byCode = new Map(Object.entries(extra).map(([code, units]) => [code.toLowerCase(), units]));
  return ministries.map((ministry) => {
    const added = [ministry.code, ...ministry.aliases].flatMap((code) => byCode.get(code.toLowerCase()) ?? []);
    if (added.length === 0) return ministry;
    const units = [...new Set([...added, ...(ministry.communicationUnits ?? DEFAULT_COMMUNICATION_UNITS)])];
    return { ...ministry, communicationUnits: units };
  });
}

/** Engine options for this configuration: built-in reference data plus the organisation's. */
export function checkOptionsFromConfig(config: OrgConfig, lang: Language = "nl"): CheckOptions {
  const options: CheckOptions = {
    lang,
    parties: [...PARTIES, ...partiesFromConfig(config.parties)],
    ministries: withCommunicationUnits(
      [...MINISTRIES, ...ministriesFromConfig(config.ministries)],
      config.communicationUnits,
    ),
    ruleSettings: config.rules,
  };
  if (config.templates) options.templates = config.templates;
  return options;
}

/** The configured account with this platform and handle (case-insensitive, "@" optional). */
export function findConfiguredAccount(
  config: OrgConfig,
  platform: Platform,
  handle: string | null | undefined,
): ConfigAccount | undefined {
  if (!handle) return undefined;
  return config.accounts.find((account) => account.platform === platform && sameHandle(account.handle, handle));
}
