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
import type { Localized } from "./types";
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

function problem(nl: string, en: string): Localized {
  return { nl, en };
}

/** Why a selector is not accepted as an override, or null when it is. */
export function selectorProblem(selector: string): Localized | null {
  const text = selector.trim();
  if (text === "") return problem("lege selector", "empty selector");
  if (text.length > MAX_SELECTOR_LENGTH) {
    return problem(
      `selector langer dan ${MAX_SELECTOR_LENGTH} tekens`,
      `selector longer than ${MAX_SELECTOR_LENGTH} characters`,
    );
  }
  if (FORBIDDEN.test(text))
    return problem("url(, script of @import in de selector", "url(, script or @import in the selector");
  let quote: string | null = null;
  let inBrackets = false;
  let depth = 0;
  /** Set right after a functional pseudo-class name: only there may a parenthesis open. */
  let opensArgument = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (character === "\\") return problem("escapes (\\) zijn niet toegestaan", "escapes (\\) are not allowed");
    if (quote !== null) {
      if (character === "\n") return problem("niet afgesloten aanhalingsteken", "unclosed quote");
      if (character === quote) quote = null;
      continue;
    }
    if (character !== "(") opensArgument = false;
    if (!PLAIN_CHARACTER.test(character)) {
      return problem(`teken '${character}' is niet toegestaan`, `character '${character}' is not allowed`);
    }
    if (character === '"' || character === "'") {
      if (!inBrackets) return problem("tekst buiten [attribuut]", "text outside an [attribute]");
      quote = character;
    } else if (character === "[") {
      if (inBrackets) return problem("[ binnen [ ]", "[ inside [ ]");
      inBrackets = true;
    } else if (character === "]") {
      if (!inBrackets) return problem("] zonder [", "] without [");
      inBrackets = false;
    } else if (inBrackets) {
      if (character === "(" || character === ")" || character === ":") {
        return problem(`'${character}' binnen [ ] zonder aanhalingstekens`, `unquoted '${character}' inside [ ]`);
      }
    } else if (character === ":") {
      if (text[index + 1] === ":")
        return problem("pseudo-elementen (::) kiezen geen veld", "pseudo-elements (::) pick no field");
      const name = /^[a-z-]+/.exec(text.slice(index + 1))?.[0] ?? "";
      const opens = text[index + 1 + name.length] === "(";
      if (opens ? !FUNCTIONAL_PSEUDO.has(name) : !PLAIN_PSEUDO.has(name)) {
        return problem(
          `pseudo-klasse :${name}${opens ? "(" : ""} is niet toegestaan`,
          `pseudo-class :${name}${opens ? "(" : ""} is not allowed`,
        );
      }
      index += name.length;
      opensArgument = opens;
    } else if (character === "(") {
      if (!opensArgument) return problem("haakje zonder pseudo-klasse", "parenthesis without a pseudo-class");
      opensArgument = false;
      depth += 1;
    } else if (character === ")") {
      depth -= 1;
      if (depth < 0) return problem(") zonder (", ") without (");
    }
  }
  if (quote !== null) return problem("niet afgesloten aanhalingsteken", "unclosed quote");
  if (inBrackets) return problem("[ zonder ]", "[ without ]");
  if (depth !== 0) return problem("( zonder )", "( without )");
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
