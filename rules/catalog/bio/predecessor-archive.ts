import { bareHandle, findHandleMention } from "../../text/handles";
import { defineRule } from "../../types";
import { missingSentenceReport } from "../fixes";

export default defineRule({
  meta: {
    id: "bio/predecessor-archive",
    severity: { corporate: "warning" },
    fields: ["bio"],
    reportsOn: "bio",
    title: { nl: "Verwijzing naar het archief van de voorganger", en: "Reference to the predecessor's archive" },
    description: {
      nl: "Na een wissel verwijst de bio van een corporate account naar het archiefaccount van de voorganger (bijvoorbeeld @minpresrutte), als dat is ingesteld.",
      en: "After a change of minister, a corporate account's bio refers to the predecessor's archive account (e.g. @minpresrutte), when one is configured.",
    },
    messages: {
      missing: {
        nl: "De bio verwijst niet naar het archief van de voorganger, @{handle}.",
        en: "The bio does not refer to the predecessor's archive, @{handle}.",
      },
    },
    guideline: [
      {
        headings: ["Aan de slag: checklist nieuwe bewindspersoon", "Account 'oude' bewindspersoon afsluiten"],
        text: "Er wordt verwezen naar archief van berichten van de vorige bewindspersoon.",
      },
    ],
  },
  check({ profile, account, limit }) {
    if (!account.predecessorArchive) return [];
    const bio = profile.bio;
    if (findHandleMention(bio, account.predecessorArchive)) return [];
    const handle = bareHandle(account.predecessorArchive);
    const sentences = [`Archief voorganger: @${handle}`, `Archief: @${handle}`, `@${handle}`];
    return [missingSentenceReport(bio, sentences, limit("bio"), "missing", { handle })];
  },
});
