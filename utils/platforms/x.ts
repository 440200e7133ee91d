/** X adapter: the edit-profile dialog (/settings/profile) and the public profile page. */

import { xPageKind } from "./page-kinds";
import {
  fieldValue,
  findField,
  first,
  firstPathSegment,
  found,
  linksOfInput,
  notFound,
  notRendered,
  type ReadOptions,
  SELECTOR_MISSED,
  visibleText,
  withOverrides,
} from "./read";
import type { FieldRead, PageKind, PageSnapshot, PlatformAdapter } from "./types";
import { X_SELECTORS as S } from "./x.selectors";

const VERIFIED_NOT_IN_DIALOG = {
  nl: "X toont het vinkje niet in het bewerkvenster; controleer het op de profielpagina",
  en: "X does not show the badge in the edit dialog; check it on the profile page",
};
const LINK_TRUNCATED = {
  nl: "X toont de link ingekort; open 'Profiel bewerken' om hem te controleren",
  en: "X shows the link truncated; open 'Edit profile' to check it",
};

const NO_BIO_ELEMENT = {
  nl: "Geen bio gevonden op de profielpagina (leeg, of de pagina is veranderd); controleer hem in 'Profiel bewerken'",
  en: "No bio found on the profile page (empty, or the page changed); check it in 'Edit profile'",
};
const NO_LINK_ELEMENT = {
  nl: "Geen link gevonden op de profielpagina (leeg, of de pagina is veranderd); controleer hem in 'Profiel bewerken'",
  en: "No link found on the profile page (empty, or the page changed); check it in 'Edit profile'",
};

/** The signed-in handle: from the side bar's profile link, else from the dialog's avatar container id. */
function ownHandle(document: Document, dialog: ParentNode | null): FieldRead<string> {
  const link = first<HTMLAnchorElement>(document, S.ownProfileLink);
  const fromLink = link?.getAttribute("href")?.replace(/^\//, "").split("/")[0];
  if (fromLink) return found(fromLink, link);
  const container = dialog ? first(dialog, S.editAvatarContainer) : null;
  const fromAvatar = container ? avatarHandle(container) : null;
  return fromAvatar ? found(fromAvatar, container) : notFound(SELECTOR_MISSED);
}

/** The handle an avatar container names in its test id; null for X's "unknown" container. */
function avatarHandle(container: Element): string | null {
  const handle = container.getAttribute("data-testid")?.replace("UserAvatar-Container-", "") ?? "";
  return handle === "" || handle.toLowerCase() === "unknown" ? null : handle;
}

/** The profile's avatar: the container named after the handle in any letter case, outside the side bar. */
function profileAvatar(document: Document, handle: string): HTMLImageElement | null {
  const container = Array.from(document.querySelectorAll(S.avatarContainer.join(","))).find(
    (candidate) =>
      avatarHandle(candidate)?.toLowerCase() === handle.toLowerCase() &&
      candidate.closest(S.viewerChrome.join(",")) === null,
  );
  return container?.querySelector("img") ?? null;
}

/** The verified badge next to the profile name, when the profile header is on the page. */
function verifiedBadge(document: Document, whenAbsent = SELECTOR_MISSED): FieldRead<boolean> {
  const name = first(document, S.profileName);
  if (!name) return notFound(whenAbsent);
  return found(first(name, S.verifiedBadge) !== null, name);
}

function readEditDialog(document: Document): PageSnapshot {
  // Only the open dialog: the page under it shows the old values (and the side bar, another avatar).
  const dialog = first(document, S.editDialog);
  if (!dialog) return notRendered("edit", ownHandle(document, null));
  const urlInput = findField(dialog, S.editUrl);
  const avatar = first<HTMLImageElement>(dialog, S.editAvatar);
  const textOf = (element: HTMLElement | null) =>
    element ? found(fieldValue(element), element) : notFound<string>(SELECTOR_MISSED);
  return {
    kind: "edit",
    handle: ownHandle(document, dialog),
    displayName: textOf(findField(dialog, S.editDisplayName)),
    bio: textOf(findField(dialog, S.editBio)),
    links: urlInput ? linksOfInput(urlInput) : notFound(SELECTOR_MISSED),
    avatar: avatar?.src ? found(avatar.src, avatar) : notFound(SELECTOR_MISSED),
    verified: verifiedBadge(document, VERIFIED_NOT_IN_DIALOG),
  };
}

function readProfile(document: Document, handle: string): PageSnapshot {
  const header = first(document, S.profileName);
  if (!header) {
    return notRendered("profile", found(handle));
  }
  // The name is the first text line of the header block; the second line is "@handle".
  const nameLine = Array.from(header.querySelectorAll<HTMLElement>('[dir="ltr"], [dir="auto"]')).find(
    (element) => visibleText(element).trim() !== "" && !visibleText(element).trim().startsWith("@"),
  );
  const bioElement = first(document, S.profileBio);
  const urlElement = first(document, S.profileUrl);
  const urlText = urlElement ? visibleText(urlElement).trim() : "";
  const avatar = profileAvatar(document, handle);
  return {
    kind: "profile",
    handle: found(handle),
    displayName: nameLine ? found(visibleText(nameLine).trim(), nameLine) : notFound(SELECTOR_MISSED),
    // X renders no bio or link element at all for a profile without one, so a missing element
    // cannot be told from a changed page: not checked, never "".
    bio: bioElement ? found(visibleText(bioElement), bioElement) : notFound(NO_BIO_ELEMENT, true),
    links: !urlElement
      ? notFound(NO_LINK_ELEMENT, true)
      : urlText.endsWith("…")
        ? notFound(LINK_TRUNCATED)
        : found([urlText], urlElement),
    avatar: avatar?.src ? found(avatar.src, avatar) : notFound(SELECTOR_MISSED),
    // The badge sits on the name line: with that line shown, no badge means not verified.
    verified: nameLine ? found(first(header, S.verifiedBadge) !== null, header) : notFound(SELECTOR_MISSED),
  };
}

export const xAdapter: PlatformAdapter = {
  platform: "x",
  pageKind: xPageKind,
  read(document: Document, kind: PageKind, url: URL, options?: ReadOptions): PageSnapshot {
    const snapshot = kind === "edit" ? readEditDialog(document) : readProfile(document, firstPathSegment(url) ?? "");
    return withOverrides(document, snapshot, options);
  },
};
