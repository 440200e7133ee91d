// @vitest-environment happy-dom
/**
 * The adapters against the saved pages (tests/fixtures/pages), in Dutch and English UI: what each
 * page shows is read, what it does not show comes out "not checked" with a reason, and a page
 * whose selector no longer matches never passes silently.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { facebookAdapter } from "@/utils/platforms/facebook";
import { instagramAdapter } from "@/utils/platforms/instagram";
import { linkedInAdapter } from "@/utils/platforms/linkedin";
import { xAdapter } from "@/utils/platforms/x";
import { snapshotOf, value } from "./fixture-page";

const RIJKSOVERHEID_VWS = "https://www.rijksoverheid.nl/ministeries/ministerie-van-volksgezondheid-welzijn-en-sport";

describe("page kinds", () => {
  it.each([
    [xAdapter, "https://x.com/settings/profile", "edit"],
    [xAdapter, "https://x.com/MinisterVWS", "profile"],
    [xAdapter, "https://x.com/home", null],
    [xAdapter, "https://x.com/MinisterVWS/status/123", null],
    [instagramAdapter, "https://www.instagram.com/accounts/edit/", "edit"],
    [instagramAdapter, "https://www.instagram.com/ministervws/", "profile"],
    [instagramAdapter, "https://www.instagram.com/explore/", null],
    [linkedInAdapter, "https://www.linkedin.com/in/fleur-agema/edit/intro/", "edit"],
    [linkedInAdapter, "https://www.linkedin.com/in/fleur-agema/", "profile"],
    [linkedInAdapter, "https://www.linkedin.com/showcase/104857600/admin/dashboard/?editPage=true", "edit"],
    [linkedInAdapter, "https://www.linkedin.com/feed/", null],
    [facebookAdapter, "https://www.facebook.com/fleuragema", "profile"],
    [facebookAdapter, "https://www.facebook.com/watch", null],
  ] as const)("%#: %s", (adapter, url, expected) => {
    expect(adapter.pageKind(new URL(url))).toBe(expected);
  });
});

describe.each(["nl", "en"])("X (%s UI)", (lang) => {
  it("reads the edit dialog, with the handle from the side bar", () => {
    const snapshot = snapshotOf(xAdapter, `x/edit-profile.${lang}.html`, "https://x.com/settings/profile");
    expect(value(snapshot.handle)).toBe("MinisterVWS");
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
    expect(value(snapshot.bio)).toContain("minister van Volksgezondheid");
    expect(value(snapshot.links)).toEqual([RIJKSOVERHEID_VWS]);
    expect(value(snapshot.avatar)).toMatch(/^https:\/\/pbs\.twimg\.com\/profile_images\//);
    expect(value(snapshot.verified)).toBe(true);
  });

  it("reads the profile page, and leaves the truncated link unchecked", () => {
    const snapshot = snapshotOf(xAdapter, `x/profile.${lang}.html`, "https://x.com/MinisterVWS");
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
    expect(value(snapshot.bio)).toContain("@MinVWS");
    expect(value(snapshot.verified)).toBe(true);
    expect(snapshot.links.found).toBe(false);
    if (!snapshot.links.found) expect(snapshot.links.reason.nl).toMatch(/ingekort/);
  });
});

describe("X with a selector that no longer matches", () => {
  it("reports the bio as not checked instead of passing it", () => {
    const snapshot = snapshotOf(xAdapter, "x/edit-profile.broken.html", "https://x.com/settings/profile");
    expect(snapshot.bio.found).toBe(false);
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
  });
});

describe.each(["nl", "en"])("Instagram (%s UI)", (lang) => {
  it("reads the bio on the edit page; name and badge are not on it", () => {
    const snapshot = snapshotOf(
      instagramAdapter,
      `instagram/edit.${lang}.html`,
      "https://www.instagram.com/accounts/edit/",
    );
    expect(value(snapshot.handle)).toBe("ministervws");
    expect(value(snapshot.bio)).toContain("Volksgezondheid");
    expect(snapshot.displayName.found).toBe(false);
    expect(snapshot.verified.found).toBe(false);
    expect(value(snapshot.avatar)).toContain("cdninstagram.com");
  });

  it("reads the profile page, unwrapping the l.instagram.com link", () => {
    const snapshot = snapshotOf(
      instagramAdapter,
      `instagram/profile.${lang}.html`,
      "https://www.instagram.com/ministervws/",
    );
    expect(value(snapshot.handle)).toBe("ministervws");
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
    expect(value(snapshot.bio)).toContain("Volksgezondheid");
    expect(value(snapshot.links)).toEqual([RIJKSOVERHEID_VWS]);
    expect(value(snapshot.verified)).toBe(true);
  });
});

describe("Instagram profile built the older way", () => {
  it("reads a bio that stands in an h1", () => {
    const html = readFileSync("tests/fixtures/pages/instagram/profile.nl.html", "utf8");
    const document = new DOMParser().parseFromString(html, "text/html");
    const bio = Array.from(document.querySelectorAll("header span[dir='auto']")).find((span) =>
      span.textContent?.includes("Volksgezondheid"),
    );
    if (!bio) throw new Error("fixture changed: no bio span");
    const heading = document.createElement("h1");
    heading.setAttribute("dir", "auto");
    heading.textContent = "Minister van VWS. Redactie: directie Communicatie @MinVWS";
    bio.replaceWith(heading);
    const url = new URL("https://www.instagram.com/ministervws/");
    const snapshot = instagramAdapter.read(document, "profile", url);
    expect(value(snapshot.bio)).toBe("Minister van VWS. Redactie: directie Communicatie @MinVWS");
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
  });
});

describe.each(["nl", "en"])("LinkedIn (%s UI)", (lang) => {
  it("reads the intro form: name from first + last name, headline as bio; website is on another form", () => {
    const snapshot = snapshotOf(
      linkedInAdapter,
      `linkedin/intro-edit.${lang}.html`,
      "https://www.linkedin.com/in/fleur-agema/edit/intro/",
    );
    expect(value(snapshot.handle)).toBe("fleur-agema");
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
    expect(value(snapshot.bio).length).toBeGreaterThan(10);
    expect(snapshot.links.found).toBe(false);
  });

  it("reads the profile page", () => {
    const snapshot = snapshotOf(
      linkedInAdapter,
      `linkedin/profile.${lang}.html`,
      "https://www.linkedin.com/in/fleur-agema/",
    );
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
    expect(value(snapshot.verified)).toBe(true);
    expect(value(snapshot.avatar)).toContain("media.licdn.com");
  });

  it("reads the showcase page's admin form", () => {
    const snapshot = snapshotOf(
      linkedInAdapter,
      `linkedin/showcase-admin-edit.${lang}.html`,
      "https://www.linkedin.com/showcase/104857600/admin/dashboard/?editPage=true",
    );
    expect(value(snapshot.handle)).toBe("104857600");
    expect(value(snapshot.displayName).length).toBeGreaterThan(3);
    expect(value(snapshot.bio).length).toBeGreaterThan(10);
    expect(value(snapshot.links)[0]).toMatch(/rijksoverheid\.nl/);
  });
});

describe.each(["nl", "en"])("Facebook (%s UI)", (lang) => {
  it("reads the open bio editor, the name without the badge's title, and the intro link", () => {
    const snapshot = snapshotOf(
      facebookAdapter,
      `facebook/profile-bio-edit.${lang}.html`,
      "https://www.facebook.com/fleuragema",
    );
    expect(snapshot.kind).toBe("edit");
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
    expect(value(snapshot.bio)).toContain("Volksgezondheid");
    expect(value(snapshot.links)).toEqual([RIJKSOVERHEID_VWS]);
    expect(value(snapshot.verified)).toBe(true);
    expect(value(snapshot.avatar)).toContain("fbcdn.net");
  });
});

describe("Facebook view mode and Pages", () => {
  it("reads the bio from the Intro card when the editor is closed", () => {
    const snapshot = snapshotOf(facebookAdapter, "facebook/profile.nl.html", "https://www.facebook.com/fleuragema");
    expect(snapshot.kind).toBe("profile");
    expect(value(snapshot.bio)).toContain("Volksgezondheid");
  });

  it("finds the bio editor in the Intro card even when its label is not one it knows", () => {
    const html = readFileSync("tests/fixtures/pages/facebook/profile-bio-edit.nl.html", "utf8");
    const document = new DOMParser().parseFromString(html, "text/html");
    const textarea = document.querySelector("textarea");
    if (!textarea) throw new Error("fixture changed: no textarea");
    for (const attribute of ["aria-label", "placeholder", "maxlength"]) textarea.removeAttribute(attribute);
    const snapshot = facebookAdapter.read(document, "profile", new URL("https://www.facebook.com/fleuragema"));
    expect(snapshot.kind).toBe("edit");
    expect(value(snapshot.bio)).toContain("Volksgezondheid");
  });

  it("reads a Page's intro editor", () => {
    const snapshot = snapshotOf(
      facebookAdapter,
      "facebook/page-intro-edit.nl.html",
      "https://www.facebook.com/fleuragema.vws",
    );
    expect(snapshot.kind).toBe("edit");
    expect(value(snapshot.bio).length).toBeGreaterThan(10);
  });
});
