/** The bio in the panel with the ranges of its findings marked (the page's own field may allow no overlay). */
import type { Finding } from "@/rules/schema";
import type { PanelTranslate } from "./messages";

export function BioWithMarks({ bio, findings, t }: { bio: string; findings: Finding[]; t: PanelTranslate }) {
  const ranges = findings
    .filter(
      (finding) =>
        finding.field === "bio" &&
        finding.start !== undefined &&
        finding.end !== undefined &&
        finding.end > finding.start,
    )
    .map((finding) => ({ start: finding.start as number, end: finding.end as number, severity: finding.severity }))
    .sort((a, b) => a.start - b.start);
  if (ranges.length === 0) return null;
  const parts = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    parts.push(bio.slice(at, range.start));
    parts.push(
      <mark class={`mark-${range.severity}`} key={range.start}>
        {bio.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  }
  parts.push(bio.slice(at));
  return (
    <figure class="bio">
      <figcaption>{t("highlightedBio")}</figcaption>
      <p>{parts}</p>
    </figure>
  );
}
