/**
 * The bio builder (issue 11): composes complete bios for an account that pass every bio rule and
 * fit the platform's limit, keeping what the editor already wrote where it can. It does not write
 * sentences of its own beyond the sender: it applies the bio rules' own fixes one by one, the way
 * an editor clicking "Herstel" would, so a proposal and the checks can never disagree.
 */
import { applyTextFix } from "./apply-fix";
import { findProfileRule } from "./catalog/profile-rules";
import { MINISTRIES } from "./data/ministries";
import { type CheckOptions, checkCase, resolveTemplates } from "./engine";
import { countCharacters, fieldLimit } from "./limits";
import type { Account, Finding } from "./schema";
import { findAccountMinistry } from "./text/ministry";
import { findOfficeHolder } from "./text/office";
import type { FixTemplates, Localized } from "./types";

export type BioVariant = "normal" | "short";

export interface BioChange {
  /** The rule whose requirement the change meets ("bio/sender" for the office sentence). */
  rule: string;
  kind: "added" | "removed";
  text: string;
}

export interface BioProposal {
  variant: BioVariant;
  bio: string;
  /** Characters as the platform counts them, and the limit (undefined: none known). */
  count: number;
  limit: number | undefined;
  changes: BioChange[];
  /** The editor's own text: still in the bio, left out because it did not fit with the rest, or there was none. */
  existing: "kept" | "dropped" | "none";
  /** Bio findings the proposal still has (empty for a complete proposal). */
  remaining: Finding[];
}

export interface BioBuildInput {
  account: Account;
  /** What the editor already wrote; kept where it fits. */
  bio?: string;
  /** The party's marker for a hybrid account (#TeamPVV); by default the party rule's own fix. */
  partyMarker?: string;
  /** Ministries, parties, templates, the page's `maxLength`, … as for a check. */
  options?: CheckOptions;
}

/** The office sentence: who speaks. Short: the ministry's code instead of its portfolio. */
function officeSentences(account: Account, options: CheckOptions): string[] {
  const ministry = findAccountMinistry(account, options.ministries ?? MINISTRIES);
  const handle = account.handle ?? "";
  const office = /^(stas|staatssecretaris)/i.test(handle) ? "Staatssecretaris" : "Minister";
  if (ministry?.code === "AZ") return ["Minister-president van Nederland.", "Minister-president."];
  if (!ministry) return account.ministry ? [`${office} van ${account.ministry}.`, `${office}.`] : [`${office}.`];
  // "Minister van VWS", but "Minister van Defensie" rather than the code "Def".
  const isAbbreviation = (ministry.code.match(/\p{Lu}/gu) ?? []).length >= 2;
  const short = isAbbreviation && ministry.code.length < ministry.portfolio.length ? ministry.code : ministry.portfolio;
  return [...new Set([`${office} van ${ministry.portfolio}.`, `${office} van ${short}.`])];
}

/** Templates that prefer the shortest sentences: the short proposal. */
function shortestFirst(templates: FixTemplates): FixTemplates {
  const byLength = (list: readonly string[]) => [...list].sort((a, b) => a.length - b.length);
  const managed = byLength([templates.managedBy, ...templates.managedByVariants]);
  const webcare = byLength([templates.webcare, ...templates.webcareVariants]);
  return {
    managedBy: managed[0] ?? templates.managedBy,
    managedByVariants: managed.slice(1),
    webcare: webcare[0] ?? templates.webcare,
    webcareVariants: webcare.slice(1),
  };
}

function bioFindings(account: Account, bio: string, options: CheckOptions): Finding[] {
  return checkCase({ account, profile: { bio } }, options).findings.filter(
    (finding) => finding.field === "bio" && finding.severity !== "info",
  );
}

function joinSentences(first: string, rest: string): string {
  if (first === "") return rest;
  if (rest === "") return first;
  return `${first} ${rest}`;
}

interface Attempt {
  variant: BioVariant;
  /** The office sentence: full portfolio, or the short form. */
  office: "full" | "short";
  templates: FixTemplates;
}

