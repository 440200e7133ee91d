/**
 * What the extension stores in `storage.local`, and the keys other modules share. Every item is
 * versioned (storage.defineItem), so a later change of shape migrates instead of losing a user's
 * settings. The organisation configuration itself lives in utils/config-storage.ts; the keys
 * shared with the content scripts are in utils/storage-keys.ts.
 */
import { type AccountType, LANGUAGES, type Language } from "@/rules/vocabulary";
import { LANGUAGE_KEY } from "./storage-keys";

/**
 * Account types chosen in the panel before the configuration existed, per "platform:handle".
 * Kept only so utils/config-storage.ts can move them into the configuration once.
 */
export const accountChoicesItem = storage.defineItem<Record<string, AccountType>>("local:accountChoices", {
  fallback: {},
  version: 1,
});

export const languageItem = storage.defineItem<Language>(`local:${LANGUAGE_KEY}`, { fallback: "nl", version: 1 });

/** The user's language; anything stored that is not a known language counts as Dutch, the default. */
export async function readLanguage(): Promise<Language> {
  const stored: unknown = await languageItem.getValue();
  return (LANGUAGES as readonly unknown[]).includes(stored) ? (stored as Language) : "nl";
}
