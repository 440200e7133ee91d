/**
 * The profile rules, in the order the reports list them. Kept apart from the post and reply rules
 * so that the content scripts, which check profiles, do not carry the message rules.
 */
import type { Rule } from "../types";
import accountVerified from "./account/verified";
import avatarRijkslogoForbidden from "./avatar/rijkslogo-forbidden";
import avatarRijkslogoRequired from "./avatar/rijkslogo-required";
import bioLength from "./bio/length";
import bioManagedByMinistry from "./bio/managed-by-ministry";
import bioMinistryAccount from "./bio/ministry-account";
import bioMinistrySupport from "./bio/ministry-support";
import bioNoParty from "./bio/no-party";
import bioPartySupport from "./bio/party-support";
import bioPredecessorArchive from "./bio/predecessor-archive";
import bioSender from "./bio/sender";
import bioWebcare from "./bio/webcare";
import handleNoParty from "./handle/no-party";
import handleOfficeName from "./handle/office-name";
import handlePersonName from "./handle/person-name";
import linkBewindspersonenpagina from "./link/bewindspersonenpagina";
import linkNoPartySite from "./link/no-party-site";
import linkNoPersonalAccount from "./link/no-personal-account";
import linkRijksoverheid from "./link/rijksoverheid";
import nameFullName from "./name/full-name";
import nameLength from "./name/length";
import nameNoParty from "./name/no-party";
import platformFacebookAdvice from "./platform/facebook-advice";

export const PROFILE_RULES: readonly Rule[] = [
  handleOfficeName,
  handlePersonName,
  handleNoParty,
  nameFullName,
  nameNoParty,
  nameLength,
  bioLength,
  bioNoParty,
  bioSender,
  bioManagedByMinistry,
  bioWebcare,
  bioMinistryAccount,
  bioMinistrySupport,
  bioPartySupport,
  bioPredecessorArchive,
  linkRijksoverheid,
  linkBewindspersonenpagina,
  linkNoPersonalAccount,
  linkNoPartySite,
  avatarRijkslogoRequired,
  avatarRijkslogoForbidden,
  accountVerified,
  platformFacebookAdvice,
] as Rule[];

export function findProfileRule(id: string): Rule | undefined {
  return PROFILE_RULES.find((rule) => rule.meta.id === id);
}
