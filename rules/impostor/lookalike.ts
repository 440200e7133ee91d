/**
 * Handles that look like another handle: the tricks impostors use to pass for an official account
 * (@MinisterVVVS for @MinisterVWS, @Minister_VWS, @MinisterVWS1, Cyrillic letters).
 */
import { foldLower } from "../text/fold";
import { normalizeHandle } from "../text/handles";

/** How a handle imitates another one. */
export type LookalikeKind = "homoglyphs" | "lookalike-letters" | "separators" | "added-digits" | "one-edit";

/** Letter groups that read alike in a handle; each maps to one spelling so that both compare equal. */
const READ_ALIKE: readonly (readonly [RegExp, string])[] = [
  [/w/g, "vv"],
  [/m/g, "rn"],
  [/[1l|!]/g, "i"],
  [/0/g, "o"],
  [/5/g, "s"],
];

/** Lower case, look-alike letters folded to Latin (rules/text/fold.ts), no "@". */
function folded(handle: string): string {
  return foldLower(normalizeHandle(handle));
}

function withoutSeparators(handle: string): string {
  return handle.replace(/[_.\-\s]/g, "");
}

/** The handle as it reads: separators dropped and letters that read alike spelled one way. */
export function handleSkeleton(handle: string): string {
  let skeleton = withoutSeparators(folded(handle));
  for (const [pattern, replacement] of READ_ALIKE) skeleton = skeleton.replace(pattern, replacement);
  return skeleton;
}

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours), capped at `limit + 1`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit + 1);
}

/** Shortest skeleton for which one edit still counts: "MinAZ" and "MinBZ" are different accounts. */
const MIN_LENGTH_FOR_ONE_EDIT = 7;

/**
 * How `candidate` imitates `official`, or null when it does not (or is the same handle: that is
 * the official account itself, not an imitation).
 */
export function lookalikeKind(candidate: string, official: string): LookalikeKind | null {
  const plainCandidate = normalizeHandle(candidate);
  const plainOfficial = normalizeHandle(official);
  if (plainCandidate === "" || plainOfficial === "" || plainCandidate === plainOfficial) return null;
  const foldedCandidate = folded(candidate);
  const foldedOfficial = folded(official);
  if (foldedCandidate === foldedOfficial) return "homoglyphs";
  if (withoutSeparators(foldedCandidate) === withoutSeparators(foldedOfficial)) {
    return foldedCandidate === plainCandidate ? "separators" : "homoglyphs";
  }
  const skeleton = handleSkeleton(candidate);
  const officialSkeleton = handleSkeleton(official);
  if (skeleton === officialSkeleton) return foldedCandidate === plainCandidate ? "lookalike-letters" : "homoglyphs";
  const withoutDigits = (text: string) => text.replace(/\d+$/, "");
  const candidateWithoutDigits = withoutSeparators(foldedCandidate).replace(/\d+$/, "");
  if (
    candidateWithoutDigits !== withoutSeparators(foldedCandidate) &&
    candidateWithoutDigits === withoutSeparators(foldedOfficial)
  ) {
    return "added-digits";
  }
  if (withoutDigits(skeleton) === officialSkeleton && withoutDigits(skeleton) !== skeleton) return "added-digits";
  if (
    Math.min(skeleton.length, officialSkeleton.length) >= MIN_LENGTH_FOR_ONE_EDIT &&
    editDistance(skeleton, officialSkeleton, 1) <= 1
  ) {
    return "one-edit";
  }
  return null;
}
