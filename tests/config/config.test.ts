import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkOptionsFromConfig, findConfiguredAccount } from "../../rules/config/apply";
import { resolveAccount } from "../../rules/config/resolve";
import {
  configMinistrySchema,
  configPartySchema,
  type OrgConfig,
  orgConfigSchema,
  parseOrgConfig,
} from "../../rules/config/schema";
import { MINISTRIES } from "../../rules/data/ministries";
import { PARTIES } from "../../rules/data/parties";
import { checkCase } from "../../rules/engine";

const EXAMPLE = JSON.parse(readFileSync(new URL("../../examples/org-config.json", import.meta.url), "utf8"));

function parsed(json: unknown): OrgConfig {
  const result = parseOrgConfig(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

function problemsOf(json: unknown, lang: "nl" | "en" = "nl") {
  const result = parseOrgConfig(json, lang);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

const CONFIG = parsed({
  version: 1,
  accounts: [
    {
      platform: "x",
      handle: "@MinisterVWS",
      type: "corporate",
      ministry: "VWS",
      ministryHandle: "MinVWS",
      minister: "Fleur Agema",
    },
    { platform: "instagram", handle: "ministervws", type: "corporate", ministry: "VWS" },
  ],
});

describe("orgConfigSchema", () => {
  it("accepts the example configuration and the minimal one", () => {
    const config = parsed(EXAMPLE);
    expect(config.accounts).toHaveLength(3);
    expect(parsed({ version: 1 })).toEqual({ version: 1, accounts: [], rules: {}, parties: [], ministries: [] });
  });

  it("accepts templates and waivers", () => {
    const config = parsed({
      version: 1,
      templates: { webcare: "Vragen? Mail ons." },
      waivers: [
        {
          platform: "x",
          handle: "MinPres",
          rule: "name/full-name",
          value: "Minister-president",
          reason: "Besluit directie Communicatie",
          createdAt: "2026-11-01",
        },
      ],
    });
    expect(config.waivers).toHaveLength(1);
  });

  it("names the key path of every problem", () => {
    const problems = problemsOf({
      version: 2,
      accounts: [
        { platform: "x", handle: "MinPres", type: "corporate" },
        { platform: "x", type: "hybrid" },
        { platform: "linkedin", handle: "a", type: "corporate", colour: "blue" },
      ],
      rules: { "bio/webcare": "loud", "bio/nope": "off" },
      parties: [{ abbreviations: ["X"] }, { name: "P", abbreviations: ["PP"], ambiguous: ["Q"] }],
      ministries: [{ code: "NEW" }],
      templates: { signature: "x" },
      waivers: [{ platform: "x", handle: "a", rule: "bio/nope", value: "", reason: " " }],
      extra: true,
    });
    const paths = problems.map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "version",
        "accounts[1].handle",
        "accounts[2].type",
        "accounts[2].colour",
        'rules["bio/webcare"]',
        'rules["bio/nope"]',
        "parties[0].name",
        "parties[1].ambiguous[0]",
        "ministries[0].name",
        "templates.signature",
        "waivers[0].rule",
        "waivers[0].reason",
        "extra",
      ]),
    );
    expect(problems.find((p) => p.path === 'rules["bio/nope"]')?.message).toMatch(/onbekende regel "bio\/nope"/);
    expect(problems.find((p) => p.path === "accounts[2].type")?.message).toMatch(/linkedin \+ corporate bestaat niet/);
  });

  // Issue 17, item 1: an abbreviation without a Latin letter made the engine loop forever; one
  // without any letter or digit could only match the empty string.
  it("refuses reference spellings without a letter or digit, naming the path", () => {
    const problems = problemsOf({
      version: 1,
      parties: [{ name: "Voorbeeldpartij", abbreviations: ["VBP", "🎉"], hashtags: ["—"], handles: { x: ["@"] } }],
      ministries: [{ code: "...", name: "Ministerie van Voorbeelden", aliases: ["\u200B"] }],
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      "parties[0].abbreviations[1]",
      "parties[0].hashtags[0]",
      "parties[0].handles.x[0]",
      "ministries[0].code",
      "ministries[0].aliases[0]",
    ]);
    expect(problems[0]?.message).toBe('"🎉" bevat geen letter of cijfer en kan dus nergens in herkend worden');
    expect(problemsOf({ version: 1, parties: [{ name: "—" }] }, "en")[0]?.message).toMatch(/no letter or digit/);
  });

  it("accepts spellings in any script", () => {
    expect(parsed({ version: 1, parties: [{ name: "Voorbeeldpartij", abbreviations: ["حزب"] }] }).parties).toHaveLength(
      1,
    );
  });

  it("holds the built-in reference data to the same rules", () => {
    for (const { id: _id, ...party } of PARTIES) {
      const result = configPartySchema.safeParse(party);
      expect(result.error?.issues ?? [], party.name).toEqual([]);
    }
    for (const { formerNames: _formerNames, ...ministry } of MINISTRIES) {
      const result = configMinistrySchema.safeParse(ministry);
      expect(result.error?.issues ?? [], ministry.code).toEqual([]);
    }
  });

  it("gives messages in English", () => {
    const problems = problemsOf({ version: 1, rules: { "bio/nope": "off" }, accounts: [{ platform: "x" }] }, "en");
    expect(problems).toContainEqual({ path: 'rules["bio/nope"]', message: expect.stringMatching(/^unknown rule/) });
    expect(problems).toContainEqual({ path: "accounts[0].handle", message: expect.stringMatching(/^missing/) });
  });

  it("refuses the same account twice", () => {
    const problems = problemsOf({
      version: 1,
      accounts: [
        { platform: "x", handle: "MinPres", type: "corporate" },
        { platform: "x", handle: "@minpres", type: "corporate" },
      ],
    });
    expect(problems).toEqual([{ path: "accounts[1].handle", message: expect.stringContaining("@minpres") }]);
  });

  it("round-trips: a parsed configuration is valid input again", () => {
    const config = parsed(EXAMPLE);
    expect(orgConfigSchema.parse(JSON.parse(JSON.stringify(config)))).toEqual(config);
  });
});

