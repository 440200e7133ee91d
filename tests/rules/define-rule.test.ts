/**
 * `defineRule` types the fields a rule lists in `meta.fields` as present in `check` (issue 10,
 * item 6). That is only sound because the engines never call `canRun` or `check` while one of
 * those fields is unknown: these tests hold the engines to it for every rule of the catalog, and
 * the type checker holds `defineRule` to the types (`npx tsc --noEmit` runs over this file).
 */
import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import { MESSAGE_RULES } from "../../rules/catalog/message-rules";
import { PROFILE_RULES } from "../../rules/catalog/profile-rules";
import { checkCase } from "../../rules/engine";
import { checkMessage } from "../../rules/message-engine";
import { severityFor } from "../../rules/rule-run";
import { ACCOUNT_TYPES, type Account, type FieldName, PLATFORMS, type Profile } from "../../rules/schema";
import { defineRule, type MessageView, type Rule } from "../../rules/types";

const TEXTS = { title: { nl: "t", en: "t" }, description: { nl: "d", en: "d" } };

describe("defineRule's types", () => {
  it("gives check the listed fields as present and the others as possibly absent", () => {
    defineRule({
      meta: {
        id: "test/bio",
        severity: {},
        fields: ["bio", "links"],
        reportsOn: "bio",
        messages: {},
        guideline: [],
        ...TEXTS,
      },
      check({ profile, message }) {
        expectTypeOf(profile.bio).toEqualTypeOf<string>();
        expectTypeOf(profile.links).toEqualTypeOf<string[]>();
        expectTypeOf(profile.displayName).toEqualTypeOf<string | null | undefined>();
        expectTypeOf(message).toEqualTypeOf<MessageView | undefined>();
        return [];
      },
    });
  });

  it("gives a message rule its message, and the message answered when it reads it", () => {
    defineRule({
      meta: {
        id: "test/reply",
        severity: {},
        fields: ["text"],
        reportsOn: "text",
        kinds: ["reply"],
        readsInReplyTo: true,
        messages: {},
        guideline: [],
        ...TEXTS,
      },
      check({ message }) {
        expectTypeOf(message.text).toEqualTypeOf<string>();
        expectTypeOf(message.inReplyTo).toEqualTypeOf<string>();
        return [];
      },
    });
    defineRule({
      meta: {
        id: "test/post",
        severity: {},
        fields: ["text"],
        reportsOn: "text",
        kinds: ["post"],
        messages: {},
        guideline: [],
        ...TEXTS,
      },
      check({ message }) {
        expectTypeOf(message.inReplyTo).toEqualTypeOf<string | undefined>();
        return [];
      },
    });
  });
});

const COMPLETE: Required<{ [Field in FieldName]: NonNullable<Profile[Field]> }> = {
  displayName: "Fleur Agema",
  handle: "MinisterVWS",
  bio: "Minister van Volksgezondheid, Welzijn en Sport. Dit account wordt beheerd door het ministerie van VWS.",
  links: ["https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema"],
  avatar: "data:image/png;base64,AAAA",
  verified: true,
};
const AVATAR = { status: "analysed", detection: { outcome: "present", confidence: 0.9 } } as const;

/** An account on which the rule applies: its first platform and account type with a severity. */
function accountFor(rule: Rule): Account {
  for (const type of ACCOUNT_TYPES) {
    for (const platform of PLATFORMS) {
      if (severityFor(rule, platform, type) === undefined) continue;
      if (type === "showcase" && platform !== "linkedin") continue;
      if (type === "corporate" && platform === "linkedin") continue;
      return { platform, type, ministry: "VWS", ministryHandle: "MinVWS", minister: "Fleur Agema", party: "PVV" };
    }
  }
  throw new Error(`${rule.meta.id} applies to no account`);
}

function spyOnRule(rule: Rule) {
  return { check: vi.spyOn(rule, "check"), canRun: rule.canRun ? vi.spyOn(rule, "canRun") : undefined };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(PROFILE_RULES.map((rule) => [rule.meta.id, rule] as const))("%s", (_id, rule) => {
  const account = accountFor(rule);

  it("runs on a profile with every field known", () => {
    const spies = spyOnRule(rule);
    const result = checkCase({ account, profile: COMPLETE }, { avatar: AVATAR });
    const ran = spies.canRun ? spies.canRun.mock.results.every((call) => call.value === true) : true;
    expect(spies.check.mock.calls.length > 0).toBe(ran);
    expect(result.evaluated.includes(rule.meta.id)).toBe(ran);
  });

  it.each(rule.meta.fields.map((field) => [field]))("is not run, and its field not checked, without %s", (field) => {
    const spies = spyOnRule(rule);
    const result = checkCase({ account, profile: { ...COMPLETE, [field]: null } }, { avatar: AVATAR });
    expect(spies.check).not.toHaveBeenCalled();
    expect(spies.canRun ?? vi.fn()).not.toHaveBeenCalled();
    expect(result.evaluated).not.toContain(rule.meta.id);
    expect(result.fields[field as FieldName].status).toBe("not-checked");
  });
});

describe.each(MESSAGE_RULES.filter((rule) => rule.meta.readsInReplyTo).map((rule) => [rule.meta.id, rule] as const))(
  "%s",
  (_id, rule) => {
    it("is not run on a reply without the message it answers", () => {
      const spies = spyOnRule(rule);
      const account = accountFor(rule);
      const result = checkMessage({ kind: "reply", account, post: { text: "Dank voor uw vraag.", role: "ministry" } });
      expect(spies.check).not.toHaveBeenCalled();
      expect(result.notEvaluated.map((entry) => entry.rule)).toContain(rule.meta.id);
    });
  },
);
