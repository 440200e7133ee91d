// @vitest-environment happy-dom
/**
 * Every selector key matches every fixture page its contract names (selector-contract.ts), and
 * every contract names at least one page: a key that matches nothing anywhere is dead.
 */
import { describe, expect, it } from "vitest";
import { fixtureDocument } from "./fixture-page";
import { FIXTURE_PAGES, PLATFORMS, type PlatformName } from "./fixture-pages";
import { FACEBOOK_CONTRACT, INSTAGRAM_CONTRACT, LINKEDIN_CONTRACT, X_CONTRACT } from "./selector-contract";
import { keyMatches, type SelectorEntry } from "./selector-match";

const CONTRACTS: Record<PlatformName, Record<string, readonly string[]>> = {
  x: X_CONTRACT,
  instagram: INSTAGRAM_CONTRACT,
  linkedin: LINKEDIN_CONTRACT,
  facebook: FACEBOOK_CONTRACT,
};

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);
}

const documents = new Map<string, Document>();
function documentOf(fixture: string): Document {
  let document = documents.get(fixture);
  if (!document) {
    document = fixtureDocument(fixture);
    documents.set(fixture, document);
  }
  return document;
}

const KEYS = (Object.keys(PLATFORMS) as PlatformName[]).flatMap((platform) =>
  Object.entries(PLATFORMS[platform].selectors).map(([key, entry]) => ({
    platform,
    key,
    entry: entry as SelectorEntry,
    pages: CONTRACTS[platform][key] ?? [],
  })),
);

describe.each(KEYS)("$platform selector $key", ({ platform, key, entry, pages }) => {
  it("matches every fixture page its contract names, and names at least one", () => {
    const fixtures = FIXTURE_PAGES.filter((page) => page.platform === platform).map((page) => page.fixture);
    const named = fixtures.filter((fixture) => pages.some((glob) => globToRegExp(glob).test(fixture)));
    expect(named, `the contract of ${platform}.${key} names no existing fixture page`).not.toEqual([]);
    const missed = named.filter((fixture) => !keyMatches(documentOf(fixture), key, entry));
    expect(missed).toEqual([]);
  });
});

it("every contract glob names an existing fixture page", () => {
  const fixtures = FIXTURE_PAGES.map((page) => page.fixture);
  const unused = Object.values(CONTRACTS)
    .flatMap((contract) => Object.values(contract).flat())
    .filter((glob) => !fixtures.some((fixture) => globToRegExp(glob).test(fixture)));
  expect(unused).toEqual([]);
});
