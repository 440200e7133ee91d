/**
 * The engine's data contract, as zod schemas: what an account, a profile, a case and a finding
 * are. The command line, the extension and the tests all validate through these, so a profile
 * means the same thing everywhere (see ../shared/spec/cli.md and rules.md).
 */
import { z } from "zod";
import {
  ACCOUNT_TYPES,
  type AccountType,
  FIELDS,
  FINDING_FIELDS,
  invalidPairReason,
  MESSAGE_KINDS,
  PLATFORMS,
  type Platform,
  ROLES,
  SEVERITIES,
} from "./vocabulary";

export {
  ACCOUNT_TYPES,
  type AccountType,
  CASE_KINDS,
  type CaseKind,
  FIELDS,
  FINDING_FIELDS,
  type FieldName,
  type FindingField,
  invalidPairReason,
  isMessageCase,
  LANGUAGES,
  type Language,
  MESSAGE_FIELDS,
  MESSAGE_KINDS,
  type MessageKind,
  PLATFORMS,
  type Platform,
  ROLES,
  type Role,
  SEVERITIES,
  type Severity,
} from "./vocabulary";

export const platformSchema = z.enum(PLATFORMS);
export const accountTypeSchema = z.enum(ACCOUNT_TYPES);
export const fieldSchema = z.enum(FIELDS);
export const findingFieldSchema = z.enum(FINDING_FIELDS);
export const roleSchema = z.enum(ROLES);
export const severitySchema = z.enum(SEVERITIES);

/** Free-text account details; every one is optional and never bad input for its content. */
const accountDetails = {
  /** The handle this account is expected to have (from the organisation configuration). */
  handle: z.string().optional(),
  ministry: z.string().optional(),
  ministryHandle: z.string().optional(),
  minister: z.string().optional(),
  party: z.string().optional(),
  personalHandle: z.string().optional(),
  pageUrl: z.string().optional(),
  predecessorArchive: z.string().optional(),
  /** Marks a message of the party's team (default `#Team` + the party's short name). */
  partyMarker: z
    .string()
    .optional()
    .meta({ description: "Aanduiding van partijberichten, standaard #Team + partij (bijv. #TeamPVV)." }),
  /** Marks a message of the ministry (default `#` or `@` + ministryHandle). */
  ministryMarker: z
    .string()
    .optional()
    .meta({ description: "Aanduiding van berichten van het ministerie, standaard # of @ + ministryHandle." }),
  /** Marks a message the minister writes personally ("-FA"). */
  ministerMarker: z
    .string()
    .optional()
    .meta({ description: "Aanduiding van eigen berichten van de bewindspersoon (bijv. -FA)." }),
};

function refinePair(account: { platform: Platform; type?: AccountType | undefined }, ctx: z.RefinementCtx): void {
  if (account.type === undefined) return;
  const reason = invalidPairReason(account.platform, account.type);
  if (reason) ctx.addIssue({ code: "custom", path: ["type"], message: reason });
}

export const accountSchema = z
  .object({ platform: platformSchema, type: accountTypeSchema, ...accountDetails })
  .strict()
  .superRefine(refinePair);
export type Account = z.infer<typeof accountSchema>;

/** An account of which only the platform is known; the rest may come from the configuration. */
export const partialAccountSchema = z
  .object({ platform: platformSchema, type: accountTypeSchema.optional(), ...accountDetails })
  .strict()
  .superRefine(refinePair);
export type PartialAccount = z.infer<typeof partialAccountSchema>;

/** A profile as read from a page or a file. Absent or null means unknown: not checked. */
export const profileSchema = z
  .object({
    displayName: z.string().nullable().optional(),
    handle: z.string().nullable().optional(),
    bio: z.string().nullable().optional(),
    links: z.array(z.string()).nullable().optional(),
    avatar: z.string().nullable().optional(),
    verified: z.boolean().nullable().optional(),
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;

/** `kind` may be left out on a profile case: "profile" is the default. */
const profileKind = z.literal("profile").optional();

export const caseSchema = z
  .object({ id: z.string().optional(), kind: profileKind, account: accountSchema, profile: profileSchema })
  .strict();
export type Case = z.infer<typeof caseSchema>;

/** A case before the configuration has filled in its account. */
export const partialCaseSchema = z
  .object({ id: z.string().optional(), kind: profileKind, account: partialAccountSchema, profile: profileSchema })
  .strict();
export type PartialCase = z.infer<typeof partialCaseSchema>;

/**
 * A post or a reply (cli.md, "Posts and replies"). A `role` that is absent or null is unknown: on
 * a hybrid account the rules that depend on it are not evaluated. `inReplyTo` is read on replies only.
 */
export const postSchema = z
  .object({
    text: z.string(),
    role: roleSchema.nullable().optional(),
    inReplyTo: z.string().nullable().optional(),
  })
  .strict();
export type Post = z.infer<typeof postSchema>;

const messageKind = z.enum(MESSAGE_KINDS);

export const messageCaseSchema = z
  .object({ id: z.string().optional(), kind: messageKind, account: accountSchema, post: postSchema })
  .strict();
export type MessageCase = z.infer<typeof messageCaseSchema>;

export const partialMessageCaseSchema = z
  .object({ id: z.string().optional(), kind: messageKind, account: partialAccountSchema, post: postSchema })
  .strict();
export type PartialMessageCase = z.infer<typeof partialMessageCaseSchema>;

/** Any case: the `kind` decides whether it has a `profile` or a `post`. */
export const anyCaseSchema = z.discriminatedUnion("kind", [caseSchema, messageCaseSchema]);
export type AnyCase = Case | MessageCase;

export const partialAnyCaseSchema = z.discriminatedUnion("kind", [partialCaseSchema, partialMessageCaseSchema]);
export type PartialAnyCase = PartialCase | PartialMessageCase;

/**
 * A fix the user can apply with one click. `replace` works on the field's text (insert: start ===
 * end; remove: text ""); `setLink` replaces one entry of the links list.
 */
export const fixSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("replace"),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  }),
  z.object({ type: z.literal("setLink"), index: z.number().int().nonnegative(), value: z.string() }),
]);
export type Fix = z.infer<typeof fixSchema>;

const findingShape = {
  rule: z.string(),
  severity: severitySchema,
  field: fieldSchema,
  message: z.string().min(1),
  /** For `links`: which link the finding is about (0 is the link field proper). */
  index: z.number().int().nonnegative().optional(),
  /** UTF-16 offsets into the field's text (for links: into the link at `index`). */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  fix: fixSchema.optional(),
};

function rangeIsWhole(finding: { start?: number | undefined; end?: number | undefined }): boolean {
  return (finding.start === undefined) === (finding.end === undefined) && (finding.start ?? 0) <= (finding.end ?? 0);
}
const RANGE_MESSAGE = { message: "start and end come together, with start <= end" };

export const findingSchema = z.object(findingShape).strict().refine(rangeIsWhole, RANGE_MESSAGE);
export type Finding = z.infer<typeof findingSchema>;

/** A finding on a post or a reply: always on its `text`, with UTF-16 offsets into it. */
export const messageFindingSchema = z
  .object({ ...findingShape, field: z.literal("text") })
  .strict()
  .refine(rangeIsWhole, RANGE_MESSAGE);
export type MessageFinding = z.infer<typeof messageFindingSchema>;
