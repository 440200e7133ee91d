/** Instagram adapter: the web edit page (/accounts/edit/: bio only) and the public profile page. */
import { INSTAGRAM_SELECTORS as S } from "./instagram.selectors";
import { instagramPageKind } from "./page-kinds";
import {
  fieldValue,
  findField,
  first,
  firstPathSegment,
  found,
  isShown,
  linksOfInput,
  notFound,
  notRendered,
  type ReadOptions,
  SELECTOR_MISSED,
  unwrapRedirect,
  visibleText,
  withOverrides,
} from "./read";
import type { FieldRead, PageKind, PageSnapshot, PlatformAdapter } from "./types";

const NAME_NOT_ON_EDIT_PAGE = {
  nl: "Instagram bewerkt de naam niet op deze pagina maar in het Accountcentrum; controleer hem op de profielpagina",
  en: "Instagram edits the name in Accounts Center, not on this page; check it on the profile page",
};
const LINK_NOT_ON_WEB = {
  nl: "Instagram toont het linkveld niet op het web",
  en: "Instagram does not show the link field on the web",
};
const VERIFIED_NOT_ON_EDIT_PAGE = {
  nl: "Instagram toont het vinkje niet op de bewerkpagina; controleer het op de profielpagina",
  en: "Instagram does not show the badge on the edit page; check it on the profile page",
};

const LINKS_BEHIND_BUTTON = {
  nl: "Instagram toont meerdere links achter een knop; open die lijst om ze te controleren",
  en: "Instagram shows several links behind a button; open that list to check them",
};
const NO_LINK_ELEMENT = {
  nl: "Geen link gevonden in de profielkop (leeg, of de pagina is veranderd)",
  en: "No link found in the profile header (empty, or the page changed)",
};
const NO_BIO_ELEMENT = {
  nl: "Geen bio gevonden in de profielkop (leeg, of de pagina is veranderd)",
  en: "No bio found in the profile header (empty, or the page changed)",
};

/**
 * The profile's links. One link is an anchor in the header; several are behind a button whose
 * dialog lists them all. Read from that dialog when it is open; else the button's text would give
 * only the first one, so the field is not checked. No link element at all: not checked either
 * (Instagram renders nothing for "no link", which cannot be told from a changed page).
 */
function profileLinks(document: Document, header: Element): FieldRead<string[]> {
  const linksButton = first(header, S.linkIcon)?.closest("button, [role='button']") ?? null;
  if (linksButton) {
    const dialog = Array.from(document.querySelectorAll(S.linksDialog.join(","))).find(
      (candidate) => isShown(candidate) && first(candidate, S.profileLink) !== null,
    );
    if (!dialog) return notFound(LINKS_BEHIND_BUTTON);
    const anchors = linkAnchors(dialog);
    // The button says how many more links there are ("… en nog 2"): a list of another length
    // is not the whole list.
    const more = Number(visibleText(linksButton).match(/(\d+)\D*$/)?.[1] ?? Number.NaN);
    if (anchors.length !== more + 1) return notFound(LINKS_BEHIND_BUTTON);
    return found(
      anchors.map((anchor) => unwrapRedirect(anchor.href)),
      anchors[0] ?? null,
    );
  }
  const anchors = linkAnchors(header);
  if (anchors.length === 0) return notFound(NO_LINK_ELEMENT, true);
  return found(
    anchors.map((anchor) => unwrapRedirect(anchor.href)),
    anchors[0] ?? null,
  );
}

/** The link anchors in a container, only those that carry an address. */
function linkAnchors(container: ParentNode): HTMLAnchorElement[] {
  return Array.from(container.querySelectorAll<HTMLAnchorElement>(S.profileLink.join(","))).filter((anchor) =>
    anchor.getAttribute("href"),
  );
}

function avatarOf(root: ParentNode, selectors: readonly string[]): FieldRead<string> {
  const image = first<HTMLImageElement>(root, selectors);
  return image?.src ? found(image.src, image) : notFound(SELECTOR_MISSED);
}

function readEditPage(document: Document): PageSnapshot {
  const avatar = first<HTMLImageElement>(document, S.avatarImage);
  const ownHandle = firstPathSegment(
    new URL(avatar?.closest("a")?.getAttribute("href") ?? "/", "https://www.instagram.com"),
  );
  const website = findField(document, S.editWebsite);
  const bio = findField(document, S.editBio);
  return {
    kind: "edit",
    handle: ownHandle ? found(ownHandle) : notFound(SELECTOR_MISSED),
    displayName: notFound(NAME_NOT_ON_EDIT_PAGE),
    bio: bio ? found(fieldValue(bio), bio) : notFound(SELECTOR_MISSED),
    links: website ? linksOfInput(website) : notFound(LINK_NOT_ON_WEB),
    avatar: avatarOf(document, S.avatarImage),
    verified: notFound(VERIFIED_NOT_ON_EDIT_PAGE),
  };
}

/**
 * The profile header has no stable markers for name and bio: the name is the first free text line
 * after the stats (og:title confirms it), the bio the longest one that is not a link.
 */
function readProfile(document: Document, handle: string): PageSnapshot {
  const header = first(document, S.profileHeader);
  if (!header) {
    return notRendered("profile", found(handle));
  }
  const ogTitle = first<HTMLMetaElement>(document, S.ogTitle)?.content ?? "";
  const nameFromTitle = ogTitle.match(/^(.*?) \(@/)?.[1]?.trim() ?? null;
  // Free text lines: spans, and the h1 older builds put the bio in; not links, stats, the
  // username heading or buttons.
  const textLines = Array.from(header.querySelectorAll<HTMLElement>('span[dir="auto"], h1')).filter(
    (line) =>
      !line.parentElement?.closest("a, ul, h1, h2, button, [role='button']") &&
      line.querySelector('span[dir="auto"], h1') === null &&
      // The category ("Overheidsfunctionaris") is a span in a block of its own with dir="auto".
      line.parentElement?.getAttribute("dir") !== "auto" &&
      visibleText(line).trim() !== "" &&
      visibleText(line).trim() !== handle,
  );
  const nameLine =
    textLines.find((span) => nameFromTitle === null || visibleText(span).trim() === nameFromTitle) ?? null;
  const bioCandidates = textLines.filter((span) => span !== nameLine);
  const bioLine = bioCandidates.sort((a, b) => visibleText(b).length - visibleText(a).length)[0] ?? null;
  return {
    kind: "profile",
    handle: found(handle),
    displayName: nameLine
      ? found(visibleText(nameLine).trim(), nameLine)
      : nameFromTitle
        ? found(nameFromTitle)
        : notFound(SELECTOR_MISSED),
    bio: bioLine ? found(visibleText(bioLine), bioLine) : notFound(NO_BIO_ELEMENT, true),
    links: profileLinks(document, header),
    avatar: avatarOf(header, S.profileAvatar),
    // The badge sits next to the username in the header, which is shown: no badge, not verified.
    verified: found(first(header, S.profileVerified) !== null, header),
  };
}

export const instagramAdapter: PlatformAdapter = {
  platform: "instagram",
  pageKind: instagramPageKind,
  read(document: Document, kind: PageKind, url: URL, options?: ReadOptions): PageSnapshot {
    const snapshot = kind === "edit" ? readEditPage(document) : readProfile(document, firstPathSegment(url) ?? "");
    return withOverrides(document, snapshot, options);
  },
};
