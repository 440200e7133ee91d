import { post, reply, ruleTester, severityTable } from "../rule-tester";

const RULE = "post/no-promotion";

ruleTester(RULE, {
  valid: [
    post("Vandaag op werkbezoek bij Bakkerij Jansen in Zwolle. Goed gesprek over personeelstekorten."),
    post("Het minimumloon stijgt naar € 14 per uur. Korting op de energierekening loopt door."),
    // Tracking parameters on government links are exempt.
    post("Lees meer: https://www.rijksoverheid.nl/onderwerpen/zorg?utm_source=x&utm_medium=social"),
    post("Zie wetten.overheid.nl/BWBR0001?utm_campaign=wet"),
    post("Een link zonder tracking: https://www.example.com/pagina?id=3"),
    post("Ga naar de boekhandel, boek nummer twee ligt er."),
  ],
  invalid: [
    {
      name: "a working-visit post that reads like an advertisement",
      case: post(
        "Wat een aanrader, Bakkerij Jansen! Bestel nu met kortingscode MINISTER voor slechts €5 https://jansen.example/shop?utm_source=minister",
      ),
      errors: [
        { messageId: "recommendation", severity: "warning", text: "aanrader" },
        { messageId: "callToBuy", text: "Bestel nu" },
        { messageId: "discount", text: "kortingscode" },
        { messageId: "price", text: "voor slechts €5" },
        {
          messageId: "tracking",
          text: "https://jansen.example/shop?utm_source=minister",
          output:
            "Wat een aanrader, Bakkerij Jansen! Bestel nu met kortingscode MINISTER voor slechts €5 https://jansen.example/shop",
        },
      ],
    },
    { case: post("Boek vandaag nog je ticket"), errors: [{ messageId: "callToBuy", text: "Boek vandaag" }] },
    { case: post("Nu 20% korting!"), errors: [{ messageId: "discount", text: "20% korting" }] },
    { case: post("Echte aanraders."), errors: [{ text: "aanraders" }] },
    {
      case: post("Kijk op shop.example.nl/p?id=1&ref=minister&aff=7#top."),
      errors: [
        {
          messageId: "tracking",
          messageIncludes: "ref=minister, aff=7",
          output: "Kijk op shop.example.nl/p?id=1#top.",
        },
      ],
    },
    {
      case: reply("Koop nu via https://x.example/?utm_medium=a"),
      errors: [{ text: "Koop nu" }, { messageId: "tracking" }],
    },
    {
      name: "a look-alike of a government host is not exempt",
      case: post("https://rijksoverheid.nl.example.org/?utm_source=x"),
      errors: [{ messageId: "tracking" }],
    },
  ],
});

severityTable(RULE, post("Bestel nu!"), {
  "x/corporate": "warning",
  "instagram/corporate": "warning",
  "facebook/corporate": "warning",
  "linkedin/showcase": "warning",
  "x/hybrid": "warning",
  "instagram/hybrid": "warning",
  "facebook/hybrid": "warning",
  "linkedin/hybrid": "warning",
});
