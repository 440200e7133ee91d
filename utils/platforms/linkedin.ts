/**
 * LinkedIn adapter: a person's intro, About and contact-info forms and profile page, and the
 * admin edit form of a showcase or company page. On a person's profile the headline is the text
 * that introduces the account, so it is read as the bio on the intro form and the profile page;
 * the About form's text is the bio on that form.
 */
import { LINKEDIN_SELECTORS as S } from "./linkedin.selectors";
import { first, found, linksOfInput, notFound, readField, SELECTOR_MISSED, visibleText } from "./read";
import type { FieldRead, PageKind, PageSnapshot, PlatformAdapter } from "./types";

const ON_ANOTHER_FORM = {
  nl: "LinkedIn bewerkt dit veld in een ander formulier; open dat formulier om het te controleren",
  en: "LinkedIn edits this field in another form; open that form to check it",
};
const LINK_BEHIND_CONTACT_INFO = {
  nl: "LinkedIn toont de website alleen onder 'Contactgegevens'",
  en: "LinkedIn shows the website only under 'Contact info'",
};
const NOT_ON_ADMIN_FORM = {
  nl: "Het beheerformulier van de pagina toont dit veld niet",
  en: "The page's admin form does not show this field",
};

type LinkedInPage = "intro" | "about" | "contact" | "organization" | "profile";

function linkedInPage(url: URL): LinkedInPage | null {
  const path = url.pathname;
  if (/^\/(showcase|company)\/[^/]+\/admin\//.test(path)) return "organization";
  if (/^\/in\/[^/]+\/edit\/(intro|forms\/intro)\b/.test(path)) return "intro";
  if (/^\/in\/[^/]+\/edit\/(about|forms\/summary)\b/.test(path)) return "about";
  if (/^\/in\/[^/]+\/edit\/contact-info\b/.test(path)) return "contact";
  if (/^\/in\/[^/]+\/?$/.test(path)) return "profile";
  return null;
}

/** The vanity name or page id in /in/<name>/… and /showcase/<id>/…. */
function handleFromUrl(url: URL): FieldRead<string> {
  const match = url.pathname.match(/^\/(?:in|showcase|company)\/([^/]+)/);
  return match?.[1] ? found(decodeURIComponent(match[1])) : notFound(SELECTOR_MISSED);
}

function avatar(root: ParentNode, selectors: readonly string[]): FieldRead<string> {
  const image = first<HTMLImageElement>(root, selectors);
  return image?.src ? found(image.src, image) : notFound(SELECTOR_MISSED);
}

function verified(document: Document): FieldRead<boolean> {
  const name = first(document, S.profileName);
  return name ? found(first(document, S.profileVerified) !== null, name) : notFound(SELECTOR_MISSED);
}

function readPage(document: Document, page: LinkedInPage, url: URL): PageSnapshot {
  const handle = handleFromUrl(url);
  const dialog = first(document, S.dialog) ?? document;
  const elsewhere = notFound<never>(ON_ANOTHER_FORM);
  switch (page) {
    case "intro": {
      const firstName = first<HTMLInputElement>(dialog, S.introFirstName);
      const lastName = first<HTMLInputElement>(dialog, S.introLastName);
      return {
        kind: "edit",
        handle,
        displayName:
          firstName && lastName
            ? found(`${firstName.value.trim()} ${lastName.value.trim()}`.trim(), firstName)
            : notFound(SELECTOR_MISSED),
        bio: readField(dialog, S.introHeadline),
        links: elsewhere,
        avatar: avatar(document, S.profileAvatar),
        verified: verified(document),
      };
    }
    case "about":
      return {
        kind: "edit",
        handle,
        displayName: elsewhere,
        bio: readField(dialog, S.aboutSummary),
        links: elsewhere,
        avatar: avatar(document, S.profileAvatar),
        verified: verified(document),
      };
    case "contact": {
      const inputs = Array.from(dialog.querySelectorAll<HTMLInputElement>(S.contactWebsites.join(",")));
      return {
        kind: "edit",
        handle,
        displayName: elsewhere,
        bio: elsewhere,
        links:
          inputs.length > 0
            ? found(inputs.map((input) => input.value.trim()).filter(Boolean), inputs[0] ?? null)
            : notFound(SELECTOR_MISSED),
        avatar: avatar(document, S.profileAvatar),
        verified: verified(document),
      };
    }
    case "organization": {
      const website = first<HTMLInputElement>(dialog, S.organizationWebsite);
      return {
        kind: "edit",
        handle,
        displayName: readField(dialog, S.organizationName),
        // The description is the page's "About" text: the showcase page's biography.
        bio: readField(dialog, S.organizationDescription),
        links: website ? linksOfInput(website) : notFound(SELECTOR_MISSED),
        avatar: avatar(document, S.organizationLogo),
        verified: notFound(NOT_ON_ADMIN_FORM),
      };
    }
    case "profile": {
      const name = first(document, S.profileName);
      const headline = first(document, S.profileHeadline);
      return {
        kind: "profile",
        handle,
        displayName: name ? found(visibleText(name).trim(), name) : notFound(SELECTOR_MISSED),
        bio: headline ? found(visibleText(headline).trim(), headline) : notFound(SELECTOR_MISSED),
        links: notFound(LINK_BEHIND_CONTACT_INFO),
        avatar: avatar(document, S.profileAvatar),
        verified: verified(document),
      };
    }
  }
}

export const linkedInAdapter: PlatformAdapter = {
  platform: "linkedin",
  pageKind(url: URL): PageKind | null {
    const page = linkedInPage(url);
    if (!page) return null;
    return page === "profile" ? "profile" : "edit";
  },
  read(document: Document, _kind: PageKind, url: URL): PageSnapshot {
    const page = linkedInPage(url);
    if (!page) throw new Error(`Not a LinkedIn profile or edit page: ${url.pathname}`);
    return readPage(document, page, url);
  },
};
