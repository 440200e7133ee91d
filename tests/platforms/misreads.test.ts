// @vitest-environment happy-dom
/**
 * Page shapes of the live sites that used to give a wrong value (issue 9, misreads 1–4), each
 * in the Dutch and the English UI: now the right value, or "not checked" with a reason.
 */
import { describe, expect, it } from "vitest";
import { instagramAdapter } from "@/utils/platforms/instagram";
import { linkedInAdapter } from "@/utils/platforms/linkedin";
import { xAdapter } from "@/utils/platforms/x";
import { fixtureDocument, readWith, snapshotOf, value } from "./fixture-page";

const HEADLINE = "Vicepremier en minister van Volksgezondheid, Welzijn en Sport | Rijksoverheid";

describe.each(["nl", "en"])("misread 1: LinkedIn's hidden dialogs (%s UI)", (lang) => {
  it("reads the intro from the open native <dialog>, headline from its rich-text editor", () => {
    const snapshot = snapshotOf(
      linkedInAdapter,
      `linkedin/intro-edit-hidden-dialogs.${lang}.html`,
      "https://www.linkedin.com/in/fleur-agema/edit/intro/",
    );
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
    expect(value(snapshot.bio)).toBe(HEADLINE);
    const editor = snapshot.bio.found ? snapshot.bio.element : null;
    expect(editor?.getAttribute("contenteditable")).toBe("true");
  });

  it("reads About from the open form, never from the hidden dialog's or the page's comment box", () => {
    const snapshot = snapshotOf(
      linkedInAdapter,
      `linkedin/about-edit-hidden-dialogs.${lang}.html`,
      "https://www.linkedin.com/in/fleur-agema/edit/about/",
    );
    expect(value(snapshot.bio)).toMatch(/^Vicepremier en minister/);
  });

  it("reports About as not checked when the form is closed, though comment boxes are on the page", () => {
    const document = fixtureDocument(`linkedin/about-edit-hidden-dialogs.${lang}.html`);
    document.querySelector("#artdeco-modal-outlet")?.remove();
    const snapshot = readWith(linkedInAdapter, document, "https://www.linkedin.com/in/fleur-agema/edit/about/");
    expect(snapshot.bio.found).toBe(false);
  });
});

describe.each(["nl", "en"])("misread 2: LinkedIn's 'Verify now' (%s UI)", (lang) => {
  it("reads the owner's unverified profile as not verified", () => {
    const snapshot = snapshotOf(
      linkedInAdapter,
      `linkedin/profile-verify-now.${lang}.html`,
      "https://www.linkedin.com/in/fleur-agema/",
    );
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
    expect(value(snapshot.verified)).toBe(false);
  });
});

describe.each(["nl", "en"])("misread 3: Instagram with several links (%s UI)", (lang) => {
  it("reports the links as not checked while the list is closed", () => {
    const snapshot = snapshotOf(
      instagramAdapter,
      `instagram/profile-three-links.${lang}.html`,
      "https://www.instagram.com/ministervws/",
    );
    expect(snapshot.links.found).toBe(false);
    if (!snapshot.links.found) expect(snapshot.links.reason[lang === "nl" ? "nl" : "en"]).toMatch(/knop|button/);
    expect(value(snapshot.bio)).toContain("Volksgezondheid");
  });

  it("reads all three links from the opened list", () => {
    const snapshot = snapshotOf(
      instagramAdapter,
      `instagram/profile-three-links-open.${lang}.html`,
      "https://www.instagram.com/ministervws/",
    );
    expect(value(snapshot.links)).toEqual([
      "https://www.rijksoverheid.nl/ministeries/ministerie-van-volksgezondheid-welzijn-en-sport",
      "https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema",
      "https://www.linkedin.com/in/fleur-agema/",
    ]);
  });
});

describe.each(["nl", "en"])("misread 4: X profile visited in lower case (%s UI)", (lang) => {
  it("takes the profile's avatar, not the viewer's side-bar avatar or an unknown one", () => {
    const snapshot = snapshotOf(xAdapter, `x/profile-lowercase-url.${lang}.html`, "https://x.com/ministervws");
    expect(value(snapshot.avatar)).toBe(
      "https://pbs.twimg.com/profile_images/1859204211475562496/Q8rTj2Vd_200x200.jpg",
    );
    expect(value(snapshot.handle).toLowerCase()).toBe("ministervws");
  });

  it("reports the avatar as not checked when the profile's own avatar is missing", () => {
    const document = fixtureDocument(`x/profile-lowercase-url.${lang}.html`);
    document.querySelector('[data-testid="primaryColumn"] [data-testid="UserAvatar-Container-MinisterVWS"]')?.remove();
    const snapshot = readWith(xAdapter, document, "https://x.com/ministervws");
    expect(snapshot.avatar.found).toBe(false);
  });

  it("never takes 'unknown' from an avatar container as the signed-in handle", () => {
    const document = fixtureDocument(`x/edit-profile.${lang}.html`);
    document.querySelector('[data-testid="AppTabBar_Profile_Link"]')?.remove();
    for (const container of Array.from(document.querySelectorAll('[data-testid^="UserAvatar-Container-"]')))
      container.setAttribute("data-testid", "UserAvatar-Container-unknown");
    const snapshot = readWith(xAdapter, document, "https://x.com/settings/profile");
    expect(snapshot.handle.found).toBe(false);
  });
});
