/**
 * Every saved profile page with its adapter and the URL its header comment names. Pages the profile
 * adapters do not handle (the composers' timelines, posts and feeds) are the composer tests' own
 * (tests/composer/sites.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { facebookAdapter } from "@/utils/platforms/facebook";
import { FACEBOOK_SELECTORS } from "@/utils/platforms/facebook.selectors";
import { instagramAdapter } from "@/utils/platforms/instagram";
import { INSTAGRAM_SELECTORS } from "@/utils/platforms/instagram.selectors";
import { linkedInAdapter } from "@/utils/platforms/linkedin";
import { LINKEDIN_SELECTORS } from "@/utils/platforms/linkedin.selectors";
import type { PlatformAdapter } from "@/utils/platforms/types";
import { xAdapter } from "@/utils/platforms/x";
import { X_SELECTORS } from "@/utils/platforms/x.selectors";
import { FIXTURE_DIR } from "./fixture-page";

export const PLATFORMS = {
  x: { adapter: xAdapter, selectors: X_SELECTORS, badge: X_SELECTORS.verifiedBadge },
  instagram: { adapter: instagramAdapter, selectors: INSTAGRAM_SELECTORS, badge: INSTAGRAM_SELECTORS.profileVerified },
  linkedin: { adapter: linkedInAdapter, selectors: LINKEDIN_SELECTORS, badge: LINKEDIN_SELECTORS.verifiedIcon },
  facebook: { adapter: facebookAdapter, selectors: FACEBOOK_SELECTORS, badge: FACEBOOK_SELECTORS.verified },
} as const;

export type PlatformName = keyof typeof PLATFORMS;

export interface FixturePage {
  platform: PlatformName;
  /** Path under tests/fixtures/pages, e.g. "linkedin/profile.nl.html". */
  fixture: string;
  adapter: PlatformAdapter;
  url: string;
}

/** The URL in the fixture's header comment ("Fixture: https://…"). */
function urlOf(fixture: string): string {
  const url = readFileSync(`${FIXTURE_DIR}/${fixture}`, "utf8").match(/Fixture: (https:\/\/\S+)/)?.[1];
  if (!url) throw new Error(`${fixture}: the header comment names no "Fixture: https://…" URL`);
  return url;
}

export const FIXTURE_PAGES: FixturePage[] = (Object.keys(PLATFORMS) as PlatformName[]).flatMap((platform) =>
  readdirSync(`${FIXTURE_DIR}/${platform}`)
    .filter((file) => file.endsWith(".html"))
    .sort()
    .map((file) => {
      const fixture = `${platform}/${file}`;
      return { platform, fixture, adapter: PLATFORMS[platform].adapter, url: urlOf(fixture) };
    })
    .filter(({ adapter, url }) => adapter.pageKind(new URL(url)) !== null),
);
