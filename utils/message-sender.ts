/**
 * Who may ask the background what. Every request comes from one of our content scripts: from this
 * extension, in a tab on one of the platforms' hosts. The platform follows from that host, and a
 * content script may only ask about its own platform.
 */
import type { OrgConfig } from "@/rules/config/schema";
import { PLATFORM_DESCRIPTORS } from "@/rules/platforms";
import { PLATFORMS, type Platform } from "@/rules/vocabulary";

/** The hosts the content scripts run on (their `matches`, from rules/platforms.ts), with their platform. */
export const PLATFORM_OF_HOST: Readonly<Record<string, Platform>> = Object.fromEntries(
  PLATFORMS.flatMap((platform) => PLATFORM_DESCRIPTORS[platform].hosts.map((host) => [host, platform])),
);

/** What the background needs to know of a message's sender (a subset of `runtime.MessageSender`). */
export interface Sender {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
}

/** The tab and platform of a content script of this extension, or null for any other sender. */
export function contentScriptSender(sender: Sender, ownId: string): { tabId: number; platform: Platform } | null {
  if (sender.id !== ownId || sender.tab?.id === undefined || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || !Object.hasOwn(PLATFORM_OF_HOST, url.hostname)) return null;
  return { tabId: sender.tab.id, platform: PLATFORM_OF_HOST[url.hostname] as Platform };
}

/**
 * The configuration as a content script on `platform` gets it: the accounts and waivers of that
 * platform only (the panel shows a waiver's reason, so the platform's waivers keep theirs).
 */
export function configForPlatform(
  config: OrgConfig,
  managedAccountKeys: Iterable<string>,
  platform: Platform,
): { config: OrgConfig; managedAccountKeys: string[] } {
  const scoped: OrgConfig = { ...config, accounts: config.accounts.filter((account) => account.platform === platform) };
  if (config.waivers) scoped.waivers = config.waivers.filter((waiver) => waiver.platform === platform);
  return {
    config: scoped,
    managedAccountKeys: [...managedAccountKeys].filter((key) => key.startsWith(`${platform}:`)),
  };
}
