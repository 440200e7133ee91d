/** The post and reply rules (rules.md, "Post and reply rules"), in the contract's order. */
import type { Rule } from "../types";
import postNoPaidPromotion from "./post/no-paid-promotion";
import postNoParty from "./post/no-party";
import postNoPromotion from "./post/no-promotion";
import postRoleMarker from "./post/role-marker";
import replyPlainLanguage from "./reply/plain-language";
import replyPolicyOnly from "./reply/policy-only";
import replyResponderMarker from "./reply/responder-marker";
import replyTutoyeren from "./reply/tutoyeren";

export const MESSAGE_RULES: readonly Rule[] = [
  postNoParty,
  postRoleMarker,
  replyResponderMarker,
  replyPolicyOnly,
  replyTutoyeren,
  replyPlainLanguage,
  postNoPaidPromotion,
  postNoPromotion,
] as Rule[];

export function findMessageRule(id: string): Rule | undefined {
  return MESSAGE_RULES.find((rule) => rule.meta.id === id);
}
