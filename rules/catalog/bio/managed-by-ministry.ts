import { bareHandle } from "../../text/handles";
import { communicationUnits, findAccountMinistry, statesManagedByMinistry } from "../../text/ministry";
import { fillPlaceholders } from "../../text/placeholders";
import { defineRule } from "../../types";
import { missingSentenceReport } from "../fixes";
import { CORPORATE_CONDITIONS, CORPORATE_X } from "../quotes";

export default defineRule({
  meta: {
    id: "bio/managed-by-ministry",
    severity: { corporate: "error", showcase: "error" },
    fields: ["bio"],
    reportsOn: "bio",
    title: { nl: "Beheer door het ministerie vermeld", en: "Management by the ministry stated" },
    description: {
      nl: "De bio zegt dat het ministerie (directie Communicatie) het account beheert of redigeert, bijvoorbeeld 'Redactie: directie Communicatie @MinVWS'.",
      en: "The bio says that the ministry (its communications department) manages or edits the account, e.g. 'Redactie: directie Communicatie @MinVWS'.",
    },
    messages: {
      missing: {
        nl: "De bio vermeldt niet dat het ministerie (directie Communicatie) het account beheert, bijvoorbeeld 'Redactie: directie Communicatie'.",
        en: "The bio does not state that the ministry (communications department) manages the account, e.g. 'Redactie: directie Communicatie'.",
      },
    },
    guideline: [
      {
        headings: CORPORATE_CONDITIONS,
        text: "Ook wordt expliciet aangegeven dat het account in beheer is van en bijgehouden wordt door de directie Communicatie.",
      },
      { headings: CORPORATE_X, text: "Biografie is duidelijk over afzender, beheer en webcare." },
    ],
  },
  check({ profile, account, ministries, templates, limit }) {
    const bio = profile.bio;
    if (statesManagedByMinistry(bio, account, ministries)) return [];
    const who = account.ministryHandle
      ? `@${bareHandle(account.ministryHandle)}`
      : account.ministry
        ? account.ministry
        : "";
    // The unit as this ministry (or the organisation's configuration) names it: RVD for AZ.
    const units = communicationUnits(findAccountMinistry(account, ministries));
    const values = { ministry: who, unit: units[0] ?? "", unitShort: units.at(-1) ?? "" };
    const sentences = [templates.managedBy, ...templates.managedByVariants].map((template) =>
      fillPlaceholders(template, values)
        .replace(/\s{2,}/g, " ")
        .replace(/\s+\./, ".")
        // A unit that already names the ministry ("DCOM VWS") is not followed by it again.
        .replace(/(?<![\p{L}\p{N}])([\p{L}\p{N}@]+)\s+\1(?![\p{L}\p{N}])/giu, "$1"),
    );
    return [missingSentenceReport(bio, [...new Set(sentences)], limit("bio"), "missing")];
  },
});
