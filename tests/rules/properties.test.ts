/**
 * Properties of the engine on arbitrary input: it never throws, every finding is a valid finding,
 * every range lies within the text it points into, and every fix can be applied.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../rules/catalog";
import { type CheckOptions, checkCase } from "../../rules/engine";
import { checkMessage } from "../../rules/message-engine";
import {
  type Account,
  type Case,
  type FieldName,
  type Finding,
  findingSchema,
  type MessageCase,
  messageFindingSchema,
  type Post,
  type Profile,
  ROLES,
} from "../../rules/schema";
import { VALID_PAIRS } from "./rule-tester";

const NUM_RUNS = 300;
/** A guard against a hang, not a timing assertion: 300 runs take seconds on a busy machine. */
const TIMEOUT_MS = 120_000;

/** Pieces that exercise the matchers: party names in disguise, links, mentions, separators. */
const PIECES = [
  "Minister van VWS",
  "Staatssecretaris",
  "Redactie: directie Communicatie",
  "beheerd door",
  "Ondersteund door",
  "Vragen?",
  "webcare",
  "9-17 uur",
  "VVD",
  "V.V.D.",
  "ＶＶＤ",
  "V\u200BVD",
  "\u0421DA",
  "#TeamVVD",
  "#",
  "@",
  "@SPnl",
  "@MinVWS",
  "DENK",
  "Denk mee",
  "230 volt",
  "CU later",
  "GroenLinks-PvdA",
  "partij",
  "lid van",
  "vvd.nl",
  "utrecht.cda.nl",
  "https://",
  "http://",
  "https://www.rijksoverheid.nl",
  "rijksoverheid.nl.example.org",
  "xn--rijksverheid-8fk.nl",
  "https://www.rijksoverheid.nl@evil.example",
  "/regering/bewindspersonen/",
  "😀",
  "👨‍👩‍👧",
  "\uD83D",
  "\uDE00",
  "e\u0301",
  "ﬁ",
  " ",
  ".",
  "-",
  "\n",
  "|",
];

const mixed = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(""));

const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(..."VvDd.-_ #@/:\u200BСDAvol".split("")), maxLength: 30 }),
  mixed,
);

/** Present, null or absent. */
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null, freq: 5 });

const profile: fc.Arbitrary<Profile> = fc.record(
  {
    displayName: maybe(text),
    handle: maybe(text),
    bio: maybe(text),
    links: maybe(fc.array(text, { maxLength: 4 })),
    avatar: maybe(fc.string({ maxLength: 10 })),
    verified: maybe(fc.boolean()),
  },
  { requiredKeys: [] },
);

const account: fc.Arbitrary<Account> = fc
  .tuple(
    fc.constantFrom(...VALID_PAIRS),
    fc.record(
      {
        handle: text,
        ministry: text,
        ministryHandle: text,
        minister: text,
        party: text,
        personalHandle: text,
        pageUrl: text,
        predecessorArchive: text,
      },
      { requiredKeys: [] },
    ),
  )
  .map(([[platform, type], details]) => ({ platform, type, ...details }));

