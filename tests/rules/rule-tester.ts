/**
 * An ESLint-RuleTester-like helper for the profile rules. Every case goes through the ENGINE
 * (`checkCase`), so severities, "not evaluated" semantics and message rendering are tested the way
 * the extension and the command line see them; only the findings of the rule under test count.
 *
 *   ruleTester("bio/webcare", {
 *     valid: [bio("… Vragen? We reageren op werkdagen.")],
 *     invalid: [{ case: bio("Minister van VWS."), errors: [{ messageId: "missing", severity: "error" }] }],
 *   });
 */
import { describe, expect, it } from "vitest";
import { checkAnyCase } from "../../rules/any-case";
import { findRule } from "../../rules/catalog";
import type { CheckOptions, CheckResult } from "../../rules/engine";
import type { MessageCheckResult } from "../../rules/message-engine";
import {
  type Account,
  type AccountType,
  type AnyCase,
  anyCaseSchema,
  type Finding,
  type Fix,
  type MessageFinding,
  type MessageKind,
  type Platform,
  type Post,
  type Profile,
  type Severity,
} from "../../rules/schema";
import { escapeForPattern } from "../../rules/text/pattern";
import type { AvatarAnalysis } from "../../rules/types";

/** A case written compactly: everything not given comes from a compliant default profile. */
export interface CaseInput {
  /** Test title; derived from the case when absent. */
  name?: string;
  platform?: Platform;
  type?: AccountType;
  /** Optional account keys (ministry, ministryHandle, minister, party, …). */
  account?: Omit<Partial<Account>, "platform" | "type">;
  /** Merged over the default profile; `undefined` or `null` makes a field unknown. */
  profile?: Profile;
  /** A post or reply case instead of a profile (see `post()` and `reply()`). */
  kind?: MessageKind;
  post?: Post;
  options?: CheckOptions;
}

export interface ExpectedError {
  /** The message must be the rendering of this message id (placeholders match anything). */
  messageId?: string;
  /** A substring of the rendered message. */
  messageIncludes?: string;
  severity?: Severity;
  index?: number;
  start?: number;
  end?: number;
  /** The text of the field at [start, end). */
  text?: string;
  /** The exact fix, or null for "no fix". */
  fix?: Fix | null;
  /** The field's text after applying the (replace) fix. */
  output?: string;
}

export interface InvalidCase {
  /** Test title; derived from the case when absent. */
  name?: string;
  case: CaseInput;
  errors: ExpectedError[];
}

export interface RuleTests {
  valid?: CaseInput[];
  invalid?: InvalidCase[];
  /** Cases on which the rule must not run at all (wrong platform/type, unknown field). */
  notEvaluated?: CaseInput[];
  /** Message cases on which the rule applies but cannot run, and the result says so. */
  notChecked?: CaseInput[];
}

/** A compliant corporate profile (the example of cli.md). */
export const CORPORATE_PROFILE: Readonly<Profile> = {
  displayName: "Fleur Agema",
  handle: "MinisterVWS",
  bio: "Minister van Volksgezondheid, Welzijn en Sport. Redactie: directie Communicatie @MinVWS. Webcare op werkdagen 9-17 uur.",
  links: ["https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema"],
  avatar: "avatars/minvws.png",
  verified: true,
};

/** A compliant hybrid profile: personal handle, roles, support by ministry and party. */
export const HYBRID_PROFILE: Readonly<Profile> = {
  displayName: "Fleur Agema",
  handle: "fleuragema",
  bio: "Minister van VWS en PVV-Kamerlid. Ondersteund door ministerie van VWS en #TeamPVV. Vragen? Mail ons, we reageren op werkdagen.",
  links: ["https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema"],
  avatar: "avatars/fleur.png",
  verified: true,
};

/** Every platform/type pair the schema accepts. */
export const VALID_PAIRS: readonly (readonly [Platform, AccountType])[] = [
  ["x", "corporate"],
  ["x", "hybrid"],
  ["instagram", "corporate"],
  ["instagram", "hybrid"],
  ["facebook", "corporate"],
  ["facebook", "hybrid"],
  ["linkedin", "showcase"],
  ["linkedin", "hybrid"],
];

export type PairKey = `${Platform}/${AccountType}`;

export function avatar(outcome: "present" | "absent" | "uncertain", confidence = 0.9): CheckOptions {
  const analysis: AvatarAnalysis = { status: "analysed", detection: { outcome, confidence } };
  return { avatar: analysis };
}

