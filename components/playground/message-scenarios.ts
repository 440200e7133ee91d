/**
 * Message scenarios for the playground's composer: posts and replies, each teaching one line of
 * the guideline about messages. `expectedRules` is exactly the set of rule ids the engine finds;
 * tests/playground/message-scenarios.test.ts keeps that true.
 */
import type { Account, MessageCase } from "@/rules/schema";
import type { Localized } from "@/rules/types";

export interface MessageScenario {
  id: string;
  title: Localized;
  teaches: Localized;
  case: MessageCase;
  expectedRules: string[];
}

const VWS_CORPORATE: Account = {
  platform: "x",
  type: "corporate",
  ministry: "VWS",
  ministryHandle: "MinVWS",
  minister: "Fleur Agema",
  party: "PVV",
};
const AGEMA_HYBRID: Account = {
  platform: "x",
  type: "hybrid",
  ministry: "VWS",
  ministryHandle: "MinVWS",
  minister: "Fleur Agema",
  party: "PVV",
  partyMarker: "#TeamPVV",
  ministerMarker: "-FA",
};
const HEINEN_LINKEDIN: Account = {
  platform: "linkedin",
  type: "hybrid",
  ministry: "Fin",
  ministryHandle: "MinFin",
  minister: "Eelco Heinen",
  party: "VVD",
  ministerMarker: "-EH",
};
const VWS_INSTAGRAM: Account = { ...VWS_CORPORATE, platform: "instagram" };
const VWS_FACEBOOK: Account = { ...VWS_CORPORATE, platform: "facebook" };

