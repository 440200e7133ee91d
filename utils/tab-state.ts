/**
 * The content script's answer to the popup's `GET_STATE_MESSAGE` (utils/protocol.ts): the state
 * of the check on its page, built from its last check.
 */
import type { CheckResult } from "@/rules/engine";
import { groupFindings } from "@/rules/group-findings";
import type { Finding, Profile } from "@/rules/schema";
import { type AccountType, FIELDS, type FieldName, type Language, type Platform } from "@/rules/vocabulary";
import { waiverValue } from "@/rules/waivers";
import type { FieldState, TabState } from "./protocol";

export interface TabStateInput {
  platform: Platform;
  handle: string | null;
  pageKind: "edit" | "profile";
  account: { type: AccountType; minister?: string | undefined; ministry?: string | undefined } | null;
  configured: boolean;
  /** The user said this is no minister's account; nothing is checked. */
  notMinister?: boolean;
  /** The last check, or null when none ran (account type unknown). */
  result: CheckResult | null;
  /** The profile the check read: each finding carries the value a waiver for it is recorded against. */
  profile?: Profile;
  /** Advice the user checked and found right ("Gecontroleerd, klopt"): counted nowhere, as on the panel. */
  isAcknowledged?(finding: Finding): boolean;
  lang: Language;
}

export function tabStateFromCheck(input: TabStateInput): TabState {
  const { result, lang } = input;
  const fields = {} as Record<FieldName, FieldState>;
  const notCheckedReasons: Partial<Record<FieldName, string>> = {};
  for (const field of FIELDS) {
    const status = result?.fields[field];
    if (!status || status.status === "not-checked") {
      fields[field] = "not-checked";
      if (status?.status === "not-checked") notCheckedReasons[field] = status.reason[lang];
    } else if (result.findings.some((finding) => finding.field === field)) {
      fields[field] = "findings";
    } else {
      fields[field] = status.status === "checked" ? "ok" : "not-applicable";
    }
  }
  const account = input.account && {
    type: input.account.type,
    ...(input.account.minister ? { minister: input.account.minister } : {}),
    ...(input.account.ministry ? { ministry: input.account.ministry } : {}),
  };
  return {
    platform: input.platform,
    handle: input.handle,
    pageKind: input.pageKind,
    account,
    configured: input.configured,
    ...(input.notMinister ? { notMinister: true as const } : {}),
    findings: (result ? groupFindings(result.findings) : []).flatMap((group) =>
      group.findings.map((finding) => {
        // The popup matches it against the waivers it reads itself, so it never counts with stale ones.
        const value = input.profile ? waiverValue(finding, input.profile) : undefined;
        const { rule, severity, field, message } = finding;
        return {
          rule,
          severity,
          field,
          message,
          cause: group.key,
          ...(value === undefined ? {} : { waiverValue: value }),
          ...(input.isAcknowledged?.(finding) ? { acknowledged: true } : {}),
        };
      }),
    ),
    fields,
    notCheckedReasons,
  };
}
