import { defineRule, type Report } from "../../types";
import { AT_A_GLANCE } from "../quotes";

/** Hashtags that mark paid promotion, compared case-insensitively (except #AD, see below). */
const PAID_HASHTAGS = new Set(["ad", "adv", "advertentie", "spon", "sponsored", "gesponsord", "paidpartnership"]);
/** Phrases that mark paid promotion wherever they stand; white space between the words may vary. */
const PAID_PHRASES = /betaalde\s+samenwerking|betaald\s+partnerschap|paid\s+partnership|gesponsord\s+door/giu;

export default defineRule({
  meta: {
    id: "post/no-paid-promotion",
    severity: { corporate: "error", showcase: "error", hybrid: "error" },
    fields: ["text"],
    reportsOn: "text",
    kinds: ["post", "reply"],
    title: { nl: "Geen betaalde promotie", en: "No paid promotion" },
    description: {
      nl: "Een bewindspersonenaccount plaatst geen betaalde promotie: geen #ad, #gesponsord of 'betaalde samenwerking'.",
      en: "A minister's account posts no paid promotion: no #ad, #sponsored or 'paid partnership'.",
    },
    messages: {
      hashtag: {
        nl: "Het bericht is gemarkeerd als betaalde promotie ({text}).",
        en: "The message is marked as paid promotion ({text}).",
      },
      phrase: {
        nl: "Het bericht meldt betaalde promotie ('{text}').",
        en: "The message states paid promotion ('{text}').",
      },
    },
    guideline: [{ headings: AT_A_GLANCE, text: "| Betaalde promotie | Nee | Nee |" }],
  },
  check({ message }) {
    const text = message.text;
    const reports: Report<"hashtag" | "phrase">[] = [];
    for (const match of text.matchAll(/(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]+)/gu)) {
      const body = match[1] as string;
      // #AD in capitals is the newspaper Algemeen Dagblad, not an advertisement.
      if (body === "AD" || !PAID_HASHTAGS.has(body.toLowerCase())) continue;
      const end = match.index + match[0].length;
      reports.push({ messageId: "hashtag" as const, data: { text: match[0] }, start: match.index, end });
    }
    for (const match of text.matchAll(PAID_PHRASES)) {
      const end = match.index + match[0].length;
      reports.push({ messageId: "phrase" as const, data: { text: match[0] }, start: match.index, end });
    }
    return reports.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  },
});