/** One attempt: sender first if missing, then every bio rule's fix in turn. */
function compose(input: BioBuildInput, start: string, attempt: Attempt): Omit<BioProposal, "existing"> {
  const { variant } = attempt;
  const options: CheckOptions = { ...input.options, templates: attempt.templates };
  const { account } = input;
  const limit = fieldLimit(account.platform, account.type, "bio", options.maxLength?.bio)?.limit;
  const fitsLimit = (text: string) => limit === undefined || countCharacters(text) <= limit;
  const changes: BioChange[] = [];
  let bio = start.trim();
  if (!findOfficeHolder(bio)) {
    const offices = officeSentences(account, options);
    const ordered = attempt.office === "short" ? [...offices].reverse() : offices;
    const office = ordered.find((sentence) => fitsLimit(joinSentences(sentence, bio)));
    if (office) {
      bio = joinSentences(office, bio);
      changes.push({ rule: "bio/sender", kind: "added", text: office });
    }
  }
  // Every fix shortens the bio or fills a missing requirement, so this ends; the bound is a guard.
  for (let round = 0; round < 20; round++) {
    const findings = bioFindings(account, bio, options);
    const party = findings.find((finding) => finding.rule === "bio/party-support");
    if (party && input.partyMarker && fitsLimit(joinSentences(bio, input.partyMarker))) {
      bio = joinSentences(bio, input.partyMarker);
      changes.push({ rule: party.rule, kind: "added", text: input.partyMarker });
      continue;
    }
    const next = findings.find((finding) => finding.fix?.type === "replace");
    if (next?.fix?.type !== "replace")
      return { variant, bio, count: countCharacters(bio), limit, changes, remaining: findings };
    const removed = bio.slice(next.fix.start, next.fix.end).trim();
    bio = applyTextFix(bio, next.fix);
    changes.push(
      removed
        ? { rule: next.rule, kind: "removed", text: removed }
        : { rule: next.rule, kind: "added", text: next.fix.text.trim() },
    );
  }
  return { variant, bio, count: countCharacters(bio), limit, changes, remaining: bioFindings(account, bio, options) };
}

/**
 * Complete proposals, normal first then short: each keeps the editor's text when the complete bio
 * fits with it, and otherwise starts afresh. The normal proposal falls back to a shorter sender or
 * shorter sentences when its full sentences leave no room for everything. When no attempt passes
 * every bio rule (e.g. no ministry handle configured for the reference to the ministry's account),
 * the one closest to it is returned, with what it could not meet in `remaining`.
 */
export function buildBios(input: BioBuildInput): BioProposal[] {
  const templates = resolveTemplates(input.options?.templates);
  const short = shortestFirst(templates);
  const plans: Attempt[][] = [
    [
      { variant: "normal", office: "full", templates },
      { variant: "normal", office: "short", templates },
      { variant: "normal", office: "full", templates: short },
    ],
    [{ variant: "short", office: "short", templates: short }],
  ];
  const existing = input.bio?.trim() ?? "";
  const results: BioProposal[] = [];
  for (const plan of plans) {
    let best: BioProposal | undefined;
    for (const attempt of plan) {
      for (const start of existing === "" ? [""] : [existing, ""]) {
        const composed = compose(input, start, attempt);
        const proposal: BioProposal = {
          ...composed,
          existing: existing === "" ? "none" : start === "" ? "dropped" : "kept",
        };
        if (!best || proposal.remaining.length < best.remaining.length) best = proposal;
        if (best.remaining.length === 0) break;
      }
      if (best?.remaining.length === 0) break;
    }
    // A short proposal that is not shorter than the normal one adds nothing.
    if (best && !results.some((other) => other.count <= best.count)) results.push(best);
  }
  const complete = results.filter((proposal) => proposal.remaining.length === 0);
  if (complete.length > 0) return complete;
  const closest = [...results].sort((a, b) => a.remaining.length - b.remaining.length)[0];
  return closest ? [closest] : [];
}

/** A change in words, for the command and the panel: "toegevoegd (Webcare vermeld): …". */
export function describeChange(change: BioChange): Localized {
  const title = findProfileRule(change.rule)?.meta.title ?? { nl: change.rule, en: change.rule };
  return change.kind === "added"
    ? { nl: `toegevoegd (${title.nl}): ${change.text}`, en: `added (${title.en}): ${change.text}` }
    : { nl: `verwijderd (${title.nl}): ${change.text}`, en: `removed (${title.en}): ${change.text}` };
}
