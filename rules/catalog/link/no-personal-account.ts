import { isSocialMediaHost, parseLooseUrl, profileHandleOfUrl, readableHost } from "../../links/url";
import { normalizeHandle } from "../../text/handles";
import { defineRule, type Report } from "../../types";
import { CORPORATE_X } from "../quotes";

export default defineRule({
  meta: {
    id: "link/no-personal-account",
    severity: { corporate: "error", showcase: "error" },
    fields: ["links"],
    reportsOn: "links",
    title: {
      nl: "Geen link naar een persoonlijk of ander sociale-media-account",
      en: "No link to a personal or other social-media account",
    },
    description: {
      nl: "Een verwijzing naar het persoonlijke account van de bewindspersoon mag alleen in de bio, niet in het linkveld. Links naar andere sociale-mediaprofielen horen er ook niet.",
      en: "A reference to the minister's personal account belongs in the bio only, not in the link field. Links to other social-media profiles do not belong there either.",
    },
    messages: {
      personal: {
        nl: "Link {number} verwijst naar het persoonlijke account {handle}: noem dat alleen in de bio.",
        en: "Link {number} points to the personal account {handle}: mention it in the bio only.",
      },
      socialMedia: {
        nl: "Link {number} verwijst naar een sociale-mediaprofiel ({host}), niet naar Rijksoverheid.nl.",
        en: "Link {number} points to a social-media profile ({host}), not to Rijksoverheid.nl.",
      },
    },
    guideline: [
      {
        headings: CORPORATE_X,
        text: "Verwijzing naar eventueel persoonlijke account van bewindspersoon alleen in biografie.",
      },
    ],
  },
  check({ profile, account }) {
    const personal = account.personalHandle ? normalizeHandle(account.personalHandle) : null;
    return profile.links.flatMap((link, index): Report<"personal" | "socialMedia">[] => {
      const url = parseLooseUrl(link);
      if (!url || !isSocialMediaHost(url.hostname)) return [];
      const handle = profileHandleOfUrl(url);
      const range = { index, start: 0, end: link.length };
      const number = String(index + 1);
      if (personal && handle && normalizeHandle(handle) === personal) {
        return [{ messageId: "personal", data: { number, handle: `@${handle}` }, ...range }];
      }
      return [{ messageId: "socialMedia", data: { number, host: readableHost(url.hostname) }, ...range }];
    });
  },
});
