/** One entry for any case (the rule tester's): a profile goes to the profile engine, a post or a reply to the message engine. */
import { type CheckOptions, type CheckResult, checkCase } from "./engine";
import { checkMessage, type MessageCheckResult } from "./message-engine";
import type { AnyCase, Case, MessageCase } from "./schema";
import { isMessageCase } from "./vocabulary";

/** Checks any case: a profile with the profile rules, a post or a reply with the message rules. */
export function checkAnyCase(input: Case, options?: CheckOptions): CheckResult;
export function checkAnyCase(input: MessageCase, options?: CheckOptions): MessageCheckResult;
export function checkAnyCase(input: AnyCase, options?: CheckOptions): CheckResult | MessageCheckResult;
export function checkAnyCase(input: AnyCase, options: CheckOptions = {}): CheckResult | MessageCheckResult {
  return isMessageCase(input) ? checkMessage(input, options) : checkCase(input, options);
}
