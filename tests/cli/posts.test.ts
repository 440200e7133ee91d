/**
 * `profielcheck check` on posts and replies (cli.md, "Posts and replies"): the same files, output
 * formats, exit codes and bad-input messages as for profiles.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findingSchema, messageFindingSchema } from "../../rules/schema";
import { REPO, runCli, tempDirectory } from "./helpers";

const POSTS = "examples/post-corporate-x.json";
const REPLIES = "examples/reply-hybrid-x.json";
const PROFILE = "examples/corporate-x-clean.json";

interface Entry {
  id: string;
  findings: { rule: string; severity: string; field: string; start?: number; end?: number }[];
  fields: Record<string, { status: string; reason?: string }>;
  notChecked?: { rule: string; reason: string }[];
}

function parse(stdout: string): Entry[] {
  return JSON.parse(stdout) as Entry[];
}

async function expectBadInput(file: Record<string, unknown>, pattern: RegExp, extraArgs: string[] = []) {
  const directory = tempDirectory({ "case.json": JSON.stringify(file) });
  const outcome = await runCli(["check", "case.json", ...extraArgs], { cwd: directory });
  expect(outcome.code).toBe(2);
  expect(outcome.stdout).toBe("");
  expect(outcome.stderr).toMatch(pattern);
  return outcome;
}

const ACCOUNT = { platform: "x", type: "hybrid", ministryHandle: "MinVWS", party: "PVV" };

describe("profielcheck check: posts and replies", () => {
  it("checks posts with the post rules: a party hashtag from the minister on a corporate account is an error", async () => {
    const { code, stdout, stderr } = await runCli(["check", POSTS, "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const [clean, campaign] = parse(stdout);
    expect(clean).toEqual({
      id: "minvws-post-werkbezoek",
      findings: [],
      fields: { text: { status: "checked" } },
      notChecked: [],
    });
    expect(campaign?.findings.map((finding) => finding.rule)).toEqual([
      "post/no-party",
      "post/no-party",
      "post/no-party",
    ]);
    for (const finding of campaign?.findings ?? []) {
      expect(messageFindingSchema.safeParse(finding).success).toBe(true);
      expect(finding.field).toBe("text");
    }
  });

  it("gives UTF-16 offsets into the text", async () => {
    const text = "😀 Mooi! #TeamVVD";
    const directory = tempDirectory({
      "post.json": JSON.stringify({ kind: "post", account: { platform: "x", type: "corporate" }, post: { text } }),
    });
    const { stdout } = await runCli(["check", "post.json", "--format", "json"], { cwd: directory });
    const finding = parse(stdout)[0]?.findings[0];
    expect(text.slice(finding?.start, finding?.end)).toBe("#TeamVVD");
  });

  it("says which rules it could not check on a hybrid reply without a role", async () => {
    const { stdout } = await runCli(["check", REPLIES, "--format", "json", "--lang", "en"]);
    const entries = parse(stdout);
    expect(entries.map((entry) => entry.id)).toEqual([
      "agema-reply-1",
      "agema-reply-formeel",
      "agema-reply-campagnevraag",
      "agema-reply-zonder-rol",
    ]);
    expect(entries[0]?.findings).toEqual([]);
    expect(entries[1]?.findings.map((finding) => finding.rule)).toEqual([
      "reply/tutoyeren",
      "reply/tutoyeren",
      "reply/plain-language",
      "reply/plain-language",
    ]);
    expect(entries[2]?.findings.map((finding) => finding.rule)).toEqual([
      "reply/responder-marker",
      "reply/policy-only",
    ]);
    expect(entries[3]?.notChecked?.map((entry) => entry.rule)).toEqual([
      "post/no-party",
      "reply/responder-marker",
      "reply/policy-only",
    ]);
    expect(entries[3]?.notChecked?.[0]?.reason).toMatch(/say who writes the message/);
  });

  it("mixes profiles and posts in one document and across files, in input order", async () => {
    const directory = tempDirectory({
      "mixed.json": JSON.stringify([
        { id: "p", kind: "profile", account: { platform: "x", type: "corporate" }, profile: { handle: "MinisterVWS" } },
        { id: "m", kind: "reply", account: ACCOUNT, post: { text: "Kunt u mailen? #MinVWS", role: "ministry" } },
      ]),
    });
    const { code, stdout } = await runCli(["check", "mixed.json", join(REPO, PROFILE), "--format", "json"], {
      cwd: directory,
    });
    expect(code).toBe(0);
    const [profile, reply, clean] = parse(stdout);
    expect(profile?.id).toBe("p");
    expect(Object.keys(profile?.fields ?? {})).toContain("handle");
    for (const finding of profile?.findings ?? []) expect(findingSchema.safeParse(finding).success).toBe(true);
    expect(reply?.findings).toEqual([expect.objectContaining({ rule: "reply/tutoyeren", field: "text" })]);
    expect(clean?.id).toBe("minvws-x");
  });

  it("reads a post from standard input", async () => {
    const stdin = JSON.stringify({
      kind: "post",
      account: { platform: "x", type: "corporate" },
      post: { text: "#ad" },
    });
    const { code, stdout } = await runCli(["check", "-", "--format", "json"], { stdin });
    expect(code).toBe(1);
    expect(parse(stdout)[0]).toMatchObject({ id: "stdin#0", findings: [{ rule: "post/no-paid-promotion" }] });
  });

  it("writes posts in the text report, in Dutch and English", async () => {
    const nl = await runCli(["check", REPLIES]);
    expect(nl.stdout).toContain("agema-reply-formeel  X · hybrid · reactie · rol ministry");
    expect(nl.stdout).toContain("reply/tutoyeren  De reactie spreekt de lezer aan met 'Kunt u'");
    expect(nl.stdout).toContain("niet gecontroleerd: reply/responder-marker");
    expect(nl.stdout).toMatch(/4 berichten gecontroleerd: 1 fout, 5 waarschuwingen, 0 adviezen\.\n$/);
    const en = await runCli(["check", REPLIES, join(REPO, PROFILE), "--lang", "en"]);
    expect(en.stdout).toContain("agema-reply-zonder-rol  X · hybrid · reply · role not given");
    expect(en.stdout).toMatch(/1 profile and 4 messages checked: /);
  });

  it("writes posts in the Markdown review report with their quotes and the rules not checked", async () => {
    const { stdout } = await runCli(["check", REPLIES, "--format", "markdown"]);
    expect(stdout).toContain("## agema-reply-formeel");
    expect(stdout).toContain("| Rol | ministry |");
    expect(stdout).toContain("| Tekst | Kunt u ons uw vraag inzake de vigerende regeling mailen? #MinVWS |");
    expect(stdout).toContain("`reply/tutoyeren` (text)");
    expect(stdout).toContain(
      "> De antwoorden zijn in begrijpelijke taal, meelevend en menselijk. Daarbij hoort ook tutoyeren.",
    );
    expect(stdout).toContain("- `reply/policy-only`: Niet gecontroleerd: geef aan wie het bericht schrijft");
  });
});

describe("profielcheck check: bad post and reply input", () => {
  it("refuses a post with kind profile", async () => {
    const { stderr } = await expectBadInput(
      { kind: "profile", account: ACCOUNT, post: { text: "x" } },
      /^case\.json: profile: /m,
    );
    expect(stderr).toMatch(/^case\.json: post: onbekende sleutel|^case\.json: : .*"post"/m);
  });

  it("refuses a profile with kind post or reply", async () => {
    await expectBadInput({ kind: "post", account: ACCOUNT, profile: { bio: "x" } }, /^case\.json: post: /m);
    await expectBadInput({ kind: "reply", account: ACCOUNT, profile: { bio: "x" } }, /^case\.json: post: /m);
  });

  it("refuses an unknown kind or role and a text that is no string, naming the key path", async () => {
    await expectBadInput(
      { kind: "story", account: ACCOUNT, post: { text: "x" } },
      /^case\.json: kind: onbekende waarde "story": kies "profile", "post", "reply"$/m,
    );
    await expectBadInput(
      { kind: "post", account: ACCOUNT, post: { text: "x", role: "pers" } },
      /^case\.json: post\.role: /m,
    );
    await expectBadInput({ kind: "post", account: ACCOUNT, post: { text: 42 } }, /^case\.json: post\.text: /m);
    await expectBadInput({ kind: "post", account: ACCOUNT, post: {} }, /^case\.json: post\.text: /m);
    const outcome = await expectBadInput(
      [
        { kind: "post", account: ACCOUNT, post: { text: "ok" } },
        { kind: "reply", account: ACCOUNT, post: { text: null } },
      ] as unknown as Record<string, unknown>,
      /^case\.json: \[1\]\.post\.text: /m,
    );
    expect(outcome.stderr).not.toMatch(/\[0\]/);
  });

  it("refuses a marker that is no string on a case or a configuration account", async () => {
    await expectBadInput(
      { kind: "post", account: { ...ACCOUNT, partyMarker: 1 }, post: { text: "x" } },
      /^case\.json: account\.partyMarker: /m,
    );
    const directory = tempDirectory({
      "config.json": JSON.stringify({
        version: 1,
        accounts: [{ platform: "x", handle: "fleuragema", type: "hybrid", ministerMarker: ["-FA"] }],
      }),
    });
    const outcome = await runCli(["check", join(REPO, POSTS), "--config", "config.json"], { cwd: directory });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^config\.json: accounts\[0\]\.ministerMarker: /m);
  });

  it("refuses the invalid platform/type pairs on posts too", async () => {
    await expectBadInput(
      { kind: "post", account: { platform: "linkedin", type: "corporate" }, post: { text: "x" } },
      /^case\.json: account\.type: linkedin \+ corporate bestaat niet/m,
    );
  });
});

describe("profielcheck check --config: posts and replies", () => {
  it("takes the account, its markers included, from the configuration by account.handle", async () => {
    const directory = tempDirectory({
      "config.json": JSON.stringify({
        version: 1,
        accounts: [
          {
            platform: "x",
            handle: "fleuragema",
            type: "hybrid",
            ministryHandle: "MinVWS",
            party: "PVV",
            partyMarker: "#TeamPVV",
            ministerMarker: "-FA",
          },
        ],
      }),
      "posts.json": JSON.stringify([
        {
          kind: "post",
          account: { platform: "x", handle: "@FleurAgema" },
          post: { text: "Wat een dag.", role: "minister" },
        },
        {
          kind: "post",
          account: { platform: "x", handle: "fleuragema" },
          post: { text: "Campagne! #TeamPVV", role: "party" },
        },
      ]),
    });
    const { code, stdout } = await runCli(["check", "posts.json", "--config", "config.json", "--format", "json"], {
      cwd: directory,
    });
    expect(code).toBe(1);
    const [minister, party] = parse(stdout);
    expect(minister?.findings).toEqual([
      expect.objectContaining({
        rule: "post/role-marker",
        severity: "error",
        fix: { type: "replace", start: 12, end: 12, text: " -FA" },
      }),
    ]);
    expect(party?.findings).toEqual([]);
  });

  it("refuses a post whose account is known neither way", async () => {
    const directory = tempDirectory({
      "posts.json": JSON.stringify({
        kind: "post",
        account: { platform: "x", handle: "onbekend" },
        post: { text: "x" },
      }),
    });
    const outcome = await runCli(["check", "posts.json", "--config", join(REPO, "examples/org-config.json")], {
      cwd: directory,
    });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^posts\.json: account: onbekend account: x-account @onbekend/m);
  });
});
