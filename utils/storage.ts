/**
 * What the extension stores, all versioned (storage.defineItem) so a later change of shape
 * migrates instead of losing a user's choices. Validated with zod on read: a damaged value is
 * ignored, never trusted.
 */
// zod/mini: the same schemas, tree-shakable, so the content scripts stay small.
import { z } from "zod/mini";
import { ACCOUNT_TYPES, type AccountType, LANGUAGES, type Platform } from "@/rules/vocabulary";

const accountTypeSchema = z.enum(ACCOUNT_TYPES);
const languageSchema = z.enum(LANGUAGES);

/** Account types the user chose in the panel, per "platform:handle" (handle in lower case). */
const accountChoicesSchema = z.record(z.string(), accountTypeSchema);
export type AccountChoices = z.infer<typeof accountChoicesSchema>;

export const accountChoicesItem = storage.defineItem<AccountChoices>("local:accountChoices", {
  fallback: {},
  version: 1,
});

export const languageItem = storage.defineItem<z.infer<typeof languageSchema>>("local:language", {
  fallback: "nl",
  version: 1,
});

export function accountKey(platform: Platform, handle: string | null): string {
  return `${platform}:${(handle ?? "").replace(/^@/, "").toLowerCase()}`;
}

export async function readAccountChoices(): Promise<AccountChoices> {
  const parsed = accountChoicesSchema.safeParse(await accountChoicesItem.getValue());
  return parsed.success ? parsed.data : {};
}

export async function rememberAccountType(platform: Platform, handle: string | null, type: AccountType): Promise<void> {
  const choices = await readAccountChoices();
  await accountChoicesItem.setValue({ ...choices, [accountKey(platform, handle)]: type });
}

export async function readLanguage(): Promise<z.infer<typeof languageSchema>> {
  const parsed = languageSchema.safeParse(await languageItem.getValue());
  return parsed.success ? parsed.data : "nl";
}
