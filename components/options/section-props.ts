import type { OrgConfigInput } from "@/rules/config/schema";
import type { Language } from "@/rules/vocabulary";
import type { ConfigWriteResult, EffectiveConfig } from "@/utils/config-storage";
import type { OptionsTranslate } from "./messages";

/** What every section of the options page gets from the page. */
export interface SectionProps {
  effective: EffectiveConfig;
  lang: Language;
  t: OptionsTranslate;
  /** Says `message` in the page's live region (save and import results). */
  announce(message: string): void;
  /** Validates and stores the user's configuration; the page then shows the new state. */
  saveLocal(next: OrgConfigInput): Promise<ConfigWriteResult>;
}
