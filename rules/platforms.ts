/**
 * A platform is one registration: what the engine, the command and the extension know about it
 * besides its adapter. The manifest's host permissions (wxt.config.ts), the content scripts'
 * `matches`, the avatar fetch's allowlist, the labels and the field limits are derived from here;
 * the browser part (adapter and selectors, and which page kind a URL is) is in utils/platforms/.
 * See docs/adding-a-platform.md.
 */
import type { AccountType, Platform } from "./vocabulary";

/** The length limits of a platform's text fields (evidence: docs/research/limits.md). */
export type FieldLimits = Readonly<Partial<Record<"displayName" | "bio", number>>>;

/** The pages the extension works on: a profile, or the form where it is edited. */
export type PageKind = "edit" | "profile";

export interface PlatformDescriptor {
  /** Its brand name, the same in both languages. */
  label: string;
  /** The hosts of its pages: where the content scripts run. */
  hosts: readonly string[];
  /**
   * The hosts its avatars are served from ("*." for any subdomain): the extension's only host
   * permissions, and the only hosts the background fetches an avatar from.
   */
  imageHosts: readonly string[];
  /** The account types that exist on it, each with its field limits (none known: an empty table). */
  accountTypes: Readonly<Partial<Record<AccountType, FieldLimits>>>;
}

// Plain data (no calls), so that a script which reads one entry drops the rest; in the order of the
// manifest's host permissions.
export const PLATFORM_DESCRIPTORS: Readonly<Record<Platform, PlatformDescriptor>> = {
  x: {
    label: "X",
    hosts: ["x.com", "twitter.com"],
    imageHosts: ["pbs.twimg.com"],
    accountTypes: { corporate: { displayName: 50, bio: 160 }, hybrid: { displayName: 50, bio: 160 } },
  },
  instagram: {
    label: "Instagram",
    hosts: ["www.instagram.com"],
    imageHosts: ["*.cdninstagram.com"],
    accountTypes: { corporate: { displayName: 30, bio: 150 }, hybrid: { displayName: 30, bio: 150 } },
  },
  facebook: {
    label: "Facebook",
    hosts: ["www.facebook.com"],
    imageHosts: ["*.fbcdn.net"],
    accountTypes: { corporate: { bio: 101 }, hybrid: { bio: 101 } },
  },
  linkedin: {
    label: "LinkedIn",
    hosts: ["www.linkedin.com"],
    imageHosts: ["media.licdn.com"],
    // A person's (hybrid) `bio` is the headline, a showcase page's `bio` its description.
    accountTypes: { hybrid: { displayName: 101, bio: 220 }, showcase: { displayName: 100, bio: 2000 } },
  },
};

/** Match patterns for a platform's pages: a content script's `matches`. */
export function pageMatches(platform: Platform): string[] {
  return PLATFORM_DESCRIPTORS[platform].hosts.map((host) => `https://${host}/*`);
}

/** Match patterns for every image host: the manifest's host permissions. */
export function imageHostMatches(): string[] {
  return Object.values(PLATFORM_DESCRIPTORS).flatMap((platform) =>
    platform.imageHosts.map((host) => `https://${host}/*`),
  );
}

/** Whether `hostname` is one of the platforms' image hosts ("*.fbcdn.net" covers its subdomains only). */
export function isImageHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return Object.values(PLATFORM_DESCRIPTORS).some((platform) =>
    platform.imageHosts.some((pattern) =>
      pattern.startsWith("*.") ? host.endsWith(pattern.slice(1)) : host === pattern,
    ),
  );
}