describe("checkOptionsFromConfig", () => {
  it("adds the configured parties and ministries to the built-in ones", () => {
    const config = parsed({
      ...EXAMPLE,
      parties: [
        {
          name: "Voorbeeldpartij",
          hashtags: ["#TeamVBP"],
          handles: { x: ["@vbp"] },
          websites: ["https://www.VBP.nl/"],
        },
        { name: "Voorbeeldpartij" },
      ],
      ministries: [{ code: "DIG", name: "Ministerie van Digitale Zaken" }],
    });
    const options = checkOptionsFromConfig(config, "en");
    expect(options.lang).toBe("en");
    expect(options.parties).toHaveLength(PARTIES.length + 2);
    expect(options.parties?.slice(-2)).toEqual([
      {
        id: "org-voorbeeldpartij",
        name: "Voorbeeldpartij",
        names: [],
        abbreviations: [],
        ambiguous: [],
        hashtags: ["TeamVBP"],
        handles: { x: ["vbp"] },
        websites: ["vbp.nl"],
      },
      expect.objectContaining({ id: "org-voorbeeldpartij-2" }),
    ]);
    expect(options.ministries).toHaveLength(MINISTRIES.length + 1);
    expect(options.ministries?.at(-1)).toEqual({
      code: "DIG",
      aliases: [],
      name: "Ministerie van Digitale Zaken",
      portfolio: "Digitale Zaken",
      handles: {},
    });
    expect(options.ruleSettings).toEqual(EXAMPLE.rules);
    expect(options.templates).toEqual(EXAMPLE.templates);
  });

  it("lets the engine find an extra party", () => {
    const options = checkOptionsFromConfig(parsed(EXAMPLE), "nl");
    const result = checkCase(
      { account: { platform: "x", type: "corporate" }, profile: { bio: "Minister van VWS namens de VBP" } },
      options,
    );
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: "bio/no-party" }));
  });
});

describe("resolveAccount", () => {
  it("takes the account from the entry with the same platform and handle, ignoring case and @", () => {
    const result = resolveAccount({ account: { platform: "x" }, profile: { handle: "ministervws" } }, CONFIG);
    expect(result).toEqual({
      ok: true,
      case: {
        account: {
          platform: "x",
          handle: "@MinisterVWS",
          type: "corporate",
          ministry: "VWS",
          ministryHandle: "MinVWS",
          minister: "Fleur Agema",
        },
        profile: { handle: "ministervws" },
      },
    });
  });

  it("keeps the keys the case gives", () => {
    const result = resolveAccount(
      {
        id: "a",
        account: { platform: "x", type: "hybrid", minister: "Iemand Anders" },
        profile: { handle: "@MINISTERVWS" },
      },
      CONFIG,
    );
    expect(result.ok && result.case.account).toMatchObject({
      type: "hybrid",
      minister: "Iemand Anders",
      ministry: "VWS",
    });
    expect(result.ok && result.case.id).toBe("a");
  });

  it("matches on platform too", () => {
    const result = resolveAccount({ account: { platform: "facebook" }, profile: { handle: "MinisterVWS" } }, CONFIG);
    expect(result.ok).toBe(false);
  });

  it("reports an unknown account in both languages", () => {
    const result = resolveAccount({ account: { platform: "x" }, profile: { handle: "@Onbekend" } }, CONFIG);
    expect(result).toEqual({
      ok: false,
      reason: {
        nl: expect.stringMatching(/^onbekend account: x-account @onbekend/),
        en: expect.stringMatching(/^unknown account/),
      },
    });
    expect(resolveAccount({ account: { platform: "x" }, profile: {} }, CONFIG).ok).toBe(false);
  });

  it("accepts a complete account without a configuration", () => {
    const result = resolveAccount({ account: { platform: "x", type: "hybrid" }, profile: {} }, undefined);
    expect(result).toEqual({ ok: true, case: { account: { platform: "x", type: "hybrid" }, profile: {} } });
  });
});

describe("findConfiguredAccount", () => {
  it("finds by platform and handle", () => {
    expect(findConfiguredAccount(CONFIG, "instagram", "@MinisterVWS")?.handle).toBe("ministervws");
    expect(findConfiguredAccount(CONFIG, "x", "MinisterVWSpers")).toBeUndefined();
    expect(findConfiguredAccount(CONFIG, "x", null)).toBeUndefined();
  });
});
