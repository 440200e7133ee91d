import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { busyPage } from "./busy-page";
import { fixture, type Harness, launch, panel } from "./harness";

/**
 * On a realistic, busy page (the edit dialog over a profile with a live timeline of thousands of
 * nodes) the panel appears and checks typing, with no policy set. The bounds are generous on
 * purpose: this proves that the panel comes, not how fast (the benchmark measures that).
 */
describe("X: a busy page with a live timeline", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch({ "https://x.com/settings/profile": busyPage(fixture("x/edit-profile.nl.html"), 800) });
  });
  afterAll(async () => harness?.close());

  it("shows the panel without waiting for a policy, and flags a party reference typed into the bio", async () => {
    const { page } = harness;
    await page.goto("https://x.com/settings/profile");
    expect(await page.locator("#busy-timeline article").count()).toBeGreaterThan(300);
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status"), { timeout: 20_000 }).toBe("needs-account-type");
    await root.locator('[data-choose-account-type="corporate"]').click();
    await expect.poll(() => root.getAttribute("data-status"), { timeout: 20_000 }).toBe("ready");

    const bio = page.locator('textarea[name="description"]');
    await bio.focus();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" #TeamVVD");
    await expect.poll(() => root.locator('[data-rule="bio/no-party"]').count(), { timeout: 20_000 }).toBe(1);
  });
});
