/**
 * Issue 9 in real Chromium: on an X edit page whose bio neither the built-in selector nor the label
 * finds, the panel offers "Kopieer paginaschets" (copied to the clipboard, confirmed visibly, with
 * no text of the page in it); an organisation's selector override, imported on the options page,
 * then repairs the field, and the options page warns about the override that is ignored. And X's
 * bio as a rich-text editor, found by its label only, is read and written like the textarea.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";

const URL_EDIT = "https://x.com/settings/profile";
const URL_RICH_TEXT = "https://x.com/settings/profile?rich-text";
const CONFIG = {
  version: 1,
  accounts: [{ platform: "x", handle: "MinisterVWS", type: "corporate", ministry: "VWS", minister: "Fleur Agema" }],
  selectorOverrides: { x: { bio: ['[role="dialog"] textarea[name="bio"]', "textarea:hover"] } },
};

describe("page sketch and selector overrides in real Chromium", () => {
  let harness: Harness;
  let extensionId: string;

  beforeAll(async () => {
    harness = await launch({ [URL_EDIT]: fixture("x/edit-profile.broken.html") });
    await harness.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: "https://x.com" });
    extensionId = new URL(harness.context.serviceWorkers()[0]?.url() ?? "").host;
  });
  afterAll(async () => harness?.close());

  const bioStatus = () =>
    panel(harness.page).locator('[data-field="bio"][data-field-status]').getAttribute("data-field-status");

  it("offers a page sketch for the bio nothing matched, and copies it without the page's texts", async () => {
    const { page } = harness;
    await page.goto(URL_EDIT);
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status")).toBe("needs-account-type");
    await root.locator('[data-choose-account-type="corporate"]').click();
    await expect.poll(bioStatus).toBe("not-checked");
    await root.locator("[data-copy-page-sketch]").click();
    await expect
      .poll(() => root.locator('[data-page-sketch-status="copied"]').textContent())
      .toBe("Paginaschets gekopieerd naar het klembord.");
    const sketch = await page.evaluate(() => navigator.clipboard.readText());
    expect(sketch).toContain("# niet gevonden / not found: bio");
    expect(sketch).toContain('textarea[name="bio"]');
    expect(sketch).not.toMatch(/Agema|MinisterVWS|Volksgezondheid|rijksoverheid/i);
  });

  it("repairs the bio with an imported override, and warns about the one that is ignored", async () => {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator("#import-text").fill(JSON.stringify(CONFIG));
    await options.locator('form[data-form="import"] button[type="submit"]').click();
    await expect
      .poll(() => options.locator("section.warnings").textContent())
      .toContain("selectorOverrides.x.bio[1] wordt genegeerd");
    await options.close();

    const { page } = harness;
    await page.goto(URL_EDIT);
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");
    await expect.poll(bioStatus).toMatch(/^(ok|findings)$/);
    expect(await root.locator("[data-copy-page-sketch]").count()).toBe(0);
    // The repaired field is live: typing into it reaches the panel.
    await page.locator('textarea[name="bio"]').fill("Volg ons ook via #TeamVVD");
    await expect
      .poll(() => root.locator('[data-field="bio"]').first().getAttribute("data-field-status"))
      .toBe("findings");
  });

  it("reads and writes X's bio as a rich-text editor found by its label", async () => {
    const { page } = harness;
    await page.route(URL_RICH_TEXT, (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: fixture("x/edit-profile-rich-text.nl.html") }),
    );
    await page.goto(URL_RICH_TEXT);
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");
    await expect.poll(bioStatus).toMatch(/^(ok|findings)$/);
    const editor = page.locator('[role="textbox"][aria-labelledby="bio-label"]');
    await editor.click();
    await page.keyboard.press("End");
    await page.keyboard.type(" #TeamVVD");
    const fix = root.locator('[data-fix="bio/no-party"]');
    await expect.poll(() => fix.count()).toBe(1);
    // The offending words are underlined in the page's own editor (CSS Custom Highlight API).
    const underlined = () =>
      page.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          "profielcheck-error",
        );
        return highlight ? [...highlight].map(String) : [];
      });
    await expect.poll(underlined).toContainEqual(expect.stringContaining("TeamVVD"));
    await fix.click();
    await expect.poll(() => editor.textContent()).not.toContain("#TeamVVD");
    await expect.poll(() => root.locator('[data-rule="bio/no-party"]').count()).toBe(0);
    await expect.poll(underlined).toEqual([]);
  });
});
