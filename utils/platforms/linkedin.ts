/**
 * LinkedIn adapter: a person's intro, About and contact-info forms, the contact-info overlay and
 * the profile page (old and redesigned top card), and the admin edit form of a showcase or company
 * page. On a person's profile the headline is the text that introduces the account, so it is read
 * as the bio on the intro form and the profile page; the About form's text is the bio on that form.
 */
import { LINKEDIN_SELECTORS as S } from "./linkedin.selectors";
import { type LinkedInPage, linkedInPage, linkedInPageKind } from "./page-kinds";
import {
  dialogWith,
  type FieldSpec,
  fieldValue,
  findField,
  first,
  found,
  isShown,
  notFound,
  type ReadOptions,
  SELECTOR_MISSED,
  visibleText,
  withOverrides,
} from "./read";
import type { FieldRead, PageKind, PageSnapshot, PlatformAdapter } from "./types";

const ON_ANOTHER_FORM = {
  nl: "LinkedIn bewerkt dit veld in een ander formulier; open dat formulier om het te controleren",
  en: "LinkedIn edits this field in another form; open that form to check it",
};
const LINK_BEHIND_CONTACT_INFO = {
  nl: "LinkedIn toont de website alleen onder 'Contactgegevens'",
  en: "LinkedIn shows the website only under 'Contact info'",
};
const NO_WEBSITE_SECTION = {
  nl: "Geen kopje 'Website' in de contactgegevens",
  en: "No 'Website' heading in the contact info",
};
const NOT_ON_ADMIN_FORM = {
  nl: "Het beheerformulier van de pagina toont dit veld niet",
  en: "The page's admin form does not show this field",
};
const ON_DETAILS_TAB = {
  nl: "Open het tabblad 'Details' om dit veld te controleren",
  en: "Open the 'Details' tab to check this field",
};
const FORM_NOT_OPEN = {
  nl: "Geen open bewerkvenster met dit veld gevonden",
  en: "No open edit dialog with this field found",
};
const HEADLINE_UNCLEAR = {
  nl: "Kopregel niet eenduidig te lezen; controleer hem in 'Intro bewerken'",
  en: "Headline not clearly readable; check it in 'Edit intro'",
};

/** The vanity name or page id in /in/<name>/… and /showcase/<id>/…. */
function handleFromUrl(url: URL): FieldRead<string> {
  const match = url.pathname.match(/^\/(?:in|showcase|company)\/([^/]+)/);
  return match?.[1] ? found(decodeURIComponent(match[1])) : notFound(SELECTOR_MISSED);
}

function imageRead(image: HTMLImageElement | null): FieldRead<string> {
  return image?.src ? found(image.src, image) : notFound(SELECTOR_MISSED);
}

/** A verified icon in the container that is not the owner's "Verify now" button (same icon). */
function hasBadge(container: ParentNode): boolean {
  return Array.from(container.querySelectorAll(S.verifiedIcon.join(","))).some(
    (icon) => icon.closest(S.verifyNowAction.join(",")) === null,
  );
}

interface TopCard {
  name: FieldRead<string>;
  headline: FieldRead<string>;
  avatar: FieldRead<string>;
  verified: FieldRead<boolean>;
}

/**
 * The redesigned top card: the name in the block `profile-top-card-verified-badge` wraps (on every
 * profile, so the block is not proof of verification; the badge icon inside it is), the headline
 * a plain paragraph. Headline and location are both plain paragraphs between the name and the
 * "Contact info" link; only when exactly those two are there is the first one surely the headline.
 */
