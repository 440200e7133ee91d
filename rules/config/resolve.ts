/**
 * Completing a case's account from the organisation configuration: the command's `--config` and
 * the tests resolve a case before the engines run it.
 */
import { type Account, accountSchema, type PartialAnyCase, type PartialCase } from "../schema";
import { normalizeHandle } from "../text/handles";
import type { Localized } from "../types";
import { findConfiguredAccount } from "./apply";
import { formatPath, type OrgConfig } from "./schema";

export type ResolveResult<C extends PartialAnyCase = PartialCase> =
  | { ok: true; case: Omit<C, "account"> & { account: Account } }
  | { ok: false; reason: Localized };

/**
 * Completes a case's account from the configuration entry that matches its platform and
 * `profile.handle` (a post or reply has no profile: its `account.handle` names the account); keys
 * given in the case win. Without an account type either way the account is unknown.
 */
export function resolveAccount<C extends PartialAnyCase>(
  partialCase: C,
  config: OrgConfig | undefined,
): ResolveResult<C> {
  const { platform } = partialCase.account;
  const handle = "post" in partialCase ? partialCase.account.handle : partialCase.profile.handle;
  const configured = config ? findConfiguredAccount(config, platform, handle) : undefined;
  const given = Object.fromEntries(Object.entries(partialCase.account).filter(([, value]) => value !== undefined));
  const merged = { ...configured, ...given };
  if (merged.type === undefined) {
    const who = handle ? `${platform}-account @${normalizeHandle(handle)}` : `${platform}-account zonder handle`;
    const whoEn = handle ? `${platform} account @${normalizeHandle(handle)}` : `${platform} account without a handle`;
    return {
      ok: false,
      reason: {
        nl: `onbekend account: ${who} staat niet in de configuratie en de case geeft geen account.type`,
        en: `unknown account: ${whoEn} is not in the configuration and the case gives no account.type`,
      },
    };
  }
  const account = accountSchema.safeParse(merged);
  if (!account.success) {
    const reason = account.error.issues
      .map((issue) => `account.${formatPath(issue.path)}: ${issue.message}`)
      .join("; ");
    return { ok: false, reason: { nl: reason, en: reason } };
  }
  return { ok: true, case: { ...partialCase, account: account.data } };
}
