/**
 * Facebook adapter: a person's profile or a Page, with the Intro card's inline bio editor when it
 * is open. The editor has no URL of its own, so the page kind follows from what is on the page.
 */
import { FACEBOOK_SELECTORS as S } from "./facebook.selectors";
import { facebookHandleFromUrl, facebookPageKind } from "./page-kinds";
import {
  fieldValue,
  findField,
  first,
  found,
  notFound,
  notRendered,
  type ReadOptions,
  SELECTOR_MISSED,
  unwrapRedirect,
  visibleText,
  withOverrides,
} from "./read";

import type { FieldRead, PageKind, PageSnapshot, PlatformAdapter } from "./types";

const NAME_IN_ACCOUNTS_CENTER = {
  nl: "Facebook bewerkt de naam in het Accountcentrum; hij wordt hier van de profielkop gelezen",
  en: "Facebook edits the name in Accounts Center; it is read from the profile header here",
};

const NO_BIO_ELEMENT = {
  nl: "Geen bio gevonden in de kaart Introductie (leeg, of de pagina is veranderd)",
  en: "No bio found in the Intro card (empty, or the page changed)",
};
const NO_LINK_ELEMENT = {
  nl: "Geen website gevonden in de kaart Introductie (leeg, of de pagina is veranderd)",
  en: "No website found in the Intro card (empty, or the page changed)",
};

/**
 * The Intro card: its pagelet (language-independent) first, else the nearest container of the
 * "Introductie"/"Intro" heading that holds its content.
 */
function introCard(main: ParentNode): HTMLElement | null {
  const pagelet = first(main, S.introPagelet);
  if (pagelet) return pagelet;
  const heading = Array.from(main.querySelectorAll<HTMLElement>("h2, h3, [role='heading']")).find((element) =>
    (S.introHeadings as readonly string[]).includes(visibleText(element).trim()),
  );
  let card = heading?.parentElement ?? null;
  while (card && card !== main && card.querySelectorAll('span[dir="auto"], textarea').length < 2)
    card = card.parentElement;
  return card;
}

function readNameWithoutBadge(main: ParentNode): FieldRead<string> {
  const heading = first(main, S.name);
  if (!heading) return notFound(SELECTOR_MISSED);
  // The verified badge's <title> sits inside the h1: read the text without it.
  const copy = heading.cloneNode(true) as HTMLElement;
  for (const badge of Array.from(copy.querySelectorAll("svg, title"))) badge.remove();
  return found(visibleText(copy).trim(), heading);
}

function readAvatar(main: ParentNode): FieldRead<string> {
  const image = first<Element>(main, S.avatar);
  const source = image?.getAttribute("xlink:href") ?? image?.getAttribute("href") ?? image?.getAttribute("src");
  return source ? found(source, image) : notFound(SELECTOR_MISSED);
}

function read(document: Document, url: URL): PageSnapshot {
  const handle = facebookHandleFromUrl(url);
  const main = first(document, S.main);
  if (!main) {
    return notRendered("profile", handle ? found(handle) : notFound(SELECTOR_MISSED));
  }
  const card = introCard(main);
  // Labelled editor first; else the one text box in the Intro card (labels differ per language).
  const editor =
    findField(main, S.bioEditor) ?? card?.querySelector<HTMLElement>("textarea, [contenteditable='true']") ?? null;
  let bio: FieldRead<string>;
  if (editor) {
    bio = found(fieldValue(editor), editor);
  } else if (card) {
    // In view mode the bio is the first free text of the Intro card, above its buttons.
    const line = Array.from(card.querySelectorAll<HTMLElement>('span[dir="auto"]')).find(
      // Not a link, button, heading, detail row ("Woont in …") or the editor's live character counter.
      (span) => !span.closest("a, [role='button'], h2, h3, ul, [aria-live]") && visibleText(span).trim() !== "",
    );
    // Facebook shows no bio line when there is none, which cannot be told from a changed card.
    bio = line ? found(visibleText(line), line) : notFound(NO_BIO_ELEMENT, true);
  } else {
    bio = notFound(SELECTOR_MISSED);
  }
  const links = card ? Array.from(card.querySelectorAll<HTMLAnchorElement>(S.outboundLink.join(","))) : [];
  const name = readNameWithoutBadge(main);
  const heading = first(main, S.name);
  return {
    kind: editor ? "edit" : "profile",
    handle: handle ? found(handle) : notFound(SELECTOR_MISSED),
    displayName: name.found ? name : notFound(NAME_IN_ACCOUNTS_CENTER),
    bio,
    links:
      links.length > 0
        ? found(
            links.map((link) => unwrapRedirect(link.href)),
            links[0] ?? null,
          )
        : notFound(card ? NO_LINK_ELEMENT : SELECTOR_MISSED, true),
    avatar: readAvatar(main),
    // The badge sits beside the shown name heading: no badge there means not verified.
    verified: heading
      ? found(first(heading.parentElement ?? heading, S.verified) !== null, heading)
      : notFound(SELECTOR_MISSED),
  };
}

export const facebookAdapter: PlatformAdapter = {
  platform: "facebook",
  pageKind: facebookPageKind,
  read(document: Document, _kind: PageKind, url: URL, options?: ReadOptions): PageSnapshot {
    return withOverrides(document, read(document, url), options);
  },
};