export const MESSAGE_SCENARIOS: readonly MessageScenario[] = [
  {
    id: "post-minister-party-hashtag",
    title: {
      nl: "Partijhashtag van de minister op een corporate account",
      en: "A party hashtag from the minister on a corporate account",
    },
    teaches: {
      nl: "Op een corporate account is partijpolitieke content nooit toegestaan, ook niet als de bewindspersoon zelf post en ook niet in campagnetijd. Verwijder de hashtag.",
      en: "Party-political content is never allowed on a corporate account, also not when the minister posts personally and also not in campaign time. Remove the hashtag.",
    },
    case: {
      kind: "post",
      account: VWS_CORPORATE,
      post: { text: "Wat een mooie dag in Venlo met zoveel betrokken mensen! #TeamPVV", role: "minister" },
    },
    expectedRules: ["post/no-party"],
  },
  {
    id: "post-party-without-marker",
    title: { nl: "Partijbericht zonder aanduiding", en: "A party post without its marker" },
    teaches: {
      nl: "Op een hybride account moet de lezer per bericht zien wie het plaatst. Een bericht van de partij krijgt de partijhashtag; de hersteloptie voegt die toe.",
      en: "On a hybrid account the reader must see who posts each message. A party message carries the party hashtag; the fix adds it.",
    },
    case: {
      kind: "post",
      account: AGEMA_HYBRID,
      post: { text: "Zaterdag campagne in Venlo. Kom je ook?", role: "party" },
    },
    expectedRules: ["post/role-marker"],
  },
  {
    id: "reply-ministry-campaign-question",
    title: { nl: "Het ministerie reageert op een campagnevraag", en: "The ministry answers a campaign question" },
    teaches: {
      nl: "Op een hybride account beantwoordt de webcare van het ministerie alleen beleidsvragen. Een vraag over de partij of de verkiezingen laat het ministerie aan de partij.",
      en: "On a hybrid account the ministry's webcare answers policy questions only. A question about the party or the election is for the party.",
    },
    case: {
      kind: "reply",
      account: AGEMA_HYBRID,
      post: {
        text: "Dank voor je vraag! Meer informatie vind je op rijksoverheid.nl #MinVWS",
        role: "ministry",
        inReplyTo: "Waarom zou ik op 29 oktober op de PVV stemmen?",
      },
    },
    expectedRules: ["reply/policy-only"],
  },
  {
    id: "reply-formal-webcare",
    title: { nl: "Formele webcare-reactie", en: "A formal webcare reply" },
    teaches: {
      nl: "Webcare antwoordt in begrijpelijke taal en tutoyeert: je en jouw in plaats van u en uw, geen ambtelijke woorden als 'inzake'. De hersteloptie maakt van 'Kunt u' 'Kun je'.",
      en: "Webcare answers in plain language and addresses people informally: je and jouw instead of u and uw, no officialese such as 'inzake'. The fix turns 'Kunt u' into 'Kun je'.",
    },
    case: {
      kind: "reply",
      account: VWS_CORPORATE,
      post: {
        text: "Kunt u ons uw vraag inzake de regeling per mail sturen?",
        inReplyTo: "Geldt de nieuwe regeling ook voor mantelzorgers?",
      },
    },
    expectedRules: ["reply/tutoyeren", "reply/plain-language"],
  },
  {
    id: "post-working-visit-advertisement",
    title: { nl: "Werkbezoek dat klinkt als reclame", en: "A working-visit post that reads like an advertisement" },
    teaches: {
      nl: "Een bericht over een werkbezoek is zakelijk van toon: geen aanrader, geen oproep om te bestellen, geen kortingscode en geen link met trackingparameters.",
      en: "A post about a working visit is businesslike: no recommendation, no call to order, no promo code and no link with tracking parameters.",
    },
    case: {
      kind: "post",
      account: VWS_INSTAGRAM,
      post: {
        text: "Werkbezoek aan Bakkerij Jansen in Zwolle. Echt een aanrader! Bestel nu via https://bakkerijjansen.example/shop?utm_source=minister",
      },
    },
    expectedRules: ["post/no-promotion"],
  },
  {
    id: "post-paid-promotion",
    title: { nl: "Bericht met #ad", en: "A post with #ad" },
    teaches: {
      nl: "Betaalde promotie hoort niet op een bewindspersonenaccount, corporate noch hybride. #AD in hoofdletters is de krant en telt niet.",
      en: "Paid promotion does not belong on a minister's account, corporate or hybrid. #AD in capitals is the newspaper and does not count.",
    },
    case: {
      kind: "post",
      account: VWS_FACEBOOK,
      post: { text: "Trots op deze nieuwe zorgapp, lees ook mijn interview in het #AD. #ad" },
    },
    expectedRules: ["post/no-paid-promotion"],
  },
  {
    id: "reply-says-who-answers",
    title: { nl: "Reactie die zegt wie antwoordt", en: "A reply that says who answers" },
    teaches: {
      nl: "Op een hybride account maakt elke reactie duidelijk wie er reageert. Hier antwoordt het ministerie en zet het #MinFin eronder; zonder die aanduiding volgt een fout.",
      en: "On a hybrid account every reply makes clear who answers. Here the ministry answers and signs with #MinFin; without that marker it is an error.",
    },
    case: {
      kind: "reply",
      account: HEINEN_LINKEDIN,
      post: {
        text: "Dank voor je vraag. De nieuwe belastingtarieven staan op rijksoverheid.nl. #MinFin",
        role: "ministry",
        inReplyTo: "Wanneer gaan de nieuwe tarieven in?",
      },
    },
    expectedRules: [],
  },
  {
    id: "reply-clean",
    title: { nl: "Reactie die klopt", en: "A clean reply" },
    teaches: {
      nl: "Zo hoort het: korte zinnen, je en jouw, een verwijzing naar de bron en geen partijpolitiek.",
      en: "The model: short sentences, je and jouw, a pointer to the source and no party politics.",
    },
    case: {
      kind: "reply",
      account: VWS_CORPORATE,
      post: {
        text: "Dank voor je vraag! Ja, de regeling geldt ook voor mantelzorgers. Kijk op rijksoverheid.nl voor de voorwaarden.",
        inReplyTo: "Geldt de nieuwe regeling ook voor mantelzorgers?",
      },
    },
    expectedRules: [],
  },
  {
    id: "post-hybrid-no-role",
    title: { nl: "Hybride bericht zonder gekozen rol", en: "A hybrid post without a chosen role" },
    teaches: {
      nl: "Op een hybride account hangt de beoordeling af van wie schrijft. Zonder gekozen rol zegt de controle welke regels niet gecontroleerd zijn; kies een rol.",
      en: "On a hybrid account the verdict depends on who writes. Without a role the check says which rules were not checked; choose a role.",
    },
    case: { kind: "post", account: AGEMA_HYBRID, post: { text: "Wat een dag in Venlo!" } },
    expectedRules: [],
  },
];
