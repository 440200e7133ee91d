/** The rule catalog: every rule, in the order the reports list them. A test checks it is complete. */

import type { Rule } from "../types";
import accountVerified from "./account/verified";
import avatarRijkslogoForbidden from "./avatar/rijkslogo-forbidden";
import avatarRijkslogoRequired from "./avatar/rijkslogo-required";
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
import nameNoParty from "./name/no-party";
import platformFacebookAdvice from "./platform/facebook-advice";
import postNoPaidPromotion from "./post/no-paid-promotion";
import postNoParty from "./post/no-party";
import postNoPromotion from "./post/no-promotion";
import postRoleMarker from "./post/role-marker";
import replyPlainLanguage from "./reply/plain-language";
import replyPolicyOnly from "./reply/policy-only";
import replyResponderMarker from "./reply/responder-marker";
import replyTutoyeren from "./reply/tutoyeren";

export const CATALOG: readonly Rule[] = [
  handleOfficeName,
  handlePersonName,
  handleNoParty,
  nameFullName,
  nameNoParty,
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
  // Posts and replies (rules.md, "Post and reply rules"), in the contract's order.
  postNoParty,
  postRoleMarker,
  replyResponderMarker,
  replyPolicyOnly,
  replyTutoyeren,
  replyPlainLanguage,
  postNoPaidPromotion,
  postNoPromotion,
] as Rule[];

export function findRule(id: string): Rule | undefined {
  return CATALOG.find((rule) => rule.meta.id === id);
}
