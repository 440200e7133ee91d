import { post, reply, ruleTester, severityTable } from "../rule-tester";

const RULE = "reply/policy-only";
const AGEMA = { party: "PVV", ministryHandle: "MinVWS" };
const asMinistry = (inReplyTo: string | null | undefined) => ({
  type: "hybrid" as const,
  account: AGEMA,
  role: "ministry" as const,
  inReplyTo,
});
const ANSWER = "Dank voor je vraag! Dat lees je op rijksoverheid.nl #MinVWS";

ruleTester(RULE, {
  valid: [
    reply(ANSWER, asMinistry("Wanneer komt de nieuwe regeling voor mantelzorgers?")),
    // A neutral call to vote is not party politics.
    reply(ANSWER, asMinistry("Ga stemmen! Waar is mijn stembureau?")),
    // Party words inside ordinary words, and the other traps of the profile rules.
    reply(ANSWER, asMinistry("Denk mee: wanneer komt er 230 volt op het spoor? CU later")),
    reply(ANSWER, asMinistry("Werken jullie in samenwerking met gemeenten?")),
  ],
  invalid: [
    {
      name: "a ministry reply to a campaign question",
      case: reply(ANSWER, asMinistry("Waarom zou ik op 29 oktober op de PVV stemmen?")),
      errors: [{ messageId: "political", severity: "warning", messageIncludes: "'PVV'", fix: null }],
    },
    { case: reply(ANSWER, asMinistry("Stem op Fleur!")), errors: [{ messageIncludes: "Stem op Fleur" }] },
    { case: reply(ANSWER, asMinistry("Wat vindt #TeamPVV hiervan?")), errors: [{ messageIncludes: "#TeamPVV" }] },
    { case: reply(ANSWER, asMinistry("Hoe zit het met de V.V.D.?")), errors: [{ messageIncludes: "V.V.D" }] },
  ],
  notEvaluated: [
    // The party may answer political questions; corporate accounts have no party to hand them to.
    reply("Tot zaterdag! #TeamPVV", { ...asMinistry("Stem op de PVV?"), role: "party" }),
    reply(ANSWER, { account: AGEMA, inReplyTo: "Stem op de PVV?" }),
    // inReplyTo on a post is ignored.
    post(ANSWER, asMinistry("Stem op de PVV?")),
  ],
  notChecked: [
    reply(ANSWER, asMinistry(undefined)),
    reply(ANSWER, asMinistry(null)),
    reply(ANSWER, { ...asMinistry("Stem op de PVV?"), role: undefined }),
  ],
});

severityTable(RULE, reply(ANSWER, { role: "ministry", account: AGEMA, inReplyTo: "Stem #PVV!" }), {
  "x/corporate": null,
  "instagram/corporate": null,
  "facebook/corporate": null,
  "linkedin/showcase": null,
  "x/hybrid": "warning",
  "instagram/hybrid": "warning",
  "facebook/hybrid": "warning",
  "linkedin/hybrid": "warning",
});
