/**
 * On each platform's edit page, in real Chromium: type a party reference into the bio of an
 * account the rule applies to, see bio/no-party appear, correct it and see it go.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDIT_PAGES } from "./edit-pages";
import { extensionRequests, fixture, type Harness, IMAGE_HOST, launch, panel } from "./harness";

// X has a file of its own (x.e2e.ts).
const PLATFORMS = [EDIT_PAGES.instagram, EDIT_PAGES.linkedin, EDIT_PAGES.facebook];

describe.each(PLATFORMS)("$name: live checking in real Chromium", (platform) => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch({ [platform.url]: fixture(platform.fixture) });
  });
  afterAll(async () => harness?.close());

  it("flags a party reference typed into the bio and clears it when corrected", async () => {
    const { page } = harness;
    await page.goto(platform.url);
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status"), { timeout: 10_000 }).toBe("needs-account-type");
    await root.locator(`[data-choose-account-type="${platform.type}"]`).click();
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");

    const bio = page.locator(platform.bio);
    const original = await bio.inputValue();
    await bio.fill("Minister van VWS. Namens de VVD.");
    const finding = root.locator('[data-rule="bio/no-party"]');
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.getAttribute("data-severity")).toBe("error");
    await bio.fill(original);
    await expect.poll(() => finding.count()).toBe(0);
    const own = extensionRequests(harness.requests).map((request) => request.url());
    expect(own.filter((url) => !IMAGE_HOST.test(url))).toEqual([]);
  });

  it("tells the popup it is an edit page, as the page shows (Facebook's bio editor has no URL of its own)", async () => {
    const { page } = harness;
    await page.goto(platform.url);
    await expect.poll(() => panel(page).getAttribute("data-status"), { timeout: 10_000 }).not.toBeNull();
    const worker = harness.context.serviceWorkers()[0];
    const pageKind = await worker?.evaluate(async () => {
      // Runs in the extension's service worker and asks the tab as the popup does.
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const [tab] = await api.tabs.query({ active: true });
      const state = await api.tabs.sendMessage(tab?.id as number, { type: "profielcheck:get-state" });
      return (state as { pageKind: string }).pageKind;
    });
    expect(pageKind).toBe("edit");
  });
});
