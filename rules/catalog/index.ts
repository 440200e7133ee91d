/** The rule catalog: every rule, in the order the reports list them. A test checks it is complete. */

import type { Rule } from "../types";
import { MESSAGE_RULES } from "./message-rules";
import { PROFILE_RULES } from "./profile-rules";

/** The profile rules, then the post and reply rules. */
export const CATALOG: readonly Rule[] = [...PROFILE_RULES, ...MESSAGE_RULES];

export function findRule(id: string): Rule | undefined {
  return CATALOG.find((rule) => rule.meta.id === id);
}
