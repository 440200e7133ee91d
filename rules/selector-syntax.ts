/**
 * The safe check of an organisation's override selector (docs/policy.md, "Selector overrides"),
 * without a DOM so that the engine, the options page and the content scripts share it. Kept free
 * of zod: the content scripts import it, and must stay small.
 *
 * An override selector is plain CSS that picks an element; it can never run anything, but it is
 * kept to the small, readable subset a maintainer needs, so that a policy cannot smuggle in
 * anything else: no escapes, no comments, no `url(`, no functional syntax beyond the structural
 * pseudo-classes below, no pseudo-elements (they match no element).
 */
import type { FieldName, Platform } from "./vocabulary";

/** The fields an override can point at: those read from one element (or a list of links). */
export const OVERRIDABLE_FIELDS = ["displayName", "bio", "links", "avatar"] as const satisfies readonly FieldName[];
export type OverridableField = (typeof OVERRIDABLE_FIELDS)[number];

/** Override selectors per field of one platform, in order of preference. */
export type FieldSelectorOverrides = Partial<Record<OverridableField, readonly string[]>>;
export type SelectorOverrides = Partial<Record<Platform, FieldSelectorOverrides>>;

export const MAX_SELECTOR_LENGTH = 200;
export const MAX_SELECTORS_PER_FIELD = 5;

/** Pseudo-classes that take a selector or an An+B argument. */
const FUNCTIONAL_PSEUDO = new Set([
  "is",
  "not",
  "has",
  "where",
  "nth-child",
  "nth-last-child",
  "nth-of-type",
  "nth-last-of-type",
]);
/** Pseudo-classes without an argument that describe structure or a field's state. */
const PLAIN_PSEUDO = new Set([
  "first-child",
  "last-child",
  "only-child",
  "first-of-type",
  "last-of-type",
  "only-of-type",
  "empty",
  "checked",
  "disabled",
  "enabled",
  "read-only",
  "read-write",
  "placeholder-shown",
]);
/** Characters allowed outside quoted attribute values: names, combinators, brackets, lists. */
const PLAIN_CHARACTER = /^[A-Za-z0-9_\-\s#.:[\]=~|^$*,>+()"']$/;
/** Never in an override, quoted or not: these are how script or requests get into CSS. */
const FORBIDDEN = /url\(|javascript:|expression\(|<script|@import/i;

/** Why a selector is not accepted; the texts are in rules/selector-overrides.ts (the content scripts need none). */
export type SelectorProblemCode =
  | "empty"
  | "too-long"
  | "forbidden"
  | "escape"
  | "unclosed-quote"
  | "character"
  | "text-outside-attribute"
  | "nested-bracket"
  | "unopened-bracket"
  | "unquoted-in-brackets"
  | "pseudo-element"
  | "pseudo-class"
  | "parenthesis"
  | "unopened-parenthesis"
  | "unclosed-bracket"
  | "unclosed-parenthesis";
export interface SelectorProblem {
  code: SelectorProblemCode;
  /** The character or pseudo-class at fault. */
  detail?: string;
}

function problem(code: SelectorProblemCode, detail?: string): SelectorProblem {
  return detail === undefined ? { code } : { code, detail };
}

/** Why a selector is not accepted as an override, or null when it is. */
export function selectorProblem(selector: string): SelectorProblem | null {
  const text = selector.trim();
  if (text === "") return problem("empty");
  if (text.length > MAX_SELECTOR_LENGTH) {
    return problem("too-long");
  }
  if (FORBIDDEN.test(text)) return problem("forbidden");
  let quote: string | null = null;
  let inBrackets = false;
  let depth = 0;
  /** Set right after a functional pseudo-class name: only there may a parenthesis open. */
  let opensArgument = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (character === "\\") return problem("escape");
    if (quote !== null) {
      if (character === "\n") return problem("unclosed-quote");
      if (character === quote) quote = null;
      continue;
    }
    if (character !== "(") opensArgument = false;
    if (!PLAIN_CHARACTER.test(character)) {
      return problem("character", character);
    }
    if (character === '"' || character === "'") {
      if (!inBrackets) return problem("text-outside-attribute");
      quote = character;
    } else if (character === "[") {
      if (inBrackets) return problem("nested-bracket");
      inBrackets = true;
    } else if (character === "]") {
      if (!inBrackets) return problem("unopened-bracket");
      inBrackets = false;
    } else if (inBrackets) {
      if (character === "(" || character === ")" || character === ":") {
        return problem("unquoted-in-brackets", character);
      }
    } else if (character === ":") {
      if (text[index + 1] === ":") return problem("pseudo-element");
      const name = /^[a-z-]+/.exec(text.slice(index + 1))?.[0] ?? "";
      const opens = text[index + 1 + name.length] === "(";
      if (opens ? !FUNCTIONAL_PSEUDO.has(name) : !PLAIN_PSEUDO.has(name)) {
        return problem("pseudo-class", `:${name}${opens ? "(" : ""}`);
      }
      index += name.length;
      opensArgument = opens;
    } else if (character === "(") {
      if (!opensArgument) return problem("parenthesis");
      opensArgument = false;
      depth += 1;
    } else if (character === ")") {
      depth -= 1;
      if (depth < 0) return problem("unopened-parenthesis");
    }
  }
  if (quote !== null) return problem("unclosed-quote");
  if (inBrackets) return problem("unclosed-bracket");
  if (depth !== 0) return problem("unclosed-parenthesis");
  return null;
}

/** The overrides of one platform with every selector that fails the check left out. */
export function usableOverrides(overrides: FieldSelectorOverrides | undefined): FieldSelectorOverrides {
  const usable: FieldSelectorOverrides = {};
  for (const field of OVERRIDABLE_FIELDS) {
    const selectors = (overrides?.[field] ?? [])
      .slice(0, MAX_SELECTORS_PER_FIELD)
      .filter((selector) => selectorProblem(selector) === null);
    if (selectors.length > 0) usable[field] = selectors;
  }
  return usable;
}
