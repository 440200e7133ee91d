/**
 * The engine for posts and replies: runs the message rules on one case. Apart from rules/engine.ts
 * (profiles) so that code that checks profiles only does not carry the message rules; the two
 * share the rule context, the rendering of findings and the configured severities.
 */
import { MESSAGE_RULES } from "./catalog/message-rules";
import { type CheckOptions, effectiveSeverity, type FieldStatus, ruleContext, runRule } from "./rule-run";
import type { MessageCase, MessageFinding } from "./schema";
import { isClearlyEnglish } from "./text/language";
import type { Localized, MessageView } from "./types";
import type { MessageFieldName } from "./vocabulary";

const ROLE_NOT_GIVEN: Localized = {
  nl: "Niet gecontroleerd: geef aan wie het bericht schrijft (ministerie, partij of bewindspersoon)",
  en: "Not checked: say who writes the message (ministry, party or minister)",
};

const ENGLISH_MESSAGE: Localized = {
  nl: "Niet gecontroleerd: het bericht is Engelstalig en deze regel gaat over Nederlandse taal",
  en: "Not checked: the message is in English and this rule is about Dutch",
};
const IN_REPLY_TO_NOT_GIVEN: Localized = {
  nl: "Niet gecontroleerd: het bericht waarop gereageerd wordt is niet bekend",
  en: "Not checked: the message being answered is not known",
};

export interface MessageCheckResult {
  findings: MessageFinding[];
  fields: Record<MessageFieldName, FieldStatus>;
  /** Ids of the rules that ran. */
  evaluated: string[];
  /** Rules that apply to this message but could not run, and why (a hybrid message without a role). */
  notEvaluated: { rule: string; reason: Localized }[];
}

/**
 * Checks a post or a reply with the message rules (rules.md, "Post and reply rules"). On corporate
 * and showcase accounts every message is held to the corporate rules, so its role counts as
 * "ministry"; on a hybrid account a message without a role leaves the role-dependent rules not
 * evaluated, and says so.
 */
export function checkMessage(input: MessageCase, options: CheckOptions = {}): MessageCheckResult {
  const { account, post } = input;
  const lang = options.lang ?? "nl";
  const message: MessageView = {
    kind: input.kind,
    text: post.text,
    role: account.type === "hybrid" ? (post.role ?? undefined) : "ministry",
    inReplyTo: input.kind === "reply" ? (post.inReplyTo ?? undefined) : undefined,
  };
  const context = ruleContext(account, {}, message, options);
  const findings: MessageFinding[] = [];
  const evaluated: string[] = [];
  const notEvaluated: MessageCheckResult["notEvaluated"] = [];
  let english: boolean | undefined;
  for (const rule of MESSAGE_RULES) {
    const { kinds, roles, dutchOnly, readsInReplyTo } = rule.meta;
    if (!kinds?.includes(message.kind)) continue;
    const severity = effectiveSeverity(rule, account, options);
    if (severity === undefined) continue;
    if (roles && account.type === "hybrid") {
      if (message.role === undefined) {
        notEvaluated.push({ rule: rule.meta.id, reason: ROLE_NOT_GIVEN });
        continue;
      }
      if (!roles.includes(message.role)) continue;
    }
    if (readsInReplyTo && message.inReplyTo === undefined) {
      notEvaluated.push({ rule: rule.meta.id, reason: IN_REPLY_TO_NOT_GIVEN });
      continue;
    }
    if (dutchOnly) {
      english ??= isClearlyEnglish(message.text);
      if (english) {
        notEvaluated.push({ rule: rule.meta.id, reason: ENGLISH_MESSAGE });
        continue;
      }
    }
    const run = runRule<"text">(rule, context, severity, lang);
    if ("failed" in run) {
      notEvaluated.push({ rule: rule.meta.id, reason: run.failed });
      continue;
    }
    evaluated.push(rule.meta.id);
    findings.push(...run.findings);
  }
  const text: FieldStatus = evaluated.length > 0 ? { status: "checked" } : { status: "not-applicable" };
  return { findings, fields: { text }, evaluated, notEvaluated };
}
