/**
 * Every message between the content scripts, the background and the popup, in one place: for each
 * message name the zod schema of its request and of its answer. The types come from the schemas.
 *
 * A message travels as `{ type: <name>, ...request }`. The background parses each request once,
 * against the schema its name picks (`parseRequest`); the popup parses each answer of a content
 * script (`sendToTab`). The content scripts trust their own extension's answers: they send through
 * utils/protocol-client.ts and import only types from here, because a bundler cannot leave the
 * schemas out (about 37 KB gzipped of zod per content script). Sizes are capped so that a request
 * cannot make the background store or render arbitrarily much (docs/security.md).
 */
import { z } from "zod/mini";
import { checkEvidenceSchema } from "@/rules/checklist/progress";
import { orgConfigSchema } from "@/rules/config/schema";
import type { ReportCase } from "@/rules/report";
import { ACCOUNT_TYPES, FIELDS, LANGUAGES, PLATFORMS, SEVERITIES } from "@/rules/vocabulary";

/** Longest handle, rule id, field value and waiver reason the background accepts. */
const MAX_HANDLE = 200;
const MAX_RULE = 100;
const MAX_VALUE = 20_000;
const MAX_REASON = 2_000;
/** The review report's case (profile, findings, waivers) as JSON, and an avatar URL (data: previews). */
const MAX_REPORT_CASE_JSON = 1_000_000;
const MAX_AVATAR_URL = 16_000_000;

const handleSchema = z.string().check(z.maxLength(MAX_HANDLE));
const platformSchema = z.enum(PLATFORMS);
const localizedSchema = z.object({ nl: z.string(), en: z.string() });
const count = z.number().check(z.int(), z.nonnegative());

/** The detector's verdict on the avatar the background decoded, or why it could not. */
const avatarAnswerSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("analysed"),
    outcome: z.enum(["present", "absent", "uncertain"]),
    confidence: z.number(),
    /** The logo's box as fractions (0..1) of the image, for drawing it on a thumbnail. */
    box: z.optional(z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })),
    /** Why the detector is uncertain (uncertain only). */
    reason: z.optional(localizedSchema),
  }),
  z.object({ status: z.literal("unreadable"), reason: localizedSchema }),
]);
export type AvatarAnswer = z.infer<typeof avatarAnswerSchema>;

/** The configuration a content script gets: its own platform's part, validated by the background. */
const configAnswerSchema = z.object({
  config: orgConfigSchema,
  /** `platform:handle` of the accounts the organisation manages. */
  managedAccountKeys: z.array(z.string()),
  /** The user's language for every screen. */
  language: z.enum(LANGUAGES),
});
export type ConfigAnswer = z.infer<typeof configAnswerSchema>;

export const rememberResultSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: localizedSchema }),
]);

export const configWriteResultSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), problems: z.array(z.object({ path: z.string(), message: z.string() })) }),
]);

const addWaiverSchema = z.object({
  platform: platformSchema,
  handle: handleSchema,
  rule: z.string().check(z.maxLength(MAX_RULE)),
  value: z.string().check(z.maxLength(MAX_VALUE)),
  reason: z.string().check(z.minLength(1), z.maxLength(MAX_REASON)),
});
export type WaiverRequest = z.infer<typeof addWaiverSchema>;

const assessProfileSchema = z.object({
  platform: platformSchema,
  url: z.string().check(z.maxLength(2048)),
  handle: z.nullable(z.string().check(z.maxLength(100))),
  displayName: z.nullable(z.string().check(z.maxLength(1000))),
  bio: z.nullable(z.string().check(z.maxLength(10_000))),
  avatarUrl: z.nullable(z.string().check(z.maxLength(4096))),
});
export type AssessProfileRequest = z.infer<typeof assessProfileSchema>;

/** The fake-account note for a profile page (utils/impostor-service.ts), in the user's language. */
const impostorNoteSchema = z.object({
  /** "suspect": a warning with steps and a report text; "parody": an information note only. */
  kind: z.enum(["suspect", "parody"]),
  title: z.string(),
  text: z.string(),
  reasons: z.array(z.string()),
  steps: z.optional(z.array(z.string())),
  /** Guideline sentences the note rests on (Dutch, as written). */
  quotes: z.array(z.string()),
  compareWith: z.optional(z.object({ label: z.string(), url: z.string() })),
  reportText: z.optional(z.string()),
  /** The note's own labels, in the user's language (kept out of the content scripts). */
  labels: z.object({
    why: z.string(),
    compare: z.string(),
    steps: z.string(),
    copy: z.string(),
    copied: z.string(),
    guideline: z.string(),
  }),
});
export type ImpostorNote = z.infer<typeof impostorNoteSchema>;

