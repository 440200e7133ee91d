import { post, reply, ruleTester, severityTable } from "../rule-tester";

const RULE = "reply/tutoyeren";

ruleTester(RULE, {
  valid: [
    reply("Dank voor je vraag! Je vindt het antwoord op rijksoverheid.nl."),
    reply(""),
    // "u" that is not the pronoun.
    reply("Webcare is er vanaf 9.00 u tot 17.00 u."),
    reply("Bel ons tussen 9 en 17u."),
    reply("Na de U-bocht rechtsaf."),
    reply("Zo werkt het:\ns. aanvragen\nt. wachten\nu. ontvangen"),
    reply("Schrijf het met de letter 'u' en niet met een o."),
    reply("Het woord „u” is formeel."),
    reply("Kijk op https://www.rijksoverheid.nl/u/vragen of mail @u_team"),
    reply("Duurzaam, uniek en uitgebreid."),
  ],
  invalid: [
    {
      name: "a formal webcare reply: kunt u -> kun je",
      case: reply("Kunt u ons uw BSN sturen?"),
      errors: [
        { messageId: "formal", severity: "warning", text: "u", output: "Kun je ons uw BSN sturen?" },
        { messageId: "formal", text: "uw", output: "Kunt u ons je BSN sturen?" },
      ],
    },
    { case: reply("Dank voor uw vraag."), errors: [{ text: "uw", output: "Dank voor je vraag." }] },
    { case: reply("Uw aanvraag is binnen."), errors: [{ text: "Uw", output: "Je aanvraag is binnen." }] },
    { case: reply("U kunt ons bellen."), errors: [{ text: "U", output: "Je kunt ons bellen." }] },
    { case: reply("Heeft u nog vragen?"), errors: [{ output: "Heb je nog vragen?" }] },
    { case: reply("Wij helpen u graag."), errors: [{ output: "Wij helpen je graag." }] },
    { case: reply("Dit is voor u."), errors: [{ output: "Dit is voor jou." }] },
    { case: reply("Dank u."), errors: [{ text: "u", output: "Dank je." }] },
    {
      name: "an inverted verb that is not a simple swap gets no fix",
      case: reply("Betaalt u per maand?"),
      errors: [{ messageId: "formalNoFix", text: "u", fix: null }],
    },
    { case: reply("Bereikbaar om 9.00 uur. Belt u gerust."), errors: [{ messageId: "formalNoFix" }] },
    {
      name: "mixed Dutch and English is not clearly English",
      case: reply("Thanks for your question! Kunt u het ons mailen?"),
      errors: [{ text: "u" }],
    },
  ],
  notEvaluated: [post("Kunt u ons mailen?")],
  notChecked: [
    // A clearly English reply: the Dutch rule says it did not check.
    reply("Thank you for your question! You can find the answer on our website. U is a letter."),
  ],
});

severityTable(RULE, reply("Kunt u ons mailen?"), {
  "x/corporate": "warning",
  "instagram/corporate": "warning",
  "facebook/corporate": "warning",
  "linkedin/showcase": "warning",
  "x/hybrid": "warning",
  "instagram/hybrid": "warning",
  "facebook/hybrid": "warning",
  "linkedin/hybrid": "warning",
});
