/**
 * The avatar check in real Chromium: the background fetches the picture from the platform's image
 * host and runs the detector; a hybrid account with the Rijksoverheid logo gets
 * avatar/rijkslogo-forbidden, and a newly chosen picture (a blob: preview) is checked at once.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";

const INSTAGRAM_AVATAR =
  "https://scontent-ams2-1.cdninstagram.com/v/t51.2885-19/469112233_1122334455667788_1234567890123456789_n.jpg";

describe("avatar check in real Chromium", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch(
      {
        "https://www.instagram.com/ministervws/": fixture("instagram/profile.nl.html"),
        "https://x.com/settings/profile": fixture("x/edit-profile.nl.html"),
      },
      { [INSTAGRAM_AVATAR]: readFileSync("tests/fixtures/avatars/corporate-lint.jpg") },
    );
  });
  afterAll(async () => harness?.close());

  it("flags the Rijksoverheid logo in a hybrid account's avatar", async () => {
    const { page } = harness;
    await page.goto("https://www.instagram.com/ministervws/");
    const root = panel(page);
    // A profile page nobody edits: the panel waits as a tab until it is opened.
    await root.locator("button.tab").click();
    await root.locator('[data-choose-account-type="hybrid"]').click();
    const finding = root.locator('[data-rule="avatar/rijkslogo-forbidden"]');
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(1);
    expect(await finding.getAttribute("data-severity")).toBe("error");
  });

  it("checks a newly chosen picture (blob: preview) as soon as it is shown", async () => {
    const { page } = harness;
    await page.goto("https://x.com/settings/profile");
    const root = panel(page);
    await root.locator('[data-choose-account-type="corporate"]').click();
    // The pixel served for the saved avatar has no logo: the corporate rule fires.
    await expect
      .poll(() => root.locator('[data-rule="avatar/rijkslogo-required"]').count(), { timeout: 10_000 })
      .toBe(1);
    // Choosing a file makes X show a blob: preview in the dialog; simulate that with the logo picture.
    const picture = readFileSync("tests/fixtures/avatars/corporate-lint.jpg").toString("base64");
    await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: "image/jpeg" }));
      const image = document.querySelector<HTMLImageElement>(
        '[role="dialog"] [data-testid^="UserAvatar-Container-"] img',
      );
      if (image) image.src = url;
    }, picture);
    await expect
      .poll(() => root.locator('[data-field="avatar"]').getAttribute("data-field-status"), { timeout: 10_000 })
      .toBe("ok");
    expect(await root.locator('[data-rule="avatar/rijkslogo-required"]').count()).toBe(0);
  });
});