const options: fc.Arbitrary<CheckOptions> = fc.record(
  {
    lang: fc.constantFrom("nl" as const, "en" as const),
    avatar: fc.oneof(
      fc.record({
        status: fc.constant("analysed" as const),
        detection: fc.record({
          outcome: fc.constantFrom("present" as const, "absent" as const, "uncertain" as const),
          confidence: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
      }),
      fc.record({ status: fc.constant("unreadable" as const), reason: fc.string({ minLength: 1 }) }),
    ),
  },
  { requiredKeys: [] },
);

/** The text a finding's range and fix refer to. */
function targetText(input: Case, finding: Finding): string | undefined {
  if (finding.field === "links") return input.profile.links?.[finding.index ?? 0];
  const value = input.profile[finding.field];
  return typeof value === "string" ? value : undefined;
}

function splitsSurrogatePair(value: string, at: number): boolean {
  const before = value.charCodeAt(at - 1);
  const after = value.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

describe("engine properties", () => {
  it(
    "never throws and reports only valid, in-range findings",
    () => {
      fc.assert(
        fc.property(account, profile, options, (acc, prof, opts) => {
          const input: Case = { account: acc, profile: prof };
          const result = checkCase(input, opts);
          for (const finding of result.findings) {
            expect(findingSchema.safeParse(finding).success, JSON.stringify(finding)).toBe(true);
            if (finding.field === "links" && finding.index !== undefined) {
              expect(finding.index).toBeLessThan(Math.max(prof.links?.length ?? 0, 1));
            }
            if (finding.start !== undefined && finding.end !== undefined) {
              const target = targetText(input, finding);
              expect(target, `${finding.rule} has a range into a known text`).toBeTypeOf("string");
              expect(finding.end).toBeLessThanOrEqual((target as string).length);
              expect(splitsSurrogatePair(target as string, finding.start)).toBe(false);
              expect(splitsSurrogatePair(target as string, finding.end)).toBe(false);
            }
            const fix = finding.fix;
            if (fix?.type === "replace") {
              const target = targetText(input, finding) ?? "";
              expect(fix.start).toBeLessThanOrEqual(fix.end);
              expect(fix.end).toBeLessThanOrEqual(target.length);
              const applied = target.slice(0, fix.start) + fix.text + target.slice(fix.end);
              expect(applied).toBeTypeOf("string");
            } else if (fix?.type === "setLink") {
              expect(fix.index).toBeLessThanOrEqual(prof.links?.length ?? 0);
            }
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "evaluates a rule only when all its fields are known",
    () => {
      fc.assert(
        fc.property(account, profile, options, (acc, prof, opts) => {
          const result = checkCase({ account: acc, profile: prof }, opts);
          for (const id of result.evaluated) {
            const rule = CATALOG.find((candidate) => candidate.meta.id === id);
            expect(rule?.meta.kinds, `${id} is a profile rule`).toBeUndefined();
            for (const field of (rule?.meta.fields ?? []) as readonly FieldName[]) {
              expect(prof[field] ?? null, `${id} ran without ${field}`).not.toBeNull();
              expect(result.fields[field].status).toBe("checked");
            }
          }
          for (const finding of result.findings) expect(result.evaluated).toContain(finding.rule);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "applying a fix of a text rule resolves that rule's finding",
    () => {
      const handleLike = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,14}$/);
      const realisticAccount: fc.Arbitrary<Account> = fc
        .tuple(
          fc.constantFrom(...VALID_PAIRS),
          fc.record(
            {
              ministry: fc.constantFrom("VWS", "BZK", "Financiën", "Lokale Zaken"),
              ministryHandle: handleLike,
              minister: fc.constantFrom("Fleur Agema", "Hugo de Jonge", "Mariëlle Paul", "Jan"),
              party: fc.constantFrom("PVV", "VVD", "DENK", "GroenLinks-PvdA", "Lijst Nieuw", "Volt"),
              predecessorArchive: handleLike,
            },
            { requiredKeys: [] },
          ),
        )
        .map(([[platform, type], details]) => ({ platform, type, ...details }));
      const fixable = new Set([
        "name/full-name",
        "bio/managed-by-ministry",
        "bio/webcare",
        "bio/ministry-account",
        "bio/ministry-support",
        "bio/party-support",
        "bio/predecessor-archive",
      ]);
      fc.assert(
        fc.property(realisticAccount, profile, (acc, prof) => {
          for (const finding of checkCase({ account: acc, profile: prof }).findings) {
            if (!fixable.has(finding.rule) || finding.fix?.type !== "replace") continue;
            const field = finding.field as "bio" | "displayName";
            const target = prof[field] ?? "";
            const fixed = target.slice(0, finding.fix.start) + finding.fix.text + target.slice(finding.fix.end);
            const after = checkCase({ account: acc, profile: { ...prof, [field]: fixed } });
            expect(
              after.findings.filter((other) => other.rule === finding.rule),
              `${finding.rule} after its fix: ${JSON.stringify(fixed)}`,
            ).toEqual([]);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

/** Pieces that exercise the post and reply rules: markers, pronouns, promotion, links, long sentences. */
const MESSAGE_PIECES = [
  "#TeamPVV",
  "#TeamPVVers",
  "TeamPVV",
  "#MinVWS",
  "@MinVWS",
  "-FA",
  "-FA.",
  "#ad",
  "#AD",
  "betaalde samenwerking",
  "Kunt u",
  "kunt u",
  "uw",
  "U",
  " u ",
  "9.00 u",
  "17u",
  "U-bocht",
  "u.",
  "'u'",
  "Stem op ",
  "stem #",
  "Ga stemmen!",
  "kies ",
  " op 29 oktober",
  "Bestel nu",
  "20% korting",
  "aanrader",
  "https://shop.example/p?utm_source=x&ref=y#top",
  "https://www.rijksoverheid.nl/?utm_source=x",
  "inzake",
  "vigerende",
  "the you your and",
  "woord woord woord woord woord woord woord woord woord woord woord woord woord",
  ". ",
  "! ",
];

const messageText = fc.oneof(
  text,
  fc
    .array(fc.oneof(fc.constantFrom(...MESSAGE_PIECES, ...PIECES), fc.string({ maxLength: 4 })), { maxLength: 16 })
    .map((parts) => parts.join("")),
);

const messageAccount: fc.Arbitrary<Account> = fc
  .tuple(
    fc.constantFrom(...VALID_PAIRS),
    fc.record(
      {
        party: fc.constantFrom("PVV", "VVD", "DENK", "GroenLinks-PvdA", "Lijst Nieuw", ""),
        ministryHandle: fc.constantFrom("MinVWS", "@MinBZK", ""),
        partyMarker: fc.oneof(fc.constantFrom("#TeamPVV", "#TeamVVD", ""), text),
        ministryMarker: fc.oneof(fc.constantFrom("#MinVWS", "^VWS"), text),
        ministerMarker: fc.oneof(fc.constantFrom("-FA", "-HdJ"), text),
        personalHandle: text,
      },
      { requiredKeys: [] },
    ),
  )
  .map(([[platform, type], details]) => ({ platform, type, ...details }));

const message: fc.Arbitrary<MessageCase> = fc
  .tuple(
    messageAccount,
    fc.constantFrom("post" as const, "reply" as const),
    fc.record(
      {
        text: messageText,
        role: fc.option(fc.constantFrom(...ROLES), { nil: null, freq: 4 }),
        inReplyTo: fc.option(messageText, { nil: null, freq: 4 }),
      },
      { requiredKeys: ["text"] },
    ),
  )
  .map(([acc, kind, post]) => ({ kind, account: acc, post: post as Post }));

describe("engine properties on posts and replies", () => {
  it(
    "never throws, runs only post/reply rules, and reports valid, in-range findings and fixes",
    () => {
      fc.assert(
        fc.property(message, fc.constantFrom("nl" as const, "en" as const), (input, lang) => {
          const result = checkMessage(input, { lang });
          const text = input.post.text;
          for (const id of result.evaluated) {
            const rule = CATALOG.find((candidate) => candidate.meta.id === id);
            expect(rule?.meta.kinds, `${id} reads ${input.kind}s`).toContain(input.kind);
          }
          for (const { rule } of result.notEvaluated) expect(result.evaluated).not.toContain(rule);
          for (const finding of result.findings) {
            expect(messageFindingSchema.safeParse(finding).success, JSON.stringify(finding)).toBe(true);
            expect(result.evaluated).toContain(finding.rule);
            if (finding.end !== undefined) {
              expect(finding.end).toBeLessThanOrEqual(text.length);
              expect(splitsSurrogatePair(text, finding.start as number)).toBe(false);
              expect(splitsSurrogatePair(text, finding.end)).toBe(false);
            }
            if (finding.fix?.type === "replace") {
              expect(finding.fix.start).toBeLessThanOrEqual(finding.fix.end);
              expect(finding.fix.end).toBeLessThanOrEqual(text.length);
            } else {
              expect(finding.fix).toBeUndefined();
            }
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "on a hybrid account without a role, the role-dependent rules say they were not checked",
    () => {
      fc.assert(
        fc.property(message, (input) => {
          const hybrid: MessageCase = {
            ...input,
            account: { ...input.account, platform: "x", type: "hybrid" },
            post: { ...input.post, role: null },
          };
          const result = checkMessage(hybrid);
          for (const rule of CATALOG) {
            if (!rule.meta.roles || !rule.meta.kinds?.includes(input.kind)) continue;
            expect(result.evaluated).not.toContain(rule.meta.id);
            expect(result.notEvaluated.map((entry) => entry.rule)).toContain(rule.meta.id);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "applying the fix of a marker rule adds a marker that the rule then finds",
    () => {
      const markerRules = new Set(["post/role-marker", "reply/responder-marker"]);
      fc.assert(
        fc.property(message, (input) => {
          for (const finding of checkMessage(input).findings) {
            if (!markerRules.has(finding.rule) || finding.fix?.type !== "replace") continue;
            const before = input.post.text;
            const fixed = before.slice(0, finding.fix.start) + finding.fix.text + before.slice(finding.fix.end);
            const after = checkMessage({ ...input, post: { ...input.post, text: fixed } });
            expect(
              after.findings.filter((other) => other.rule === finding.rule),
              `${finding.rule} after its fix: ${JSON.stringify(fixed)}`,
            ).toEqual([]);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
