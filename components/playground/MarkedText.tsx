/**
 * The text the selected finding is about, with the words it points at marked: the third part of the
 * presentation stage (teaching point, finding, marked text). The marking is a <mark> plus the words
 * "gemarkeerd:" for screen readers, so it does not rest on colour.
 */
import { FIELD_LABELS } from "@/rules/labels";
import type { Finding, Language, Profile } from "@/rules/schema";
import type { PlaygroundTranslate } from "./messages";

function fieldText(finding: Finding, profile: Profile): string | undefined {
  const value = finding.field === "links" ? profile.links?.[finding.index ?? 0] : profile[finding.field];
  return typeof value === "string" ? value : undefined;
}

export function MarkedText(props: {
  finding: Finding | undefined;
  profile: Profile;
  lang: Language;
  t: PlaygroundTranslate;
}) {
  const { finding, profile, lang, t } = props;
  const text = finding ? fieldText(finding, profile) : undefined;
  if (!finding || text === undefined) return null;
  const { start, end } = finding;
  const marked = start !== undefined && end !== undefined && start < end && end <= text.length;
  return (
    <section class="card marked-text" aria-labelledby="marked-title">
      <h2 id="marked-title">{t("markedText", { field: FIELD_LABELS[lang][finding.field] })}</h2>
      <p class="marked" data-marked-field={finding.field}>
        {marked ? (
          <>
            {text.slice(0, start)}
            <mark>
              <span class="visually-hidden">{t("markedStart")}</span>
              {text.slice(start, end)}
              <span class="visually-hidden">{t("markedEnd")}</span>
            </mark>
            {text.slice(end)}
          </>
        ) : (
          text
        )}
      </p>
    </section>
  );
}
