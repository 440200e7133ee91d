/**
 * What a rule is: one typed object with its metadata (the data the docs, the panel and the
 * command are generated from) and a `check` that reports problems. Modelled on ESLint rules.
 */
import type { LogoDetection } from "./avatar/detector";
import type { Ministry } from "./data/ministries";
import type { Party } from "./data/parties";
import type { FieldLimit, LimitedField } from "./limits";
import type { PartyReference } from "./parties/match";
import type {
  Account,
  AccountType,
  FieldName,
  FindingField,
  Fix,
  Language,
  MessageKind,
  Platform,
  Profile,
  Role,
  Severity,
} from "./schema";

/** Text in both product languages; Dutch first, it is the default. */
export type Localized = Readonly<Record<Language, string>>;

/**
 * A severity that may differ per platform. A table names every platform on which the account type
 * exists, or gives a `default` for the others; "off" says the rule does not apply there. A missing
 * platform is a mistake that tests/rules/severity-tables.test.ts reports, never a silent "off".
 */
export type SeverityByPlatform = Severity | Readonly<Partial<Record<Platform | "default", Severity | "off">>>;

/** A quote from ../shared/guideline/bewindspersonen-op-sociale-media.txt and where it stands. */
export interface GuidelineQuote {
  /** The headings above the quote, outermost first, exactly as written in the guideline. */
  headings: readonly string[];
  /** One or more sentences, copied exactly. */
  text: string;
}

export interface RuleMeta<MessageId extends string> {
  id: string;
  /** Per account type; an account type without a severity, or a platform set to "off", is not checked by the rule. */
  severity: Readonly<Partial<Record<AccountType, SeverityByPlatform>>>;
  /** The fields the rule reads; it only runs when all of them are known. */
  fields: readonly FindingField[];
  /** The field a finding is reported on. */
  reportsOn: FindingField;
  /** For a rule on messages (field `text`): the kinds of message it reads. Absent: a profile rule. */
  kinds?: readonly MessageKind[];
  /**
   * For a message rule whose verdict depends on who writes: the roles it applies to on a hybrid
   * account. A hybrid message without a role leaves the rule not evaluated; on corporate and
   * showcase accounts every message is held to the corporate rules, whatever its role.
   */
  roles?: readonly Role[];
  /** A Dutch-language rule: not evaluated on a message that is clearly English. */
  dutchOnly?: boolean;
  /** The rule reads the message answered (`inReplyTo`): not evaluated when it is not given. */
  readsInReplyTo?: boolean;
  title: Localized;
  /** A short explanation of what the rule asks, shown under "Waarom?". */
  description: Localized;
  messages: Readonly<Record<MessageId, Localized>>;
  guideline: readonly GuidelineQuote[];
}

/** What a check reports; the engine adds rule id, severity, field and the message text. */
export interface Report<MessageId extends string> {
  messageId: MessageId;
  /** Values for {placeholders} in the message; a Localized value is filled in the message's language. */
  data?: Readonly<Record<string, string | Localized>>;
  /** For links: which link. */
  index?: number;
  start?: number;
  end?: number;
  fix?: Fix;
  /** A sentence the fix would add does not fit: the message then says how much to cut first. */
  noRoom?: { sentence: string; over: number; limit: number };
  /** The check is not sure (e.g. the logo detector's "twijfel"): reported as a warning at most. */
  uncertain?: boolean;
}

/** The avatar as the checks see it: analysed by the detector, or why it could not be. */
export type AvatarAnalysis =
  | { status: "analysed"; detection: LogoDetection }
  | { status: "unreadable"; reason: string };

/** Sentences the fixes may insert; an organisation can replace them in its configuration. */
export interface FixTemplates {
  managedBy: string;
  /** Shorter sentences for when `managedBy` does not fit, in order of preference. */
  managedByVariants: readonly string[];
  webcare: string;
  webcareVariants: readonly string[];
}

/** A post or reply as the message rules see it. */
export interface MessageView {
  kind: MessageKind;
  text: string;
  /** Who writes it; on corporate and showcase accounts always "ministry". Undefined: not given. */
  role: Role | undefined;
  /** The message answered; only on replies. */
  inReplyTo: string | undefined;
}

/** The texts whose party references the rules share. */
export type ReferenceSource = "bio" | "displayName" | "text" | "inReplyTo";

/** The profile with the fields a rule reads known: the engine runs a rule only when they are. */
export type KnownProfile<Fields extends FindingField> = Omit<Profile, Fields & FieldName> & {
  [Field in Fields & FieldName]-?: NonNullable<Profile[Field]>;
};

/**
 * The message as a rule sees it: present for a rule that reads `text` (the message engine runs
 * only those on a message), with `inReplyTo` given to a rule that reads it.
 */
export type KnownMessage<Fields extends FindingField, ReadsInReplyTo extends boolean> = [Fields] extends [never]
  ? MessageView | undefined
  : [Fields] extends ["text"]
    ? MessageView & (ReadsInReplyTo extends true ? { inReplyTo: string } : unknown)
    : MessageView | undefined;

/**
 * What `check` sees. Without type arguments (the engine's side) nothing is known; a rule made with
 * `defineRule` sees the fields it lists in `meta.fields` as present.
 */
export interface RuleContext<Fields extends FindingField = never, ReadsInReplyTo extends boolean = false> {
  platform: Platform;
  type: AccountType;
  account: Account;
  profile: KnownProfile<Fields>;
  parties: readonly Party[];
  ministries: readonly Ministry[];
  templates: FixTemplates;
  avatar: AvatarAnalysis | undefined;
  /** The post or reply, for the message rules; undefined when the case is a profile. */
  message: KnownMessage<Fields, ReadsInReplyTo>;
  /** Party references in a text, computed once per check run and shared by the rules. */
  partyReferences(source: ReferenceSource): readonly PartyReference[];
  /** The length limit of a text field for this account (page's `maxlength` first), if one is known. */
  limit(field: LimitedField): FieldLimit | undefined;
}

/** The profile with the rule's fields known: what `check` can rely on. */
export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  /**
   * Whether the rule can run on this case beyond its fields being known (e.g. a length limit is
   * known); when false the rule is not evaluated, so it never passes without having checked.
   */
  canRun?(context: RuleContext): boolean;
  check(context: RuleContext): Report<MessageId>[];
}

/** A rule as written in the catalog: `check` sees the fields of `meta.fields` as present. */
export interface RuleDefinition<MessageId extends string, Fields extends FindingField, ReadsInReplyTo extends boolean> {
  meta: RuleMeta<MessageId> & { fields: readonly Fields[]; readsInReplyTo?: ReadsInReplyTo };
  canRun?(context: RuleContext<Fields, ReadsInReplyTo>): boolean;
  check(context: RuleContext<Fields, ReadsInReplyTo>): Report<MessageId>[];
}

/**
 * Gives a rule object its precise type: message ids checked, and the fields it reads typed as
 * present. That holds because the engines call `canRun` and `check` only when every field in
 * `meta.fields` is known (and, for `readsInReplyTo`, the message answered is given); the rule
 * is otherwise reported as not checked (tests/rules/rule-tester.ts, tests/rules/catalog.test.ts).
 */
export function defineRule<
  MessageId extends string,
  const Fields extends FindingField,
  ReadsInReplyTo extends boolean = false,
>(rule: RuleDefinition<MessageId, Fields, ReadsInReplyTo>): Rule<MessageId> {
  return rule;
}
