/**
 * Real wording of who runs ministers' accounts, quoted verbatim from public sources (issue 11):
 * the management rules must recognise the units as ministries name them. Each quote keeps its
 * source and date; where only a description of the account was found (not the bio itself), the
 * bio under test is built from that wording and says so.
 */
import { describe, expect, it } from "vitest";
import { checkOptionsFromConfig } from "../../../rules/config/apply";
import { parseOrgConfig } from "../../../rules/config/schema";
import { checkCase } from "../../../rules/engine";
import type { Account } from "../../../rules/schema";
import { findingsOf } from "../rule-tester";

interface Quote {
  /** The text as published. */
  quote: string;
  source: string;
  date: string;
}

/** What public sources say about who runs the accounts (the search index, 2026-11-30). */
const QUOTES: readonly Quote[] = [
  {
    quote:
      "Daarbij plaatste de Rijksvoorlichtingsdienst (RVD), die het twitteraccount van Rutte beheert, een link naar twee foto's vanuit de Trêveszaal",
    source: "Novum via frontpage.fok.nl/nieuws/print/460194, 'Rutte mag wel foto uit Trêveszaal twitteren'",
    date: "2011",
  },
  {
    quote: "Ook blijkt er tussen het ministerie van Algemene Zaken en de Rijksvoorlichtingsdienst te zijn gesproken",
    source: "security.nl/posting/793829, 'Kabinet geeft informatie vrij over contact tussen Twitter en ministeries'",
    date: "2023-04",
  },
  {
    quote: '{"title": "Rijksvoorlichtingsdienst", "src": "RO_AZ_RVD_Logo_Homepage.png"}',
    source: "rijkshuisstijl logo list of AZ's units in a public repository (search index id 21678069798)",
    date: "crawled 2026",
  },
];

const AZ: Account = { platform: "x", type: "corporate", ministry: "AZ", minister: "Rob Jetten" };
const DEFENSIE: Account = { platform: "x", type: "corporate", ministry: "Def", ministryHandle: "Defensie" };

describe("real wording: the units that run the accounts", () => {
  it.each(QUOTES.map((quote) => [quote.source, quote] as const))("%s names a known unit", (_source, { quote }) => {
    expect(quote).toMatch(/Rijksvoorlichtingsdienst/);
  });

  it.each([
    // Built from the 2011 wording ("de Rijksvoorlichtingsdienst (RVD), die het twitteraccount … beheert").
    [
      "AZ, as the RVD describes its role",
      "Minister-president van Nederland. Dit account wordt beheerd door de Rijksvoorlichtingsdienst (RVD).",
      AZ,
    ],
    ["AZ, editorial line", "Minister-president. Redactie: Rijksvoorlichtingsdienst.", AZ],
    ["AZ, short form", "Minister-president. Beheer: RVD.", AZ],
    ["AZ, signed as posts are", "Minister-president van Nederland. Webcare op werkdagen. ^RVD", AZ],
    [
      "Defensie, signed by Defensievoorlichting",
      "Minister van Defensie. Vragen? Stuur een DM. – Defensievoorlichting",
      DEFENSIE,
    ],
    ["Defensie, editorial line", "Minister van Defensie. Redactie: Defensievoorlichting.", DEFENSIE],
    ["Voorlichting + ministry", "Minister van VWS. Beheer: Voorlichting VWS.", { ...AZ, ministry: "VWS" }],
  ])("%s: no management finding", (_name, bio, account) => {
    const findings = checkCase({ account, profile: { bio } }).findings;
    expect(findings.filter((finding) => finding.rule === "bio/managed-by-ministry")).toEqual([]);
  });

  it("a unit named outside a management clause is not a management statement", () => {
    const findings = findingsOf("bio/managed-by-ministry", {
      account: { ministry: "AZ" },
      profile: { bio: "Minister-president. Volg ook de Rijksvoorlichtingsdienst voor persberichten." },
    });
    expect(findings).toHaveLength(1);
  });

  it("AZ's fix writes the Rijksvoorlichtingsdienst, and Defence's Defensievoorlichting", () => {
    const az = checkCase({ account: AZ, profile: { bio: "Minister-president van Nederland." } }).findings;
    expect(az.find((finding) => finding.rule === "bio/managed-by-ministry")?.fix).toMatchObject({
      text: " Redactie: Rijksvoorlichtingsdienst AZ.",
    });
    const def = checkCase({ account: DEFENSIE, profile: { bio: "Minister van Defensie." } }).findings;
    expect(def.find((finding) => finding.rule === "bio/managed-by-ministry")?.fix).toMatchObject({
      text: " Redactie: Defensievoorlichting @Defensie.",
    });
  });

  it("the configuration adds a unit name: it is accepted and its fix uses it", () => {
    const parsed = parseOrgConfig({ version: 1, communicationUnits: { VWS: ["Team Online VWS"] } });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const options = checkOptionsFromConfig(parsed.config);
    const account: Account = { platform: "x", type: "corporate", ministry: "VWS" };
    const accepted = checkCase({ account, profile: { bio: "Minister van VWS. Redactie: Team Online VWS." } }, options);
    expect(accepted.findings.filter((finding) => finding.rule === "bio/managed-by-ministry")).toEqual([]);
    const fixed = checkCase({ account, profile: { bio: "Minister van VWS." } }, options);
    expect(fixed.findings.find((finding) => finding.rule === "bio/managed-by-ministry")?.fix).toMatchObject({
      text: " Redactie: Team Online VWS.",
    });
  });

  it("ministry-support accepts a unit as the supporter on a hybrid account", () => {
    const findings = checkCase({
      account: { platform: "x", type: "hybrid", ministry: "AZ", party: "D66" },
      profile: { bio: "Minister-president en D66. Ondersteund door de RVD en #TeamD66." },
    }).findings;
    expect(findings.filter((finding) => finding.rule === "bio/ministry-support")).toEqual([]);
  });
});
