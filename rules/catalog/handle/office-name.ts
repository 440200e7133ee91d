import { bareHandle, sameHandle } from "../../text/handles";
import { isOfficeHandle } from "../../text/office";
import { defineRule } from "../../types";
import { CORPORATE_CONDITIONS, CORPORATE_X } from "../quotes";

export default defineRule({
  meta: {
    id: "handle/office-name",
    severity: { corporate: { x: "error", instagram: "error", facebook: "off" } },
    fields: ["handle"],
    reportsOn: "handle",
    title: { nl: "Handle hoort bij het ambt", en: "Handle belongs to the office" },
    description: {
      nl: "Een corporate account heet naar het ambt (@MinPres, @MinisterLNV, @StasMijnbouw), zodat het naar de opvolger kan.",
      en: "A corporate account is named after the office (@MinPres, @MinisterLNV, @StasMijnbouw), so it can pass to the successor.",
    },
    messages: {
      notOffice: {
        nl: "De handle @{handle} is niet aan het ambt gekoppeld: gebruik MinPres of Min/Minister/Stas/Staatssecretaris gevolgd door de portefeuille.",
        en: "The handle @{handle} is not tied to the office: use MinPres or Min/Minister/Stas/Staatssecretaris followed by the portfolio.",
      },
      differsFromConfigured: {
        nl: "De handle @{handle} wijkt af van de ingestelde handle @{expected}.",
        en: "The handle @{handle} differs from the configured handle @{expected}.",
      },
    },
    guideline: [
      {
        headings: CORPORATE_X,
        text: "Naamgeving handle (username) is duidelijk: @MinPres, @StasMijnbouw @MinisterLNV.",
      },
      {
        headings: CORPORATE_CONDITIONS,
        text: "De naamgeving van de accounts hangt aan het ambt van de bewindspersoon: @minpres, @minister/@min, @staatssecretaris/@stas.",
      },
    ],
  },
  check({ profile, account, ministries }) {
    const handle = bareHandle(profile.handle);
    if (account.handle && !sameHandle(account.handle, handle)) {
      return [{ messageId: "differsFromConfigured", data: { handle, expected: bareHandle(account.handle) } }];
    }
    return isOfficeHandle(handle, ministries) ? [] : [{ messageId: "notOffice", data: { handle } }];
  },
});
