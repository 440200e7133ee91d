import { post, reply, ruleTester, severityTable } from "../rule-tester";

const RULE = "post/no-paid-promotion";

ruleTester(RULE, {
  valid: [
    post("Vandaag op werkbezoek bij een zorgboerderij in Drenthe."),
    // #AD in capitals is the newspaper Algemeen Dagblad.
    post("Lees mijn interview in het #AD van vandaag."),
    // Hashtags that only start like one of the list.
    post("#adventure #advocaat #sponsorloop #adviesraad"),
    post("Een betaalde baan voor elke jongere: samenwerking met gemeenten."),
    post("Vandaag gesproken over Paid leave."),
  ],
  invalid: [
    {
      name: "a post with #ad",
      case: post("Wat een mooi product! #ad"),
      errors: [{ messageId: "hashtag", severity: "error", text: "#ad", fix: null }],
    },
    { case: post("#Ad mooi"), errors: [{ text: "#Ad" }] },
    { case: post("#adv #advertentie #spon"), errors: [{ text: "#adv" }, { text: "#advertentie" }, { text: "#spon" }] },
    { case: post("#Sponsored #gesponsord #PaidPartnership"), errors: [{}, {}, {}] },
    {
      case: post("In betaalde samenwerking met Bakkerij Jansen."),
      errors: [{ messageId: "phrase", text: "betaalde samenwerking" }],
    },
    { case: post("Betaald partnerschap met X"), errors: [{ text: "Betaald partnerschap" }] },
    { case: post("Paid partnership with X"), errors: [{ text: "Paid partnership" }] },
    { case: post("Dit evenement is gesponsord door Y."), errors: [{ text: "gesponsord door" }] },
    { case: reply("Zie de actie! #ad"), errors: [{ text: "#ad" }] },
  ],
});

severityTable(RULE, post("Mooi! #ad"), {
  "x/corporate": "error",
  "instagram/corporate": "error",
  "facebook/corporate": "error",
  "linkedin/showcase": "error",
  "x/hybrid": "error",
  "instagram/hybrid": "error",
  "facebook/hybrid": "error",
  "linkedin/hybrid": "error",
});
