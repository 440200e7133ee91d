/**
 * The user's language in `storage.local`. Like every stored item it is versioned
 * (storage.defineItem), so a later change of shape migrates instead of losing a user's settings;
 * the migrations run once, on install and update (`migrateStorage` in utils/config-storage.ts).
 * The organisation configuration itself lives in utils/config-storage.ts; the keys shared with the
 * content scripts are in utils/storage-keys.ts.
 */
import { LANGUAGES, type Language } from "@/rules/vocabulary";
import { LANGUAGE_KEY } from "./storage-keys";

export const languageItem = storage.defineItem<Language>(`local:${LANGUAGE_KEY}`, { fallback: "nl", version: 1 });

/** The user's language; anything stored that is not a known language counts as Dutch, the default. */
export async function readLanguage(): Promise<Language> {
  const stored: unknown = await languageItem.getValue();
  return (LANGUAGES as readonly unknown[]).includes(stored) ? (stored as Language) : "nl";
}
