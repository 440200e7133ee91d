/**
 * Fixes within the platform's limit, in real Chromium (issue 11): on the Facebook bio editor,
 * whose textarea carries maxlength="101", applying every fix the panel offers ends with a bio that
 * fits and no bio/length finding; the panel counts against the page's own maxlength.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";

const CONFIG = {
  version: 1,
  accounts: [
    { platform: "facebook", handle: "fleuragema", type: "corporate", ministry: "VWS", ministryHandle: "minvws" },
  ],
};

describe("bio fixes within the limit (Chromium)", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch({ "https://www.facebook.com/fleuragema": fixture("facebook/profile-bio-edit.nl.html") });
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
    const bioFixes = root.locator('[data-field="bio"] [data-fix]');
    await expect.poll(() => bioFixes.count()).toBeGreaterThan(0);
    for (let applied = 0; applied < 6 && (await bioFixes.count()) > 0; applied += 1) {
      const before = await bio.inputValue();
      await bioFixes.first().click();
      await expect.poll(() => bio.inputValue()).not.toBe(before);
    }
    const value = await bio.inputValue();
    expect(value.length).toBeLessThanOrEqual(101);
    expect(await root.locator('[data-rule="bio/length"]').count()).toBe(0);
    expect(await root.textContent()).toContain(`${value.length}/101`);
  });
});
