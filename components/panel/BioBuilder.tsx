/**
 * "Stel een bio samen" (issue 11): complete bios for the account in view that pass every bio rule
 * and fit the platform's limit, built on what the editor wrote, each with its count and what it
 * adds. A proposal goes into the field only on a click, as an undoable fix.
 */
import { useState } from "preact/hooks";
import { type BioProposal, describeChange } from "@/rules/bio-builder";
import type { Language } from "@/rules/vocabulary";
import { fromPerson } from "../trusted";
import type { PanelTranslate } from "./messages";

export interface BioBuilderProps {
  lang: Language;
  t: PanelTranslate;
  /** Builds the proposals for the bio as it stands now (called when the person opens the builder). */
  propose(): BioProposal[];
  /** Puts a proposal into the field; absent where the field cannot be written (a profile page). */
  onUse?(proposal: BioProposal): void;
}

export function BioBuilder({ lang, t, propose, onUse }: BioBuilderProps) {
  const [proposals, setProposals] = useState<BioProposal[] | null>(null);
  return (
    <details
      class="bio-builder"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) setProposals(propose());
      }}
    >
      <summary>{t("composeBio")}</summary>
      {proposals && proposals.length === 0 && <p>{t("composeBioNone")}</p>}
      {proposals && (
        <ul class="proposals">
          {proposals.map((proposal) => (
            <li key={proposal.variant} data-bio-proposal={proposal.variant}>
              <p class="proposal-head">
                <strong>{t(proposal.variant === "short" ? "composeBioShort" : "composeBioNormal")}</strong>{" "}
                {proposal.limit !== undefined && (
                  <span class="length-count">
                    {proposal.count}/{proposal.limit}
                    <span class="visually-hidden"> {t("lengthCount")}</span>
                  </span>
                )}
              </p>
              <p class="proposal-text">{proposal.bio}</p>
              {proposal.changes.length > 0 && (
                <ul class="reason">
                  {proposal.changes.map((change) => (
                    <li key={`${change.kind}:${change.text}`}>{describeChange(change)[lang]}</li>
                  ))}
                </ul>
              )}
              {onUse && (
                <button type="button" data-use-bio={proposal.variant} onClick={fromPerson(() => onUse(proposal))}>
                  {t("composeBioUse")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
