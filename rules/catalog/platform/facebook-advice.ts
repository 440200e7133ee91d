import { defineRule } from "../../types";
import { CORPORATE } from "../quotes";

export default defineRule({
  meta: {
    id: "platform/facebook-advice",
    severity: { corporate: { facebook: "info", default: "off" }, hybrid: { facebook: "info", default: "off" } },
    fields: [],
    // The advice is about the account as a whole; it is shown with the account's handle.
    reportsOn: "handle",
    title: { nl: "Advies voor Facebook", en: "Advice for Facebook" },
    description: {
      nl: "Op Facebook is het organische bereik laag; de richtlijn adviseert bewindspersonen te faciliteren op het corporate account van hun ministerie.",
      en: "Organic reach on Facebook is low; the guideline advises facilitating ministers on their ministry's corporate account.",
    },
    messages: {
      advice: {
        nl: "Advies: faciliteer de bewindspersoon op het Facebook-account van het ministerie, passend binnen de redactieformule van dat account.",
        en: "Advice: facilitate the minister on the ministry's Facebook account, within that account's editorial formula.",
      },
    },
    guideline: [
      {
        headings: [CORPORATE, "Instructie en randvoorwaarden per socialemediaplatform", "Facebook:"],
        text: "Aangezien alle ministeries een corporate account op Facebook hebben, wordt geadviseerd om bewindspersonen op het corporate account van hun ministeries te faciliteren, passend binnen de redactieformule van dat account.",
      },
    ],
  },
  check() {
    return [{ messageId: "advice" }];
  },
});
