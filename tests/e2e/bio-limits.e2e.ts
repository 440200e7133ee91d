/**
 * Fixes within the platform's limit, in real Chromium (issue 11): on the Facebook bio editor,
 * whose textarea carries maxlength="101", applying every fix the panel offers ends with a bio that
 * fits and no bio/length finding; the panel counts against the page's own maxlength.
 */
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";

const CONFIG = {
  version: 1,
  accounts: [
    { platform: "facebook", handle: "fleuragema", type: "corporate", ministry: "VWS", ministryHandle: "minvws" },
    { platform: "x", handle: "MinisterVWS", type: "corporate", ministry: "VWS", ministryHandle: "MinVWS" },
    { platform: "instagram", handle: "ministervws", type: "corporate", ministry: "VWS", ministryHandle: "minvws" },
  ],
};

/** Clicks every bio fix the panel offers, one at a time, until none is left (at most `most`). */
async function applyEveryBioFix(page: Page, bio: Locator, most = 6): Promise<void> {
  const bioFixes = panel(page).locator('[data-field="bio"] [data-fix]');
  for (let applied = 0; applied < most && (await bioFixes.count()) > 0; applied += 1) {
    const before = await bio.inputValue();
    await bioFixes.first().click();
    await expect.poll(() => bio.inputValue()).not.toBe(before);
  }
}

describe("bio fixes within the limit (Chromium)", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch({
      "https://www.facebook.com/fleuragema": fixture("facebook/profile-bio-edit.nl.html"),
      "https://x.com/settings/profile": fixture("x/edit-profile.nl.html"),
      "https://www.instagram.com/accounts/edit/": fixture("instagram/edit.nl.html"),
    });
    await harness.context.serviceWorkers()[0]?.evaluate(async (config) => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      await api.storage.local.set({ orgConfig: config });
    }, CONFIG);
  });
  afterAll(async () => harness?.close());

  it("applies every offered bio fix and stays within the page's maxlength of 101", async () => {
    const { page } = harness;
    await page.goto("https://www.facebook.com/fleuragema");
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status"), { timeout: 15_000 }).toBe("ready");
    const bio = page.locator('textarea[aria-label="Voer biotekst in"]');
    // 62 characters, without who edits it or where to ask questions.
    await bio.fill("Vicepremier en minister van Volksgezondheid, Welzijn en Sport.");
    await expect.poll(() => root.locator('[data-field="bio"] [data-fix]').count()).toBeGreaterThan(0);
    await applyEveryBioFix(page, bio);
    const value = await bio.inputValue();
    expect(value.length).toBeLessThanOrEqual(101);
    expect(await root.locator('[data-rule="bio/length"]').count()).toBe(0);
    expect(await root.textContent()).toContain(`${value.length}/101`);
  });

  it("X: a 157-character bio ends within 160 after every offered fix", async () => {
    const { page } = harness;
    await page.goto("https://x.com/settings/profile");
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status"), { timeout: 15_000 }).toBe("ready");
    const bio = page.locator('textarea[name="description"]');
    const long =
      "Minister van Volksgezondheid, Welzijn en Sport. Werkt aan betaalbare zorg dichtbij huis en aan een gezonde toekomst voor iedereen in Nederland, elke werkdag.";
    expect(long.length).toBe(157);
    await bio.fill(long);
    // The sentences the bio lacks do not fit in 3 characters: no fix is offered, the finding says what to cut.
    await expect.poll(() => root.locator('[data-rule="bio/ministry-account"]').textContent()).toContain("korter");
    await applyEveryBioFix(page, bio);
    expect((await bio.inputValue()).length).toBeLessThanOrEqual(160);
    expect(await root.locator('[data-rule="bio/length"]').count()).toBe(0);
  });

  it("Instagram: two fixes on a short bio end within 150", async () => {
    const { page } = harness;
    await page.goto("https://www.instagram.com/accounts/edit/");
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status"), { timeout: 15_000 }).toBe("ready");
    const bio = page.locator("textarea#pepBio");
    await bio.fill("Minister van Volksgezondheid, Welzijn en Sport. Op bezoek in het hele land.");
    await expect.poll(() => root.locator('[data-field="bio"] [data-fix]').count()).toBeGreaterThan(0);
    await applyEveryBioFix(page, bio);
    expect((await bio.inputValue()).length).toBeLessThanOrEqual(150);
    expect(await root.locator('[data-rule="bio/length"]').count()).toBe(0);
  });

  it("composes a bio that passes every bio rule, puts it in on a click, and undoes it", async () => {
    const { page } = harness;
    await page.goto("https://x.com/settings/profile");
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status"), { timeout: 15_000 }).toBe("ready");
    const bio = page.locator('textarea[name="description"]');
    const office = "Minister van Volksgezondheid, Welzijn en Sport.";
    await bio.fill(office);
    await expect.poll(() => root.locator('[data-field="bio"][data-rule]').count()).toBeGreaterThan(0);
    await root.locator(".bio-builder summary").click();
    const use = root.locator('[data-use-bio="normal"]');
    await expect.poll(() => use.count()).toBe(1);
    await use.click();
    await expect.poll(() => bio.inputValue()).not.toBe(office);
    expect((await bio.inputValue()).length).toBeLessThanOrEqual(160);
    await expect.poll(() => root.locator('[data-field="bio"][data-rule]').count()).toBe(0);
    await root.locator("[data-undo]").click();
    await expect.poll(() => bio.inputValue()).toBe(office);
  });
});
