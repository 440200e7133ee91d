/**
 * The content script's view of the organisation configuration and the user's language. The background validates it (so
 * the content scripts need no validation library) and hands it over; this client asks again
 * whenever the stored or managed configuration changes, and remembers the account types the user
 * chose in the panel until the configuration has them.
 */

import { checkOptionsFromConfig, findConfiguredAccount } from "@/rules/config/apply";
import type { Waiver } from "@/rules/config/schema";
import type { CheckOptions } from "@/rules/engine";
import type { Account } from "@/rules/schema";
import type { FieldSelectorOverrides } from "@/rules/selector-syntax";
import { normalizeHandle, sameHandle } from "@/rules/text/handles";
import type { AccountType, Language, Platform } from "@/rules/vocabulary";
import type { ConfigAnswer, WaiverRequest } from "./protocol";
import { sendToBackground } from "./protocol-client";
import { LANGUAGE_KEY, LOCAL_CONFIG_KEY, MANAGED_CACHE_KEY } from "./storage-keys";

const WATCHED_KEYS = [LOCAL_CONFIG_KEY, LANGUAGE_KEY, MANAGED_CACHE_KEY];

export interface ResolvedAccount {
  account: Account;
  /** Whether the account is in the configuration (as opposed to only chosen in the panel). */
  configured: boolean;
}

function key(platform: Platform, handle: string | null): string {
  return `${platform}:${normalizeHandle(handle ?? "")}`;
}

export class ConfigClient {
  private answer: ConfigAnswer | null = null;
  private readonly chosen = new Map<string, AccountType>();
  private optionsCache: { answer: ConfigAnswer; lang: Language; options: CheckOptions } | null = null;

  /** `onChange` is called whenever the configuration (or a choice) changes. */
  constructor(private readonly onChange: () => void) {}

  async load(): Promise<void> {
    try {
      this.answer = await sendToBackground("profielcheck:get-config", {});
    } catch {
      // The background may be restarting: keep what we had; the next change asks again.
    }
    this.onChange();
  }

  /**
   * Reloads on every change of the stored configuration, the language, or the copy of the policy
   * the background keeps (it refreshes that copy when the policy changes). Returns the stop function.
   */
  watch(): () => void {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === "local" && WATCHED_KEYS.some((key) => key in changes)) void this.load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }

  /** The account for this page: from the configuration, else the type chosen in the panel, else null. */
  resolve(platform: Platform, handle: string | null): ResolvedAccount | null {
    const configured = this.answer ? findConfiguredAccount(this.answer.config, platform, handle) : undefined;
    if (configured) return { account: configured, configured: true };
    const type = this.chosen.get(key(platform, handle));
    return type ? { account: { platform, type }, configured: false } : null;
  }

  /** The user's language (Dutch until the background has answered). */
  language(): Language {
    return this.answer?.language ?? "nl";
  }

  /** Remembers the choice at once and stores it in the configuration (through the background). */
  choose(platform: Platform, handle: string | null, type: AccountType): void {
    this.chosen.set(key(platform, handle), type);
    this.onChange();
    if (!handle) return;
    sendToBackground("profielcheck:remember-account", { platform, handle, accountType: type }).catch(() => undefined);
  }

  /** Engine options (parties, ministries, rule settings, fix sentences) for the configuration. */
  checkOptions(lang: Language): CheckOptions {
    if (!this.answer) return { lang };
    if (this.optionsCache?.answer !== this.answer || this.optionsCache.lang !== lang) {
      this.optionsCache = { answer: this.answer, lang, options: checkOptionsFromConfig(this.answer.config, lang) };
    }
    return this.optionsCache.options;
  }

  /** The organisation's selector overrides for the platform's adapter (which leaves out invalid ones). */
  selectorOverrides(platform: Platform): FieldSelectorOverrides | undefined {
    return this.answer?.config.selectorOverrides?.[platform];
  }

  waivers(platform: Platform, handle: string | null): Waiver[] {
    if (!handle || !this.answer) return [];
    return (this.answer.config.waivers ?? []).filter(
      (waiver) => waiver.platform === platform && sameHandle(waiver.handle, handle),
    );
  }

  recordWaiver(waiver: WaiverRequest): void {
    sendToBackground("profielcheck:add-waiver", waiver).catch(() => undefined);
  }
}