/** Builds a validated case from the compact form. */
export function makeCase(input: CaseInput): AnyCase {
  const type = input.type ?? "corporate";
  const account = { platform: input.platform ?? "x", type, ...input.account };
  if (input.post) return anyCaseSchema.parse({ kind: input.kind ?? "post", account, post: input.post });
  const base = type === "hybrid" ? HYBRID_PROFILE : CORPORATE_PROFILE;
  // Keys explicitly set to undefined stay absent; zod keeps the profile exactly as given.
  return anyCaseSchema.parse({ account, profile: { ...base, ...input.profile } });
}

export function run(input: CaseInput): CheckResult | MessageCheckResult {
  return checkAnyCase(makeCase(input), input.options);
}

export function findingsOf(ruleId: string, input: CaseInput): (Finding | MessageFinding)[] {
  return run(input).findings.filter((finding) => finding.rule === ruleId);
}

/** Applies a `replace` fix to a text. */
export function applyFix(text: string, fix: Fix): string {
  if (fix.type !== "replace") throw new Error("not a replace fix");
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

/** Whether `message` is a rendering of the template `messageId` of the rule. */
function rendersMessage(ruleId: string, messageId: string, message: string, lang: "nl" | "en"): boolean {
  const rule = findRule(ruleId);
  const template = rule?.meta.messages[messageId]?.[lang];
  if (template === undefined) throw new Error(`${ruleId} has no message "${messageId}"`);
  const pattern = template
    .split(/\{\w+\}/)
    .map(escapeForPattern)
    .join("[\\s\\S]*");
  return new RegExp(`^${pattern}$`).test(message);
}

function fieldText(input: CaseInput, finding: Finding | MessageFinding): string {
  const built = makeCase(input);
  if ("post" in built) return built.post.text;
  const profile = built.profile;
  if (finding.field === "text") return "";
  if (finding.field === "links") return profile.links?.[finding.index ?? 0] ?? "";
  const value = profile[finding.field];
  return typeof value === "string" ? value : "";
}

function title(input: CaseInput): string {
  if (input.name) return input.name;
  const where = `${input.platform ?? "x"}/${input.type ?? "corporate"}${input.post ? ` ${input.kind ?? "post"}` : ""}`;
  const details = JSON.stringify({ ...input.account, ...(input.post ?? input.profile) }).slice(0, 110);
  return `${where} ${details}`;
}

/** Asserts that the findings of `ruleId` on the case are exactly `errors`, in order. */
export function expectFindings(ruleId: string, input: CaseInput, errors: readonly ExpectedError[]): void {
  const result = run(input);
  const findings = result.findings.filter((finding) => finding.rule === ruleId);
  expect(result.evaluated, `${ruleId} should be evaluated`).toContain(ruleId);
  expect(
    findings.map((finding) => finding.message),
    "number of findings",
  ).toHaveLength(errors.length);
  const lang = input.options?.lang ?? "nl";
  errors.forEach((error, i) => {
    const finding = findings[i] as Finding | MessageFinding;
    if (error.messageId !== undefined) {
      expect(
        rendersMessage(ruleId, error.messageId, finding.message, lang),
        `"${finding.message}" is message ${error.messageId}`,
      ).toBe(true);
    }
    if (error.messageIncludes !== undefined) expect(finding.message).toContain(error.messageIncludes);
    if (error.severity !== undefined) expect(finding.severity).toBe(error.severity);
    if (error.index !== undefined) expect(finding.index).toBe(error.index);
    if (error.start !== undefined) expect(finding.start).toBe(error.start);
    if (error.end !== undefined) expect(finding.end).toBe(error.end);
    if (error.text !== undefined) {
      expect(finding.start, "finding has a range").toBeTypeOf("number");
      expect(fieldText(input, finding).slice(finding.start, finding.end)).toBe(error.text);
    }
    if (error.fix === null) expect(finding.fix).toBeUndefined();
    else if (error.fix !== undefined) expect(finding.fix).toEqual(error.fix);
    if (error.output !== undefined) {
      expect(finding.fix?.type).toBe("replace");
      expect(applyFix(fieldText(input, finding), finding.fix as Fix)).toBe(error.output);
    }
  });
}

/** Asserts that the rule runs on the case and reports nothing. */
export function expectValid(ruleId: string, input: CaseInput): void {
  const result = run(input);
  expect(result.evaluated, `${ruleId} should be evaluated`).toContain(ruleId);
  expect(result.findings.filter((finding) => finding.rule === ruleId)).toEqual([]);
}

/** Asserts that the rule applies to the message but could not run, and that the result says so. */
export function expectNotChecked(ruleId: string, input: CaseInput): void {
  const result = run(input);
  expect(result.evaluated).not.toContain(ruleId);
  expect("notEvaluated" in result, "a message case").toBe(true);
  const listed = (result as MessageCheckResult).notEvaluated.map((entry) => entry.rule);
  expect(listed, `${ruleId} is reported as not checked`).toContain(ruleId);
}

/** Asserts that the rule does not run on the case (and so reports nothing). */
export function expectNotEvaluated(ruleId: string, input: CaseInput): void {
  const result = run(input);
  expect(result.evaluated).not.toContain(ruleId);
  expect(result.findings.filter((finding) => finding.rule === ruleId)).toEqual([]);
}

export function ruleTester(ruleId: string, tests: RuleTests): void {
  if (!findRule(ruleId)) throw new Error(`unknown rule ${ruleId}`);
  describe(ruleId, () => {
    if (tests.valid?.length) {
      describe("valid", () => {
        for (const input of tests.valid ?? []) it(title(input), () => expectValid(ruleId, input));
      });
    }
    if (tests.invalid?.length) {
      describe("invalid", () => {
        for (const { name, case: input, errors } of tests.invalid ?? []) {
          it(name ?? title(input), () => expectFindings(ruleId, input, errors));
        }
      });
    }
    if (tests.notEvaluated?.length) {
      describe("not evaluated", () => {
        for (const input of tests.notEvaluated ?? []) it(title(input), () => expectNotEvaluated(ruleId, input));
      });
    }
    if (tests.notChecked?.length) {
      describe("not checked (and said so)", () => {
        for (const input of tests.notChecked ?? []) it(title(input), () => expectNotChecked(ruleId, input));
      });
    }
  });
}

/**
 * The severity of the rule's finding on a violating case, for every valid platform/type pair:
 * `null` means the rule does not apply there (not evaluated). Every pair must be listed.
 */
export function severityTable(
  ruleId: string,
  violation: Omit<CaseInput, "platform" | "type"> | ((type: AccountType) => Omit<CaseInput, "platform" | "type">),
  table: Readonly<Record<PairKey, Severity | null>> | Readonly<Partial<Record<PairKey, Severity | null>>>,
): void {
  describe(`${ruleId} severity per platform and type`, () => {
    for (const [platform, type] of VALID_PAIRS) {
      const key: PairKey = `${platform}/${type}`;
      const expected = table[key];
      if (expected === undefined) throw new Error(`${ruleId}: severity table misses ${key}`);
      const base = typeof violation === "function" ? violation(type) : violation;
      const input: CaseInput = { ...base, platform, type };
      it(`${key}: ${expected ?? "not evaluated"}`, () => {
        if (expected === null) expectNotEvaluated(ruleId, input);
        else {
          const findings = findingsOf(ruleId, input);
          expect(findings.length).toBeGreaterThan(0);
          for (const finding of findings) expect(finding.severity).toBe(expected);
        }
      });
    }
  });
}

type Extra = Omit<CaseInput, "profile"> & { profile?: Profile };

/** A case that differs from the default profile in its bio (and whatever `extra` says). */
export function bio(text: string | null | undefined, extra: Extra = {}): CaseInput {
  return { ...extra, profile: { ...extra.profile, bio: text } };
}

export function handle(text: string | null | undefined, extra: Extra = {}): CaseInput {
  return { ...extra, profile: { ...extra.profile, handle: text } };
}

export function displayName(text: string | null | undefined, extra: Extra = {}): CaseInput {
  return { ...extra, profile: { ...extra.profile, displayName: text } };
}

export function links(list: string[] | null | undefined, extra: Extra = {}): CaseInput {
  return { ...extra, profile: { ...extra.profile, links: list } };
}

type MessageExtra = Omit<CaseInput, "profile" | "post" | "kind"> & { role?: Post["role"]; inReplyTo?: string | null };

function message(kind: MessageKind, text: string, extra: MessageExtra): CaseInput {
  const { role, inReplyTo, ...rest } = extra;
  const post: Post = { text };
  if (role !== undefined) post.role = role;
  if (inReplyTo !== undefined) post.inReplyTo = inReplyTo;
  return { ...rest, kind, post };
}

/** A post case: `text`, and optionally its role (and any account details). */
export function post(text: string, extra: MessageExtra = {}): CaseInput {
  return message("post", text, extra);
}

/** A reply case: `text`, and optionally its role and the message it answers. */
export function reply(text: string, extra: MessageExtra = {}): CaseInput {
  return message("reply", text, extra);
}
