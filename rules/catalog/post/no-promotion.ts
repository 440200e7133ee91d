import { findTrackedLinks } from "../../links/tracking";
import { defineRule, type Report } from "../../types";
import { WORKING_VISITS } from "../quotes";

/** Promotional wording, each with the message that names it. */
const PROMOTIONAL: readonly { pattern: RegExp; messageId: "callToBuy" | "discount" | "price" | "recommendation" }[] = [
  {
    pattern:
      /(?<![\p{L}])(?:koop|bestel|boek|reserveer|shop|scoor)\s+(?:nu|hier|vandaag|direct|snel|meteen|online)(?![\p{L}])|(?<![\p{L}])(?:nu\s+te\s+koop|nu\s+verkrijgbaar|nu\s+in\s+de\s+winkel)(?![\p{L}])|(?<![\p{L}])(?:buy|order|book|shop)\s+(?:now|here|today|online)(?![\p{L}])/giu,
    messageId: "callToBuy",
  },
  {
    pattern:
      /(?<![\p{L}])(?:kortingscode|actiecode|promocode|promo\s+code|couponcode|discount\s+code|gratis\s+verzending)(?![\p{L}])|\d+\s?%\s?(?:korting|off)(?![\p{L}])/giu,
    messageId: "discount",
  },
  {
    pattern:
      /(?<![\p{L}])(?:voor\s+(?:maar|slechts)|slechts|nu\s+(?:voor|maar)|only|just)\s*(?:€|eur\s|euro\s|\$)\s?\d/giu,
    messageId: "price",
  },
  { pattern: /(?<![\p{L}])aanraders?(?![\p{L}])/giu, messageId: "recommendation" },
];

export default defineRule({
  meta: {
    id: "post/no-promotion",
    severity: { corporate: "warning", showcase: "warning", hybrid: "warning" },
    fields: ["text"],
    reportsOn: "text",
    kinds: ["post", "reply"],
    title: { nl: "Zakelijke toon, geen reclame", en: "Businesslike tone, no advertising" },
    description: {
      nl: "Berichten over werkbezoeken en bedrijven zijn zakelijk: geen oproep om te kopen, te bestellen of te boeken, geen korting of prijsaanbod, geen 'aanrader', geen links met tracking- of affiliateparameters.",
      en: "Messages about working visits and companies are businesslike: no call to buy, order or book, no discount or price offer, no 'aanrader' (recommendation), no links with tracking or affiliate parameters.",
    },
    messages: {
      callToBuy: {
        nl: "Oproep om te kopen of te boeken ('{text}'): dat klinkt als reclame.",
        en: "A call to buy or book ('{text}'): that reads like an advertisement.",
      },
      discount: {
        nl: "Korting of kortingscode ('{text}'): dat klinkt als reclame.",
        en: "A discount or promo code ('{text}'): that reads like an advertisement.",
      },
      price: {
        nl: "Prijsaanbod ('{text}'): dat klinkt als reclame.",
        en: "A price offer ('{text}'): that reads like an advertisement.",
      },
      recommendation: {
        nl: "'{text}' prijst een bedrijf of product aan.",
        en: "'{text}' (a recommendation) promotes a company or product.",
      },
      tracking: {
        nl: "De link heeft tracking- of affiliateparameters ({parameters}): verwijder ze.",
        en: "The link has tracking or affiliate parameters ({parameters}): remove them.",
      },
    },
    guideline: [
      {
        headings: WORKING_VISITS,
        text: "Berichten over werkbezoeken moeten zo zakelijk mogelijk van toon zijn. De communicatie mag geen wervend karakter krijgen, of overkomen als reclame.",
      },
    ],
  },
  check({ message }) {
    const text = message.text;
    const reports: Report<"callToBuy" | "discount" | "price" | "recommendation" | "tracking">[] = [];
    for (const { pattern, messageId } of PROMOTIONAL) {
      for (const match of text.matchAll(pattern)) {
        const end = match.index + match[0].length;
        reports.push({ messageId, data: { text: match[0] }, start: match.index, end });
      }
    }
    for (const link of findTrackedLinks(text)) {
      reports.push({
        messageId: "tracking" as const,
        data: { parameters: link.parameters.join(", ") },
        start: link.start,
        end: link.end,
        fix: { type: "replace" as const, start: link.start, end: link.end, text: link.cleaned },
      });
    }
    return reports.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  },
});
