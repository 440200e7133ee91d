/**
 * Selector overrides in the configuration (issue 9): the safe check without a DOM, the schema, the
 * warnings for ignored selectors, the merge of policy and user, and the managed schema.
 */
import { describe, expect, it } from "vitest";
import { parseOrgConfig } from "@/rules/config/schema";
import { describeSelectorProblem, mergeSelectorOverrides, selectorOverrideWarnings } from "@/rules/selector-overrides";
import { MAX_SELECTOR_LENGTH, OVERRIDABLE_FIELDS, selectorProblem, usableOverrides } from "@/rules/selector-syntax";
import managedSchema from "../../public/managed_schema.json";

const ACCEPTED = [
  'textarea[name="bio"]',
  '[role="dialog"][aria-modal="true"] textarea',
  "#layers div > textarea, input[name=url]",
  '[data-view-name="profile-top-card"] h1:first-child',
  'label:has(span) :is(textarea, [contenteditable="true"])',
  "li:nth-child(2n+1) a:not(.hidden)",
  "main section ~ section + div",
  'a[href^="https://l.instagram.com/?u="]',
  "input:not(:disabled)",
];

const REJECTED: [string, RegExp][] = [
  ["", /empty/],
  ["   ", /empty/],
  [`div${" div".repeat(MAX_SELECTOR_LENGTH)}`, /longer than/],
  ['div[style*="url(https://example.com/x.png)"]', /url\(/],
  ['a[href^="javascript:alert(1)"]', /script/],
  ["div{color:red}", /character '\{'/],
  ["div; color: red", /character ';'/],
  ["@import 'x'; div", /@import/],
  ["div /* comment */ span", /character '\/'/],
  ["\\75 rl(x)", /escapes/],
  ["p::before", /pseudo-elements/],
  ["a:hover", /:hover is not allowed/],
  ["div:contains(Fleur)", /:contains\( is not allowed/],
  ["div(x)", /parenthesis without a pseudo-class/],
  ["div:is((p))", /parenthesis without a pseudo-class/],
  ["div:not(p", /\( without \)/],
  ["div)", /\) without \(/],
  ['div[title="x]', /unclosed quote/],
  ["div[title", /\[ without \]/],
  ["div]", /\] without \[/],
  ["div[a[b]]", /\[ inside \[/],
  ['div "text"', /text outside/],
  ["div[data-x=a:b]", /unquoted ':'/],
  ["<script>", /script/],
];

describe("selectorProblem", () => {
  it.each(ACCEPTED)("accepts %s", (selector) => {
    expect(selectorProblem(selector)).toBeNull();
  });

  it.each(REJECTED)("rejects %j", (selector, reason) => {
    const problem = selectorProblem(selector);
    expect(problem).not.toBeNull();
    const text = describeSelectorProblem(problem ?? { code: "empty" });
    expect(text.en).toMatch(reason);
    expect(text.nl).not.toBe(text.en);
  });
});

describe("the configuration key", () => {
  it("accepts overrides per platform and field", () => {
    const result = parseOrgConfig({
      version: 1,
      selectorOverrides: { x: { bio: ['textarea[name="bio"]'] }, linkedin: { displayName: ["main h1"] } },
    });
    expect(result.ok && result.config.selectorOverrides).toEqual({
      x: { bio: ['textarea[name="bio"]'] },
      linkedin: { displayName: ["main h1"] },
    });
  });

  it("keeps an invalid selector in the configuration (so it is exported), and only warns", () => {
    const result = parseOrgConfig({ version: 1, selectorOverrides: { x: { bio: ["a:hover", "textarea"] } } });
    expect(result.ok).toBe(true);
  });

  it("rejects an unknown platform or field", () => {
    expect(parseOrgConfig({ version: 1, selectorOverrides: { mastodon: { bio: ["p"] } } }).ok).toBe(false);
    expect(parseOrgConfig({ version: 1, selectorOverrides: { x: { verified: ["svg"] } } }).ok).toBe(false);
    expect(parseOrgConfig({ version: 1, selectorOverrides: { x: { bio: "textarea" } } }).ok).toBe(false);
  });
});

describe("ignored selectors", () => {
  const overrides = {
    x: { bio: ["a:hover", "textarea", "p", "p", "p", "p"] },
    facebook: { links: ['a[href^="javascript:"]'] },
  };

  it("are named with their key path and reason, in Dutch and English", () => {
    expect(selectorOverrideWarnings(overrides)).toEqual([
      {
        nl: "Selector selectorOverrides.x.bio[0] wordt genegeerd: pseudo-klasse :hover is niet toegestaan",
        en: "Selector selectorOverrides.x.bio[0] is ignored: pseudo-class :hover is not allowed",
      },
      {
        nl: "Selector selectorOverrides.x.bio[5] wordt genegeerd: meer dan 5 selectors per veld",
        en: "Selector selectorOverrides.x.bio[5] is ignored: more than 5 selectors per field",
      },
      {
        nl: "Selector selectorOverrides.facebook.links[0] wordt genegeerd: url(, script of @import in de selector",
        en: "Selector selectorOverrides.facebook.links[0] is ignored: url(, script or @import in the selector",
      },
    ]);
    expect(selectorOverrideWarnings(undefined)).toEqual([]);
  });

  it("are left out of what the adapters get, the valid ones kept in order", () => {
    expect(usableOverrides(overrides.x)).toEqual({ bio: ["textarea", "p", "p", "p"] });
    expect(usableOverrides(overrides.facebook)).toEqual({});
    expect(usableOverrides(undefined)).toEqual({});
  });
});

describe("merging the policy's and the user's overrides", () => {
  it("lets the policy win per platform and field", () => {
    const local = { x: { bio: ["local-bio"], displayName: ["local-name"] }, instagram: { bio: ["ig"] } };
    const managed = { x: { bio: ["managed-bio"] } };
    expect(mergeSelectorOverrides(local, managed)).toEqual({
      x: { bio: ["managed-bio"], displayName: ["local-name"] },
      instagram: { bio: ["ig"] },
    });
    expect(mergeSelectorOverrides(undefined, undefined)).toBeUndefined();
  });
});

describe("public/managed_schema.json", () => {
  it("describes the overridable fields of every platform", () => {
    const schema = managedSchema.properties.config.properties.selectorOverrides;
    for (const platform of ["x", "instagram", "linkedin", "facebook"] as const) {
      expect(Object.keys(schema.properties[platform].properties).sort()).toEqual([...OVERRIDABLE_FIELDS].sort());
    }
  });
});
