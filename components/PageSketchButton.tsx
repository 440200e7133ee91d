/**
 * "Kopieer paginaschets" (issue 9): offered in the panel when a field on a supported page is not
 * checked because nothing matched. It copies a privacy-safe outline of the page's structure for the
 * maintainers (the content script makes it; this component knows no platform) and says visibly, and
 * to screen readers, whether the copy worked.
 */
import { useState } from "preact/hooks";
import type { Language } from "@/rules/vocabulary";
import { makeTranslator } from "@/utils/i18n";
import { fromPerson } from "./trusted";

export const PAGE_SKETCH_MESSAGES = {
  nl: {
    explain: "Veld niet gevonden? Stuur de beheerders een paginaschets: alleen de opbouw, geen tekst of namen.",
    copy: "Kopieer paginaschets",
    copied: "Paginaschets gekopieerd naar het klembord.",
    failed: "Kopiëren is niet gelukt; probeer het opnieuw.",
  },
  en: {
    explain: "Field not found? Send the maintainers a page sketch: structure only, no text or names.",
    copy: "Copy page sketch",
    copied: "Page sketch copied to the clipboard.",
    failed: "Copying failed; please try again.",
  },
} satisfies Record<Language, Record<string, string>>;

export interface PageSketchButtonProps {
  lang: Language;
  /** Puts the sketch on the clipboard; rejects when that fails. */
  onCopy(): Promise<void>;
}

export function PageSketchButton({ lang, onCopy }: PageSketchButtonProps) {
  const t = makeTranslator(PAGE_SKETCH_MESSAGES, lang);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = () => {
    onCopy().then(
      () => setState("copied"),
      () => setState("failed"),
    );
  };
  return (
    <div class="page-sketch">
      <p class="reason">{t("explain")}</p>
      <p class="actions">
        <button type="button" data-copy-page-sketch="" onClick={fromPerson(copy)}>
          {t("copy")}
        </button>
      </p>
      {/* Always in the page, so that screen readers announce the text when it appears. */}
      <p role="status" data-page-sketch-status={state}>
        {state === "idle" ? "" : t(state)}
      </p>
    </div>
  );
}
