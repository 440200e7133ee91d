/** Is a display name a person's first and last name? */
import { foldForComparison } from "./fold";

/** Tussenvoegsels: lower-case particles inside Dutch surnames. */
const PARTICLES = new Set([
  "van",
  "de",
  "der",
  "den",
  "het",
  "ter",
  "ten",
  "te",
  "in",
  "op",
  "'t",
  "la",
  "le",
  "du",
  "da",
  "von",
  "zu",
  "al",
  "el",
  "bin",
]);
/** Office words: a name with one of these is a title, not a person's name. */
const OFFICE_WORDS =
  /^(minister|minister-president|ministerpresident|staatssecretaris|ministerie|premier|bewindspersoon|stas|minpres|kabinet|rijksoverheid|prime|secretary|ministry)$/;
/** A capitalised name word: letters with optional hyphens/apostrophes ("Jan-Willem", "d'Hondt", "Ó"). */
const NAME_WORD = /^(\p{Lu}[\p{L}'’]*|\p{L}+['’]\p{Lu}[\p{L}]*)(-\p{L}[\p{L}'’]*)*\.?$/u;

/**
 * A plausible "Voornaam Achternaam": at least a first name and a surname, capitalised, with
 * tussenvoegsels and hyphenated surnames allowed, and no office words, digits or symbols.
 */
export function isPlausiblePersonName(name: string): boolean {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "");
  if (words.length < 2) return false;
  let nameWords = 0;
  for (const word of words) {
    if (OFFICE_WORDS.test(word.toLowerCase().replace(/[.,]$/, ""))) return false;
    if (PARTICLES.has(word.toLowerCase()) && word !== words[0]) continue;
    if (!NAME_WORD.test(word)) return false;
    nameWords += 1;
  }
  return nameWords >= 2;
}

/** Equal after folding case, diacritics and white space: "Fleur  agema" matches "Fleur Agema". */
export function sameName(a: string, b: string): boolean {
  return foldForComparison(a) === foldForComparison(b);
}
