// @vitest-environment happy-dom
/**
 * Page shapes of the live sites that used to give a wrong value (issue 9, misreads 1–4), each
 * in the Dutch and the English UI: now the right value, or "not checked" with a reason.
 */
import { describe, expect, it } from "vitest";
import { facebookAdapter } from "@/utils/platforms/facebook";
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

describe.each(["nl", "en"])("misread 5: LinkedIn's redesigned profile (%s UI)", (lang) => {
  it.each([
    ["verified", true],
    ["unverified", false],
    ["verify-now", false],
  ] as const)("%s: name, headline, photo and badge", (shape, verified) => {
    const snapshot = snapshotOf(
      linkedInAdapter,
      `linkedin/profile-redesigned-${shape}.${lang}.html`,
      "https://www.linkedin.com/in/fleur-agema/",
    );
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
    expect(value(snapshot.bio)).toBe(HEADLINE);
    expect(value(snapshot.avatar)).toContain("profile-displayphoto-shrink_400_400");
    expect(value(snapshot.verified)).toBe(verified);
  });
});

describe.each(["nl", "en"])(
  "misreads 6–8: LinkedIn editors, shadow roots and fields not read before (%s UI)",
  (lang) => {
    it("reads the About editor inside #interop-outlet's open shadow root", () => {
      const snapshot = snapshotOf(
        linkedInAdapter,
        `linkedin/about-edit-shadow.${lang}.html`,
        "https://www.linkedin.com/in/fleur-agema/edit/about/",
      );
      expect(value(snapshot.bio)).toMatch(/^Vicepremier en minister[^\n]+\nVolg ook @minvws\.$/);
    });

    it("finds a headline textarea by its label when its id changes", () => {
      const document = fixtureDocument(`linkedin/intro-edit.${lang}.html`);
      const textarea = document.querySelector<HTMLTextAreaElement>('textarea[id$="-headline"]');
      const label = document.querySelector(`label[for="${textarea?.id}"]`);
      if (!textarea || !label) throw new Error("fixture changed: no headline textarea with a label");
      textarea.id = "headline-field-0";
      label.setAttribute("for", "headline-field-0");
      label.textContent = lang === "nl" ? "Kop*" : "Headline*";
      const snapshot = readWith(linkedInAdapter, document, "https://www.linkedin.com/in/fleur-agema/edit/intro/");
      expect(value(snapshot.bio)).toBe(HEADLINE);
    });

    it("reads the website from the contact-info overlay", () => {
      const snapshot = snapshotOf(
        linkedInAdapter,
        `linkedin/contact-info-overlay.${lang}.html`,
        "https://www.linkedin.com/in/fleur-agema/overlay/contact-info/",
      );
      expect(snapshot.kind).toBe("profile");
      expect(value(snapshot.links)).toEqual([
        "https://www.rijksoverheid.nl/ministeries/ministerie-van-volksgezondheid-welzijn-en-sport",
      ]);
      expect(value(snapshot.displayName)).toBe("Fleur Agema");
    });

    it("reads a page's tagline with its description as the bio", () => {
      const snapshot = snapshotOf(
        linkedInAdapter,
        `linkedin/showcase-admin-edit.${lang}.html`,
        "https://www.linkedin.com/showcase/104857600/admin/dashboard/?editPage=true",
      );
      const [tagline, description] = value(snapshot.bio).split("\n");
      expect(tagline?.length).toBeGreaterThan(5);
      expect(description?.length).toBeGreaterThan(20);
    });

    it("says the Details tab is closed instead of reading its fields as empty", () => {
      const snapshot = snapshotOf(
        linkedInAdapter,
        `linkedin/showcase-admin-edit-details-closed.${lang}.html`,
        "https://www.linkedin.com/showcase/104857600/admin/dashboard/?editPage=true",
      );
      expect(value(snapshot.displayName).length).toBeGreaterThan(3);
      for (const field of [snapshot.bio, snapshot.links]) {
        expect(field.found).toBe(false);
        if (!field.found) expect(field.reason[lang === "nl" ? "nl" : "en"]).toMatch(/Details/);
      }
    });

    it("does not take an incomplete list of Instagram links for all of them", () => {
      const document = fixtureDocument(`instagram/profile-three-links-open.${lang}.html`);
      document.querySelector('[role="dialog"] a')?.remove();
      const snapshot = readWith(instagramAdapter, document, "https://www.instagram.com/ministervws/");
      expect(snapshot.links.found).toBe(false);
    });
  },
);

describe.each(["nl", "en"])("misread 8: Facebook's Intro card by its pagelet (%s UI)", (lang) => {
  it("finds the Intro card in a UI language whose heading it does not know", () => {
    const document = fixtureDocument(`facebook/profile-bio-edit.${lang}.html`);
    for (const heading of Array.from(document.querySelectorAll("h2"))) heading.textContent = "Vorstellung";
    const snapshot = readWith(facebookAdapter, document, "https://www.facebook.com/fleuragema");
    expect(value(snapshot.bio)).toContain("Volksgezondheid");
    expect(value(snapshot.links)).toEqual([
      "https://www.rijksoverheid.nl/ministeries/ministerie-van-volksgezondheid-welzijn-en-sport",
    ]);
  });
});
