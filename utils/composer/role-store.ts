/**
 * The role a writer last chose per hybrid account ("platform:handle"), so the next message on that
 * account starts with it.
 */
import { normalizeHandle } from "@/rules/text/handles";
import { type Platform, ROLES, type Role } from "@/rules/vocabulary";

export const composerRolesItem = storage.defineItem<Record<string, Role>>("local:composerRoles", {
  fallback: {},
  version: 1,
});

function roleKey(platform: Platform, handle: string): string {
  return `${platform}:${normalizeHandle(handle)}`;
}

export async function lastRole(platform: Platform, handle: string): Promise<Role | null> {
  const stored: Record<string, unknown> = await composerRolesItem.getValue();
  const role = stored[roleKey(platform, handle)];
  return (ROLES as readonly unknown[]).includes(role) ? (role as Role) : null;
}

export async function rememberRole(platform: Platform, handle: string, role: Role): Promise<void> {
  const stored = await composerRolesItem.getValue();
  await composerRolesItem.setValue({ ...stored, [roleKey(platform, handle)]: role });
}
