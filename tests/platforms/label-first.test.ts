// @vitest-environment happy-dom
/**
 * Label-first lookup on X, Instagram and Facebook (issue 9 item 6): the rich-text shape of a field
 * (a `contenteditable` `role="textbox"`, named by aria-label or aria-labelledby) gives the same
 * value as the textarea shape, in the Dutch and the English UI. The fixtures' rich-text editors
 * carry none of the attributes the built-in selectors know, so only the name finds them.
 */
import { describe, expect, it } from "vitest";
import { facebookAdapter } from "@/utils/platforms/facebook";
import { instagramAdapter } from "@/utils/platforms/instagram";
import { accessibleName, normalisedName } from "@/utils/platforms/read";
import type { PlatformAdapter } from "@/utils/platforms/types";
import { xAdapter } from "@/utils/platforms/x";
import { snapshotOf, value } from "./fixture-page";

const SHAPES: { platform: string; adapter: PlatformAdapter; textarea: string; richText: string; url: string }[] = [
  {
    platform: "X",
    adapter: xAdapter,
    textarea: "x/edit-profile",
    richText: "x/edit-profile-rich-text",
    url: "https://x.com/settings/profile",
  },
  {
    platform: "Instagram",
    adapter: instagramAdapter,
    textarea: "instagram/edit",
    richText: "instagram/edit-rich-text",
    url: "https://www.instagram.com/accounts/edit/",
  },
  {
    platform: "Facebook",
    adapter: facebookAdapter,
    textarea: "facebook/profile-bio-edit",
    richText: "facebook/profile-bio-edit-rich-text",
    url: "https://www.facebook.com/fleuragema",
  },
];

describe.each(["nl", "en"])("label-first lookup (%s UI)", (lang) => {
  it.each(SHAPES)("$platform: the rich-text bio reads as the textarea bio", ({ adapter, textarea, richText, url }) => {
    const plain = snapshotOf(adapter, `${textarea}.${lang}.html`, url);
    const rich = snapshotOf(adapter, `${richText}.${lang}.html`, url);
    expect(value(rich.bio)).toBe(value(plain.bio));
    expect(value(rich.bio)).toMatch(/^Vicepremier en minister/);
    const editor = rich.bio.found ? rich.bio.element : null;
    expect(editor?.getAttribute("contenteditable")).toBe("true");
    expect(rich.kind).toBe("edit");
  });

  it("X: name and website found by their wrapping labels, the counter no part of the name", () => {
    const snapshot = snapshotOf(xAdapter, `x/edit-profile-rich-text.${lang}.html`, "https://x.com/settings/profile");
    expect(value(snapshot.displayName)).toBe("Fleur Agema");
    expect(value(snapshot.links)).toEqual([
      "https://www.rijksoverheid.nl/ministeries/ministerie-van-volksgezondheid-welzijn-en-sport",
    ]);
  });
});

describe("accessible names", () => {
  it("leave the control's own value and X's counter out of a wrapping label's name", () => {
    document.body.innerHTML =
      "<label><div><span>Bio</span><span>104 / 160</span></div><textarea>Bio van de minister</textarea></label>";
    const control = document.querySelector("textarea") as HTMLTextAreaElement;
    expect(normalisedName(accessibleName(control))).toBe("bio");
  });

  it("read aria-labelledby and <label for>", () => {
    document.body.innerHTML =
      '<span id="a">Locatie</span><div role="textbox" contenteditable="true" aria-labelledby="a"></div>' +
      '<label for="w">Website*</label><input id="w">';
    expect(accessibleName(document.querySelector("[role=textbox]") as Element)).toBe("Locatie");
    expect(normalisedName(accessibleName(document.querySelector("#w") as Element))).toBe("website");
  });
});