/** What a content script asks the background, and what it answers. */
export const BACKGROUND_PROTOCOL = {
  /** The error and warning count of the sender's tab, for the toolbar badge. */
  "profielcheck:badge": {
    request: z.object({ errors: count, warnings: count }),
    response: z.void(),
  },
  /** An avatar to analyse: an image-host URL or a data: URL (the page's preview of a new picture). */
  "profielcheck:analyse-avatar": {
    request: z.object({ url: z.string().check(z.maxLength(MAX_AVATAR_URL)) }),
    response: avatarAnswerSchema,
  },
  "profielcheck:get-config": { request: z.object({}), response: configAnswerSchema },
  /** The account type the user chose in the panel, to store in the configuration. */
  "profielcheck:remember-account": {
    request: z.object({ platform: platformSchema, handle: handleSchema, accountType: z.enum(ACCOUNT_TYPES) }),
    response: rememberResultSchema,
  },
  /** A waiver the user gave in the panel. */
  "profielcheck:add-waiver": { request: addWaiverSchema, response: configWriteResultSchema },
  /** The review report (Markdown) of the sender's last check; the background carries the report code. */
  "profielcheck:render-report": {
    request: z.object({
      lang: z.enum(LANGUAGES),
      // The case comes from our own content script, which built it from the engine's own output.
      reportCase: z.custom<ReportCase>(
        (value) => typeof value === "object" && value !== null && JSON.stringify(value).length <= MAX_REPORT_CASE_JSON,
      ),
    }),
    response: z.string(),
  },
  /** The settled check of a configured account, as evidence for the cabinet-change checklist. */
  "profielcheck:record-checklist-evidence": {
    request: z.object({
      account: z.object({
        platform: platformSchema,
        type: z.enum(ACCOUNT_TYPES),
        handle: z.string().check(z.minLength(1), z.maxLength(100)),
        predecessorArchive: z.optional(z.string().check(z.maxLength(100))),
      }),
      evidence: checkEvidenceSchema,
      ruleSettings: z.record(z.string().check(z.maxLength(MAX_RULE)), z.enum(["off", ...SEVERITIES])),
    }),
    response: z.void(),
  },
  /** A profile page that is not one of the organisation's: is it a fake account? */
  "profielcheck:assess-profile": { request: assessProfileSchema, response: z.nullable(impostorNoteSchema) },
} as const;

export const FIELD_STATES = ["ok", "findings", "not-checked", "not-applicable"] as const;
export type FieldState = (typeof FIELD_STATES)[number];

const fieldNameSchema = z.enum(FIELDS);

/** The state of the check on a page, as the popup shows it. */
const tabStateSchema = z.object({
  platform: platformSchema,
  handle: z.nullable(z.string()),
  /** What the page showed when it was read (Facebook's bio editor opens on the profile URL). */
  pageKind: z.enum(["edit", "profile"]),
  /** The account as checked; null while its type is unknown (the panel asks for it). */
  account: z.nullable(
    z.object({
      type: z.enum(ACCOUNT_TYPES),
      minister: z.optional(z.string()),
      ministry: z.optional(z.string()),
    }),
  ),
  /** Whether the account is in the organisation configuration. */
  configured: z.boolean(),
  /** The user said in the panel that this is no minister's account ("Geen account van een bewindspersoon"). */
  notMinister: z.optional(z.literal(true)),
  findings: z.array(
    z.object({
      rule: z.string(),
      severity: z.enum(SEVERITIES),
      field: fieldNameSchema,
      message: z.string(),
      /** The field value a waiver for this finding is recorded against (rules/waivers.ts). */
      waiverValue: z.optional(z.string()),
      /** Findings with the same cause are one problem (rules/group-findings.ts). */
      cause: z.string(),
      /** Checked and found right by the user ("Gecontroleerd, klopt"). */
      acknowledged: z.optional(z.boolean()),
    }),
  ),
  fields: z.record(fieldNameSchema, z.enum(FIELD_STATES)),
  /** Why a field was not checked, in the user's language. */
  notCheckedReasons: z.partialRecord(fieldNameSchema, z.string()),
});
export type TabState = z.infer<typeof tabStateSchema>;

/** What the popup asks the content script of the active tab, and what it answers. */
export const TAB_PROTOCOL = {
  "profielcheck:get-state": { request: z.object({}), response: tabStateSchema },
  /** Open the panel. It needs no answer; whatever comes back is ignored. */
  "profielcheck:show-panel": { request: z.object({}), response: z.unknown() },
  /** The page's review report (Markdown), or null when nothing was checked yet. */
  "profielcheck:get-report": { request: z.object({}), response: z.nullable(z.string()) },
} as const;

type Protocol = Record<string, { request: z.ZodMiniType; response: z.ZodMiniType }>;
export type BackgroundProtocol = typeof BACKGROUND_PROTOCOL;
export type TabProtocol = typeof TAB_PROTOCOL;
export type RequestOf<P extends Protocol, Name extends keyof P> = z.infer<P[Name]["request"]>;
export type ResponseOf<P extends Protocol, Name extends keyof P> = z.infer<P[Name]["response"]>;

/** One request of protocol `P`, parsed: its name and its data, told apart by the name. */
export type ParsedRequest<P extends Protocol> = {
  [Name in keyof P & string]: { name: Name; request: RequestOf<P, Name> };
}[keyof P & string];

/** The request `message` is, parsed against the schema its name picks; null for anything else. */
export function parseRequest<P extends Protocol>(protocol: P, message: unknown): ParsedRequest<P> | null {
  if (typeof message !== "object" || message === null) return null;
  const name: unknown = (message as { type?: unknown }).type;
  // Own keys only: a name such as "constructor" or "__proto__" is not a message.
  if (typeof name !== "string" || !Object.hasOwn(protocol, name)) return null;
  const parsed = (protocol[name] as P[string]).request.safeParse(message);
  return parsed.success ? ({ name, request: parsed.data } as ParsedRequest<P>) : null;
}

/**
 * Asks the content script of tab `tabId` and validates its answer; rejects when no content script
 * answers ("Receiving end does not exist") or the answer does not fit the schema.
 */
export async function sendToTab<Name extends keyof TabProtocol>(
  tabId: number,
  name: Name,
): Promise<ResponseOf<TabProtocol, Name>> {
  const answer: unknown = await browser.tabs.sendMessage(tabId, { type: name });
  return TAB_PROTOCOL[name].response.parse(answer) as ResponseOf<TabProtocol, Name>;
}
