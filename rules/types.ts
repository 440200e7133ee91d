/**
 * What a rule is: one typed object with its metadata (the data the docs, the panel and the
 * command are generated from) and a `check` that reports problems. Modelled on ESLint rules.
 */
import type { LogoDetection } from "./avatar/detector";
import type { Ministry } from "./data/ministries";
import type { Party } from "./data/parties";
import type { FieldLimit, LimitedField } from "./limits";
import type { PartyReference } from "./parties/match";
import type { Account, AccountType, FieldName, Fix, Language, Platform, Profile, Severity } from "./schema";

/** Text in both product languages; Dutch first, it is the default. */
export type Localized = Readonly<Record<Language, string>>;

/** A severity that may differ per platform; `default` applies to the platforms not named. */
export type SeverityByPlatform = Severity | Readonly<Partial<Record<Platform | "default", Severity>>>;

/** A quote from ../shared/guideline/bewindspersonen-op-sociale-media.txt and where it stands. */
export interface GuidelineQuote {
  /** The headings above the quote, outermost first, exactly as written in the guideline. */
  headings: readonly string[];
  /** One or more sentences, copied exactly. */
  text: string;
}

export interface RuleMeta<MessageId extends string> {
  id: string;
  /** Per account type; an account type (or platform) without a severity is not checked by the rule. */
  severity: Readonly<Partial<Record<AccountType, SeverityByPlatform>>>;
  /** The profile fields the rule reads; it only runs when all of them are known. */
  fields: readonly FieldName[];
  /** The field a finding is reported on. */
  reportsOn: FieldName;
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

export interface RuleContext {
  platform: Platform;
  type: AccountType;
  account: Account;
  /** Only the fields listed in the rule's `fields` are guaranteed non-null. */
  profile: Profile;
  parties: readonly Party[];
  ministries: readonly Ministry[];
  templates: FixTemplates;
  avatar: AvatarAnalysis | undefined;
  /** The length limit of a text field for this account (page's `maxlength` first), if one is known. */
  limit(field: LimitedField): FieldLimit | undefined;
  /** Party references in a text field, computed once per check run and shared by the rules. */
  partyReferences(field: "bio" | "displayName"): readonly PartyReference[];
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

/** Identity function that gives a rule object its precise type (message ids checked). */
export function defineRule<MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}
