/**
 * The content scripts' side of the checklist evidence: after a check of a configured account has
 * settled, its outcome goes to the background (utils/checklist-evidence.ts), which works out what
 * it proves and stores it. Only a message and a timer here, so the content scripts stay small.
 */
import type { ChecklistAccount } from "@/rules/checklist/evidence-kinds";
import type { CheckResult, RuleSetting } from "@/rules/engine";
import { sendToBackground } from "./protocol-client";

/** A quiet moment after the last change before a check counts: no message on every keystroke. */
const SETTLE_MS = 1500;
const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; signature: string }>();
const sent = new Map<string, string>();

/**
 * Sends the check of a configured account once the page has settled; the same outcome is not sent
 * twice. Called by the live check after every check of a configured account.
 */
export function recordChecklistEvidence(
  account: ChecklistAccount,
  result: CheckResult,
  url: string,
  ruleSettings: Readonly<Record<string, RuleSetting>> = {},
): void {
  const key = `${account.platform}:${account.handle.toLowerCase()}`;
  const findings = result.findings.map(({ rule, severity, message }) => ({ rule, severity, message }));
  const signature = JSON.stringify([url, result.evaluated, findings]);
  const waiting = pending.get(key);
  if (waiting) {
    if (waiting.signature === signature) return;
    clearTimeout(waiting.timer);
    pending.delete(key);
  }
  if (sent.get(key) === signature) return;
  const checkedAt = new Date().toISOString();
  const timer = setTimeout(() => {
    pending.delete(key);
    sent.set(key, signature);
    const request = {
      account: {
        platform: account.platform,
        type: account.type,
        handle: account.handle,
        predecessorArchive: account.predecessorArchive,
      },
      evidence: { checkedAt, url, evaluated: [...result.evaluated], findings },
      ruleSettings,
    };
    sendToBackground("profielcheck:record-checklist-evidence", request).catch(() => sent.delete(key));
  }, SETTLE_MS);
  pending.set(key, { timer, signature });
}
