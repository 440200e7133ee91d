import { bareHandle } from "../../text/handles";
import { isOfficeHandle } from "../../text/office";
import { defineRule } from "../../types";
import { HYBRID_X } from "../quotes";

export default defineRule({
  meta: {
    id: "handle/person-name",
    severity: { hybrid: { x: "warning", instagram: "warning", facebook: "off", linkedin: "off" } },
    fields: ["handle"],
    reportsOn: "handle",
    title: { nl: "Handle is van de persoon", en: "Handle belongs to the person" },
    description: {
      nl: "Een hybride account is van de bewindspersoon zelf; een ambtshandle hoort bij een corporate account.",
      en: "A hybrid account belongs to the minister personally; an office handle belongs to a corporate account.",
    },
    messages: {
      officeHandle: {
        nl: "@{handle} ziet eruit als een ambtshandle, maar dit is een hybride account: de handle hoort van de persoon te zijn.",
        en: "@{handle} looks like an office handle, but this is a hybrid account: the handle should be the person's.",
      },
    },
    guideline: [{ headings: HYBRID_X, text: "Naamgeving handle is van persoon." }],
  },
  check({ profile, ministries }) {
    const handle = bareHandle(profile.handle);
    return isOfficeHandle(handle, ministries) ? [{ messageId: "officeHandle", data: { handle } }] : [];
  },
});
