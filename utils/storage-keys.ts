/**
 * Keys in extension storage that several contexts read. Kept in a module of their own so the
 * content scripts can watch them without loading the storage helpers.
 */

/** `storage.local` key of the user's own organisation configuration. */
export const LOCAL_CONFIG_KEY = "orgConfig";
/** `storage.managed` key of the configuration an organisation pushes by policy. */
export const MANAGED_CONFIG_KEY = "config";
/** `storage.local` key of the last value read from the managed area (see utils/config-storage.ts). */
export const MANAGED_CACHE_KEY = "managedConfigCache";
/** `storage.local` key of the user's language. */
export const LANGUAGE_KEY = "language";
