/**
 * The role a writer last chose per hybrid account ("platform:handle"), so the next message on that
 * account starts with it.
 */

import { MESSAGE_ROLES, type MessageRole } from "@/components/composer/ComposerCard";
import { normalizeHandle } from "@/rules/text/handles";
import type { Platform } from "@/rules/vocabulary";

export const composerRolesItem = storage.defineItem<Record<string, MessageRole>>("local:composerRoles", {
  fallback: {},
  version: 1,
});

function roleKey(platform: Platform, handle: string): string {
  return `${platform}:${normalizeHandle(handle)}`;
}

export async function lastRole(platform: Platform, handle: string): Promise<MessageRole | null> {
  const stored: Record<string, unknown> = await composerRolesItem.getValue();
  const role = stored[roleKey(platform, handle)];
  return (MESSAGE_ROLES as readonly unknown[]).includes(role) ? (role as MessageRole) : null;
}

export async function rememberRole(platform: Platform, handle: string, role: MessageRole): Promise<void> {
  const stored = await composerRolesItem.getValue();
  await composerRolesItem.setValue({ ...stored, [roleKey(platform, handle)]: role });
}
