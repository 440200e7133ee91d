/**
 * One cause, one card: findings that share a cause are shown together. Two findings share a cause
 * when they are about the same field (and the same link) and the same part of it: overlapping
 * ranges, or the whole value. "(PVV)" in a name is both "no party in the name" and "not a first
 * and last name"; a pvv.nl link is both "not Rijksoverheid.nl" and "a party website". In the bio a
 * finding without a range says something is missing, and each missing thing is its own cause.
 * The panel, the toolbar badge and the popup all count causes, so their counts agree.
 */
import type { Finding, Severity } from "./schema";

export interface FindingGroup {
  /** Stable while the cause stays (typing before it moves its range, not its key): field, first rule, link. */
  key: string;
  field: Finding["field"];
  findings: Finding[];
  /** The worst severity in the group. */
  severity: Severity;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The part of the field a finding is about; null where the finding stands alone (a missing bio part). */
function extent(finding: Finding): { index: number; start: number; end: number } | null {
  const index = finding.index ?? 0;
  const ranged = finding.start !== undefined && finding.end !== undefined;
  if (ranged) return { index, start: finding.start as number, end: finding.end as number };
  if (finding.field === "bio") return null;
  return { index, start: 0, end: Number.POSITIVE_INFINITY };
}

function shareCause(a: Finding, b: Finding): boolean {
  if (a.field !== b.field) return false;
  const first = extent(a);
  const second = extent(b);
  if (!first || !second || first.index !== second.index) return false;
  // An empty range (an insertion point) touches the range it sits in.
  return first.start <= second.end && second.start <= first.end;
}

/** The findings in groups, in the order of their first finding, each group's worst finding first. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const finding of findings) {
    const group = groups.find((candidate) => candidate.findings.some((member) => shareCause(member, finding)));
    if (group) {
      group.findings.push(finding);
      if (SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[group.severity]) group.severity = finding.severity;
      continue;
    }
    const base = `${finding.field}:${finding.rule}:${finding.index ?? ""}`;
    const repeats = groups.filter((existing) => existing.key.startsWith(`${base}#`)).length;
    groups.push({
      key: `${base}#${repeats}`,
      field: finding.field,
      findings: [finding],
      severity: finding.severity,
    });
  }
  for (const group of groups) group.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return groups;
}

export type CauseCounts = Record<Severity, number>;

/**
 * The causes still open per severity: a group counts once, at the worst severity among its findings
 * that are not settled (waived or acknowledged); a group whose findings are all settled counts nowhere.
 */
export function countOpenCauses<F extends Pick<Finding, "severity">>(
  groups: readonly { findings: readonly F[] }[],
  isOpen: (finding: F) => boolean,
): CauseCounts {
  const counts: CauseCounts = { error: 0, warning: 0, info: 0 };
  for (const group of groups) {
    const open = group.findings.filter(isOpen);
    if (open.length === 0) continue;
    const worst = open.reduce((a, b) => (SEVERITY_ORDER[b.severity] < SEVERITY_ORDER[a.severity] ? b : a));
    counts[worst.severity] += 1;
  }
  return counts;
}
