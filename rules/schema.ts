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
  invalidPairReason,
  PLATFORMS,
  type Platform,
  SEVERITIES,
} from "./vocabulary";

export {
  ACCOUNT_TYPES,
  type AccountType,
  FIELDS,
  type FieldName,
  invalidPairReason,
  LANGUAGES,
  type Language,
  PLATFORMS,
  type Platform,
  SEVERITIES,
  type Severity,
} from "./vocabulary";

export const platformSchema = z.enum(PLATFORMS);
export const accountTypeSchema = z.enum(ACCOUNT_TYPES);
export const fieldSchema = z.enum(FIELDS);
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

export const caseSchema = z
  .object({ id: z.string().optional(), account: accountSchema, profile: profileSchema })
  .strict();
export type Case = z.infer<typeof caseSchema>;

/** A case before the configuration has filled in its account. */
export const partialCaseSchema = z
  .object({ id: z.string().optional(), account: partialAccountSchema, profile: profileSchema })
  .strict();
export type PartialCase = z.infer<typeof partialCaseSchema>;

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

export const findingSchema = z
  .object({
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
  })
  .strict()
  .refine((f) => (f.start === undefined) === (f.end === undefined) && (f.start ?? 0) <= (f.end ?? 0), {
    message: "start and end come together, with start <= end",
  });
export type Finding = z.infer<typeof findingSchema>;
