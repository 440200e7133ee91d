import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { busyPage } from "./busy-page";
import { EDIT_PAGES } from "./edit-pages";
import { fixture, type Harness, launch, panel } from "./harness";

/**
 * On a realistic, busy page (the edit page of each platform with a live timeline of thousands of
 * nodes behind it) the panel appears and checks typing, with no policy set. The bounds are generous
 * on purpose: this proves that the panel comes, not how fast (`npm run bench:live` measures that).
 */
const PAGES = Object.values(EDIT_PAGES);

describe.each(PAGES)("$name: a busy page with a live timeline", (busy) => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch({ [busy.url]: busyPage(fixture(busy.fixture), 800) });
  });
  afterAll(async () => harness?.close());

  it("shows the panel without waiting for a policy, and flags a party reference typed into the bio", async () => {
    const { page } = harness;
    await page.goto(busy.url);
    expect(await page.locator("#busy-timeline article").count()).toBeGreaterThan(300);
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status"), { timeout: 20_000 }).toBe("needs-account-type");
    await root.locator(`[data-choose-account-type="${busy.type}"]`).click();
    await expect.poll(() => root.getAttribute("data-status"), { timeout: 20_000 }).toBe("ready");

    const bio = page.locator(busy.bio);
    await bio.focus();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" #TeamVVD");
    await expect.poll(() => root.locator('[data-rule="bio/no-party"]').count(), { timeout: 20_000 }).toBe(1);
  });
});
