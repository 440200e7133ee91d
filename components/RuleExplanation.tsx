/**
 * "Waarom?": what a rule asks and the guideline's own words for the account in view (only the
 * quotes of its chapter and platform), the same in the panel, the composer card and the playground.
 */
import { headingPath, quotesFor } from "@/rules/catalog-text";
import type { Rule } from "@/rules/types";
import type { AccountType, Language, Platform } from "@/rules/vocabulary";

export interface RuleExplanationProps {
  rule: Rule;
  lang: Language;
  platform: Platform;
  accountType: AccountType;
  /** The source line's prefix, e.g. "Richtlijn 'Bewindspersonen op sociale media' (juli 2024)". */
  source: string;
}

export function RuleExplanation({ rule, lang, platform, accountType, source }: RuleExplanationProps) {
  return (
    <>
      <p>{rule.meta.description[lang]}</p>
      {quotesFor(rule, platform, accountType).map((quote) => (
        <blockquote key={quote.text}>
          {/* The guideline marks emphasis with **; the quote is shown as plain words. */}
          <p>“{quote.text.replace(/\*\*/g, "")}”</p>
          <footer>
            {source} — {headingPath(quote)}
          </footer>
        </blockquote>
      ))}
    </>
  );
}
