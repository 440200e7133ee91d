// @vitest-environment happy-dom
/**
 * Selector overrides through the adapters' read options: an override repairs a field whose built-in
 * selector and label no longer match, wins over the built-in reading, passes over hidden elements,
 * and a selector that fails the safe check is never queried.
 */
import { describe, expect, it } from "vitest";
import { instagramAdapter } from "@/utils/platforms/instagram";
import { linkedInAdapter } from "@/utils/platforms/linkedin";
import type { ReadOptions } from "@/utils/platforms/read";
import { xAdapter } from "@/utils/platforms/x";
import { fixtureDocument, readWith, value } from "./fixture-page";

const X_EDIT = "https://x.com/settings/profile";
const BIO = "Vicepremier en minister van Volksgezondheid, Welzijn en Sport. Berichten van het ministerie via @MinVWS.";

function readBroken(options?: ReadOptions) {
  const document = fixtureDocument("x/edit-profile.broken.html");
  return { document, snapshot: xAdapter.read(document, "edit", new URL(X_EDIT), options) };
}

describe("selector overrides", () => {
  it("repair a field that neither the built-in selector nor the label finds", () => {
    expect(readBroken().snapshot.bio.found).toBe(false);
    const { snapshot } = readBroken({ selectorOverrides: { bio: ['[role="dialog"] textarea[name="bio"]'] } });
    expect(value(snapshot.bio)).toBe(BIO);
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
  });

  it("are tried before the built-in selectors, in their own order", () => {
    const document = fixtureDocument("x/edit-profile.en.html");
    const snapshot = readWith(xAdapter, document, X_EDIT);
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
    const overridden = xAdapter.read(document, "edit", new URL(X_EDIT), {
      selectorOverrides: { displayName: ["#nothing-here", 'input[name="location"]'] },
    });
    expect(value(overridden.displayName)).toBe("Den Haag");
  });

  it("pass over hidden elements (the profile under X's dialog is aria-hidden)", () => {
    const document = fixtureDocument("x/edit-profile.en.html");
    const snapshot = xAdapter.read(document, "edit", new URL(X_EDIT), {
      selectorOverrides: { displayName: ['[data-testid="UserName"] span'] },
    });
    // The built-in reading of the dialog's name input, not the old name on the page under it.
    expect(snapshot.displayName.found && snapshot.displayName.element?.tagName).toBe("INPUT");
  });

  it("skip a selector that fails the safe check without querying it", () => {
    const { document, snapshot } = readBroken({
      selectorOverrides: { bio: ["textarea:hover", 'textarea[name="bio"]'] },
    });
    expect(value(snapshot.bio)).toBe(BIO);
    const queried: string[] = [];
    const original = document.querySelectorAll.bind(document);
    document.querySelectorAll = ((selector: string) => {
      queried.push(selector);
      return original(selector);
    }) as typeof document.querySelectorAll;
    xAdapter.read(document, "edit", new URL(X_EDIT), { selectorOverrides: { bio: ["textarea:hover"] } });
    expect(queried).not.toContain("textarea:hover");
  });

  it("ignore a selector the browser rejects after the check accepted it", () => {
    const { snapshot } = readBroken({ selectorOverrides: { bio: ["textarea:nth-child()", 'textarea[name="bio"]'] } });
    expect(value(snapshot.bio)).toBe(BIO);
  });

  it("read links from anchors (unwrapping redirects) and the avatar from an img", () => {
    const document = fixtureDocument("instagram/profile-three-links-open.en.html");
    const url = "https://www.instagram.com/ministervws/";
    const builtIn = readWith(instagramAdapter, document, url);
    const snapshot = instagramAdapter.read(document, "profile", new URL(url), {
      selectorOverrides: { links: ['[role="dialog"] a[href*="l.instagram.com"]'], avatar: ["header img"] },
    });
    expect(value(snapshot.links)).toEqual(value(builtIn.links));
    expect(value(snapshot.avatar)).toMatch(/^https:\/\//);
  });

  it("leave the fields they do not name to the built-in reading", () => {
    const document = fixtureDocument("linkedin/profile.nl.html");
    const url = "https://www.linkedin.com/in/fleur-agema/";
    const builtIn = readWith(linkedInAdapter, document, url);
    const snapshot = linkedInAdapter.read(document, "profile", new URL(url), {
      selectorOverrides: { bio: ["#does-not-exist"] },
    });
    expect(snapshot).toEqual(builtIn);
  });
});
