/**
 * The role a writer last chose per hybrid account ("platform:handle"), so the next message on that
 * account starts with it.
 */
import { normalizeHandle } from "@/rules/text/handles";
import { type Platform, ROLES, type Role } from "@/rules/vocabulary";

/** `storage.local` key; read and written directly, so this content script does not carry the storage library. */
const ROLES_KEY = "composerRoles";

async function storedRoles(): Promise<Record<string, unknown>> {
  const stored: unknown = (await browser.storage.local.get(ROLES_KEY))[ROLES_KEY];
  return typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
}

function roleKey(platform: Platform, handle: string): string {
  return `${platform}:${normalizeHandle(handle)}`;
}

export async function lastRole(platform: Platform, handle: string): Promise<Role | null> {
  const role = (await storedRoles())[roleKey(platform, handle)];
  return (ROLES as readonly unknown[]).includes(role) ? (role as Role) : null;
}

export async function rememberRole(platform: Platform, handle: string, role: Role): Promise<void> {
  await browser.storage.local.set({ [ROLES_KEY]: { ...(await storedRoles()), [roleKey(platform, handle)]: role } });
}
