/**
 * Sample avatars, copied from tests/fixtures/avatars. Inlined as data URLs so the playground needs
 * no network and works as a file:// page: a data URL image does not taint the canvas we read.
 */
import portrait from "./samples/portret.jpg?inline";
import rijkslogoLint from "./samples/rijkslogo-lint.jpg?inline";
import rijkslogoRound from "./samples/rijkslogo-rond.png?inline";

export const SAMPLES = {
  "rijkslogo-lint.jpg": rijkslogoLint,
  "rijkslogo-rond.png": rijkslogoRound,
  "portret.jpg": portrait,
} as const;

export type SampleName = keyof typeof SAMPLES;
