import { post, reply, ruleTester, severityTable } from "../rule-tester";

const RULE = "reply/plain-language";
/** n words: "Woord1 woord2 …" (a capital after the full stop, or the segmenter sees one sentence). */
const wordsOf = (n: number) => Array.from({ length: n }, (_, i) => `${i === 0 ? "Woord" : "woord"}${i + 1}`).join(" ");

ruleTester(RULE, {
  valid: [
    reply("Dank voor je vraag! Je vindt het antwoord op rijksoverheid.nl."),
    reply(`${wordsOf(25)}.`),
    // Addresses, handles and hashtags are not words.
    reply(`${wordsOf(24)} https://www.rijksoverheid.nl/onderwerpen/zorg @MinVWS #MinVWS #zorg.`),
    // "reeds" inside another word is not officialese.
    reply("De kleedster is verreeds... nee, de kleedreeks is klaar."),
    reply("Je kunt het formulier gebruiken, we helpen je graag."),
  ],
  invalid: [
    {
      name: "a sentence of 26 words",
      case: reply(`Kort. ${wordsOf(26)}. Ook kort.`),
      errors: [{ messageId: "longSentence", severity: "warning", text: `${wordsOf(26)}.`, messageIncludes: "26" }],
    },
    {
      name: "officialese, inflected forms included",
      case: reply("Inzake je vraag: de vigerende regels gelden reeds, conform de wet."),
      errors: [
        { messageId: "officialese", text: "Inzake", messageIncludes: "'over'" },
        { messageId: "officialese", text: "vigerende", messageIncludes: "'geldend'" },
        { messageId: "officialese", text: "reeds", messageIncludes: "'al'" },
        { messageId: "officialese", text: "conform" },
      ],
    },
    {
      case: reply("Wij sturen je middels de post onverwijld de voornoemde brief, teneinde alles te regelen."),
      errors: [{ text: "middels" }, { text: "onverwijld" }, { text: "voornoemde" }, { text: "teneinde" }],
    },
    { case: reply("Derhalve, dientengevolge, alsmede ingevolge de wet."), errors: [{}, {}, {}, {}] },
  ],
  notEvaluated: [post("Inzake de vigerende regels.")],
  notChecked: [reply("Thank you for your message. We will look into it and get back to you with the answer.")],
});

severityTable(RULE, reply("Inzake je vraag: kijk op de site."), {
  "x/corporate": "warning",
  "instagram/corporate": "warning",
  "facebook/corporate": "warning",
  "linkedin/showcase": "warning",
  "x/hybrid": "warning",
  "instagram/hybrid": "warning",
  "facebook/hybrid": "warning",
  "linkedin/hybrid": "warning",
});