function redesignedTopCard(card: Element): TopCard {
  const nameBlock = first(card, S.topCardNameBlock);
  const nameElement = nameBlock ? first(nameBlock, S.topCardName) : null;
  const contactLink = first(card, S.contactInfoLink);
  let headline: FieldRead<string> = notFound(SELECTOR_MISSED);
  if (nameBlock && contactLink) {
    const lines = Array.from(card.querySelectorAll<HTMLElement>(S.topCardLine.join(","))).filter(
      (line) =>
        !nameBlock.contains(line) &&
        !line.contains(contactLink) &&
        (nameBlock.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
        (line.compareDocumentPosition(contactLink) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
        // The connection degree ("· 2nd", "· 1e") is no text of the member's own.
        !/^·/.test(visibleText(line).trim()) &&
        visibleText(line).trim() !== "",
    );
    const [headlineLine] = lines;
    headline =
      lines.length === 2 && headlineLine
        ? found(visibleText(headlineLine).trim(), headlineLine)
        : notFound(HEADLINE_UNCLEAR);
  }
  return {
    name: nameElement ? found(visibleText(nameElement).trim(), nameElement) : notFound(SELECTOR_MISSED),
    headline,
    avatar: imageRead(first<HTMLImageElement>(card, S.topCardAvatar)),
    // The name block is shown, so a badge would be in it: no icon there means not verified.
    verified: nameElement && nameBlock ? found(hasBadge(nameBlock), nameBlock) : notFound(SELECTOR_MISSED),
  };
}

/** The old top card: `main h1` inside the "has verifications" link, the badge icon beside it. */
function classicTopCard(document: Document): TopCard {
  const name = first(document, S.profileName);
  const headline = first(document, S.profileHeadline);
  // The badge renders inside the link around the h1 (docs/research/selectors.md §3.4), so an
  // h1 whose link holds no badge icon is shown as not verified.
  const badgeSlot = name ? (name.closest("a") ?? name.parentElement) : null;
  return {
    name: name ? found(visibleText(name).trim(), name) : notFound(SELECTOR_MISSED),
    headline: headline ? found(visibleText(headline).trim(), headline) : notFound(SELECTOR_MISSED),
    avatar: imageRead(first<HTMLImageElement>(document, S.profileAvatar)),
    verified: name && badgeSlot ? found(hasBadge(badgeSlot), name) : notFound(SELECTOR_MISSED),
  };
}

function topCard(document: Document): TopCard {
  const card = first(document, S.topCard);
  return card ? redesignedTopCard(card) : classicTopCard(document);
}

/** A field of an edit form, in the shown dialog that holds it (never a hidden or other dialog). */
function formField(document: Document, spec: FieldSpec): HTMLElement | null {
  return dialogWith(document, S.dialog, (dialog) => findField(dialog, spec))?.field ?? null;
}

function textOf(element: HTMLElement | null): FieldRead<string> {
  return element ? found(fieldValue(element), element) : notFound(FORM_NOT_OPEN);
}

function readIntro(document: Document): Pick<PageSnapshot, "displayName" | "bio"> {
  const form = dialogWith(document, S.dialog, (dialog) => findField(dialog, S.introFirstName));
  const dialog = form?.dialog;
  const firstName = form?.field ?? null;
  const lastName = dialog ? findField(dialog, S.introLastName) : null;
  // The headline is read in the dialog that has the names, or else in whichever shown dialog has it.
  const headline = dialog ? findField(dialog, S.introHeadline) : formField(document, S.introHeadline);
  return {
    displayName:
      firstName && lastName
        ? found(`${fieldValue(firstName).trim()} ${fieldValue(lastName).trim()}`.trim(), firstName)
        : notFound(FORM_NOT_OPEN),
    bio: textOf(headline),
  };
}

/** Website inputs of the contact-info form: every one the form shows, empty ones left out. */
function readContactForm(document: Document): FieldRead<string[]> {
  const form = dialogWith(document, S.dialog, (dialog) => {
    const inputs = Array.from(dialog.querySelectorAll<HTMLInputElement>(S.contactWebsites.join(",")));
    return inputs.length > 0 ? inputs : null;
  });
  if (!form) return notFound(FORM_NOT_OPEN);
  // The inputs are there: an empty input is the page showing that website slot empty.
  return found(form.field.map((input) => input.value.trim()).filter(Boolean), form.field[0] ?? null);
}

/** The links under the "Website" heading of the contact-info overlay. */
function readContactOverlay(document: Document): FieldRead<string[]> {
  const headings = new Set(S.contactOverlayWebsiteHeadings.map((heading) => heading.toLowerCase()));
  const section = dialogWith(document, S.dialog, (dialog) => {
    const sections = Array.from(dialog.querySelectorAll(S.contactOverlaySection.join(",")));
    return (
      sections.find((candidate) => {
        const heading = candidate.querySelector("h3, h2, header");
        return heading !== null && headings.has(visibleText(heading).trim().toLowerCase());
      }) ?? null
    );
  })?.field;
  if (!section) return notFound(NO_WEBSITE_SECTION, true);
  const links = Array.from(section.querySelectorAll<HTMLAnchorElement>("a[href]"));
  return links.length > 0
    ? found(
        links.map((link) => link.href),
        links[0] ?? null,
      )
    : notFound(NO_WEBSITE_SECTION, true);
}

/**
 * The page admin form. Its "Details" tab holds description and website; when that tab is closed
 * its fields are not in the page, which is said rather than read as empty. The tagline (Page info
 * tab) and the description are both the page's introduction, so the bio is both, one per line.
 */
function readOrganization(document: Document): Omit<PageSnapshot, "kind" | "handle"> {
  const form = dialogWith(document, S.dialog, (dialog) => first(dialog, S.organizationName));
  // The admin edit page (/admin/edit/) shows the same fields without a dialog; ids identify them.
  const root: ParentNode = form?.dialog ?? document;
  const shownField = (selectors: readonly string[]) => {
    const element = first(root, selectors);
    return element && isShown(element) ? element : null;
  };
  const name = shownField(S.organizationName);
  const tagline = shownField(S.organizationTagline);
  const description = shownField(S.organizationDescription);
  const website = shownField(S.organizationWebsite) as HTMLInputElement | null;
  // The name is on the open "Page info" tab: a field that is not in the page is on the closed "Details" tab.
  const notInPageReason = name ? ON_DETAILS_TAB : FORM_NOT_OPEN;
  return {
    displayName: textOf(name),
    bio:
      tagline && description
        ? found(
            [fieldValue(tagline), fieldValue(description)].filter((text) => text.trim() !== "").join("\n"),
            description,
          )
        : notFound(description ? FORM_NOT_OPEN : notInPageReason),
    // The input is shown: an empty one is the page showing no website.
    links: website
      ? found(website.value.trim() === "" ? [] : [website.value.trim()], website)
      : notFound(notInPageReason),
    avatar: imageRead(first<HTMLImageElement>(document, S.organizationLogo)),
    verified: notFound(NOT_ON_ADMIN_FORM),
  };
}

function readPage(document: Document, page: LinkedInPage, url: URL): PageSnapshot {
  const handle = handleFromUrl(url);
  const elsewhere = notFound<never>(ON_ANOTHER_FORM);
  if (page === "organization") return { kind: "edit", handle, ...readOrganization(document) };
  const card = topCard(document);
  switch (page) {
    case "intro":
      return {
        kind: "edit",
        handle,
        ...readIntro(document),
        links: elsewhere,
        avatar: card.avatar,
        verified: card.verified,
      };
    case "about":
      return {
        kind: "edit",
        handle,
        displayName: elsewhere,
        bio: textOf(formField(document, S.aboutSummary)),
        links: elsewhere,
        avatar: card.avatar,
        verified: card.verified,
      };
    case "contact":
      return {
        kind: "edit",
        handle,
        displayName: elsewhere,
        bio: elsewhere,
        links: readContactForm(document),
        avatar: card.avatar,
        verified: card.verified,
      };
    case "contactOverlay":
    case "profile":
      return {
        kind: "profile",
        handle,
        displayName: card.name,
        bio: card.headline,
        links: page === "contactOverlay" ? readContactOverlay(document) : notFound(LINK_BEHIND_CONTACT_INFO),
        avatar: card.avatar,
        verified: card.verified,
      };
  }
}

export const linkedInAdapter: PlatformAdapter = {
  platform: "linkedin",
  pageKind: linkedInPageKind,
  read(document: Document, _kind: PageKind, url: URL, options?: ReadOptions): PageSnapshot {
    const page = linkedInPage(url);
    if (!page) throw new Error(`Not a LinkedIn profile or edit page: ${url.pathname}`);
    return withOverrides(document, readPage(document, page, url), options);
  },
};
