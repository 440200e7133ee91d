/**
 * `profielcheck bio --config ORG.json --account PLATFORM:HANDLE`: the bio builder's proposals for
 * one configured account (rules/bio-builder.ts), as text or JSON. The account key is the pair the
 * configuration already keeps unique: platform and handle.
 */
import { type BioProposal, buildBios, describeChange } from "../rules/bio-builder";
import { checkOptionsFromConfig, findConfiguredAccount } from "../rules/config/apply";
import type { ConfigAccount, OrgConfig } from "../rules/config/schema";
import { type Account, type Language, PLATFORMS, type Platform } from "../rules/schema";
import { normalizeHandle } from "../rules/text/handles";

export const BIO_FORMATS = ["text", "json"] as const;

export type AccountLookup = { ok: true; account: ConfigAccount } | { ok: false; message: string };

/** The configured account named by `platform:handle` ("x:MinisterVWS", "@" optional). */
export function findAccountByKey(config: OrgConfig, key: string, lang: Language): AccountLookup {
  const match = /^([a-z]+):@?(\S+)$/.exec(key.trim());
  const known = config.accounts.map((account) => `${account.platform}:${normalizeHandle(account.handle)}`);
  const knownText = known.length > 0 ? known.join(", ") : lang === "nl" ? "geen" : "none";
  if (!match || !(PLATFORMS as readonly string[]).includes(match[1] as string)) {
    return {
      ok: false,
      message:
        lang === "nl"
          ? `--account ${key}: schrijf PLATFORM:HANDLE, bijvoorbeeld x:MinisterVWS (platform: ${PLATFORMS.join(", ")})`
          : `--account ${key}: write PLATFORM:HANDLE, e.g. x:MinisterVWS (platform: ${PLATFORMS.join(", ")})`,
    };
  }
  const account = findConfiguredAccount(config, match[1] as Platform, match[2]);
  if (account) return { ok: true, account };
  return {
    ok: false,
    message:
      lang === "nl"
        ? `--account ${key}: dit account staat niet in de configuratie (bekend: ${knownText})`
        : `--account ${key}: this account is not in the configuration (known: ${knownText})`,
  };
}

export function proposalsFor(
  config: OrgConfig,
  configured: ConfigAccount,
  lang: Language,
  current: { bio?: string; maxLength?: number },
): BioProposal[] {
  const options = checkOptionsFromConfig(config, lang);
  const account: Account = configured;
  return buildBios({
    account,
    ...(current.bio !== undefined ? { bio: current.bio } : {}),
    options: current.maxLength !== undefined ? { ...options, maxLength: { bio: current.maxLength } } : options,
  });
}

const VARIANT_NAMES: Record<Language, Record<BioProposal["variant"], string>> = {
  nl: { normal: "normaal", short: "kort" },
  en: { normal: "normal", short: "short" },
};

export function renderProposalsText(
  key: string,
  account: ConfigAccount,
  proposals: readonly BioProposal[],
  lang: Language,
): string {
  const nl = lang === "nl";
  const lines = [
    nl
      ? `Bio-voorstellen voor ${key} (${account.platform}, ${account.type})`
      : `Bio proposals for ${key} (${account.platform}, ${account.type})`,
  ];
  proposals.forEach((proposal, index) => {
    const count = proposal.limit === undefined ? `${proposal.count}` : `${proposal.count}/${proposal.limit}`;
    const status =
      proposal.remaining.length === 0
        ? nl
          ? "voldoet aan alle bio-regels"
          : "passes every bio rule"
        : nl
          ? "onvolledig"
          : "incomplete";
    lines.push(
      "",
      `${index + 1}. ${VARIANT_NAMES[lang][proposal.variant]}: ${count} ${nl ? "tekens" : "characters"}, ${status}`,
    );
    lines.push(`   ${proposal.bio.replace(/\n/g, "\n   ")}`);
    if (proposal.existing === "dropped") {
      lines.push(
        nl
          ? "   (de huidige bio paste er niet bij; opnieuw opgebouwd)"
          : "   (the current bio did not fit with it; built afresh)",
      );
    }
    for (const change of proposal.changes) lines.push(`   - ${describeChange(change)[lang]}`);
    for (const finding of proposal.remaining) lines.push(`   ! ${finding.rule}: ${finding.message}`);
  });
  return `${lines.join("\n")}\n`;
}

export function renderProposalsJson(key: string, account: ConfigAccount, proposals: readonly BioProposal[]): string {
  const document = {
    account: { key, platform: account.platform, type: account.type, handle: normalizeHandle(account.handle) },
    proposals: proposals.map((proposal) => ({
      variant: proposal.variant,
      bio: proposal.bio,
      count: proposal.count,
      limit: proposal.limit ?? null,
      complete: proposal.remaining.length === 0,
      existing: proposal.existing,
      changes: proposal.changes,
      remaining: proposal.remaining,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
