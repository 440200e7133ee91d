/** The cabinet-change checklist: steps.ts (the guideline's steps), evidence.ts (what proves them), progress.ts (what is stored), name-swap.ts, report.ts. */
export * from "./evidence";
export { EVIDENCE_KINDS, EVIDENCE_RULES, type EvidenceOutcome, evidenceOutcome, type ProvenAt } from "./evidence-kinds";
export * from "./name-swap";
export * from "./progress";
export * from "./report";
export * from "./steps";
