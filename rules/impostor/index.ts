/** Fake-account recognition: see assess.ts (the decision), lookalike.ts (handles), text.ts (what it says). */
export * from "./assess";
export * from "./lookalike";
export * from "./text";
