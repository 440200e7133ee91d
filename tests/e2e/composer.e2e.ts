/**
 * Posts and replies in real Chromium: the card by the message box on the X and LinkedIn composer
 * fixtures, for configured accounts only, updating as the person types, with the role control on a
 * hybrid account and fixes that go in through the editor's own editing path.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch } from "./harness";

const CONFIG = {
  version: 1,
  accounts: [
    { platform: "x", handle: "MinisterVWS", type: "corporate", ministry: "VWS", ministryHandle: "MinVWS" },
    {
      platform: "linkedin",
      handle: "fleur-agema",
      type: "hybrid",
      ministry: "VWS",
      ministryHandle: "MinVWS",
      party: "PVV",
      minister: "Fleur Agema",
    },
  ],
};

function card(page: Page) {
  return page.locator("profielcheck-composer section.card");
}

/** Types into a contenteditable editor as a person would (the editor has focus first). */
async function typeInto(page: Page, editorSelector: string, text: string): Promise<void> {
  await page.locator(editorSelector).click();
  await page.keyboard.type(text);
}

async function clearEditor(page: Page, editorSelector: string): Promise<void> {
  await page.locator(editorSelector).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
}

describe("composer card in real Chromium", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch({
      "https://x.com/compose/post": fixture("x/compose-post.nl.html"),
      "https://x.com/burger_janssen/status/1862000000000000001": fixture("x/reply.nl.html"),
      "https://www.linkedin.com/feed/": fixture("linkedin/feed-compose.nl.html"),
    });
    const worker = harness.context.serviceWorkers()[0];
    await worker?.evaluate(async (config) => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      await api.storage.local.set({ orgConfig: config });
    }, CONFIG);
  });
  afterAll(async () => harness?.close());

  it("flags a party hashtag typed on a corporate X account, and clears it when it goes", async () => {
    const { page } = harness;
    await page.goto("https://x.com/compose/post");
    const editor = '[data-testid="tweetTextarea_0"]';
    await typeInto(page, editor, "Vandaag op werkbezoek in Zwolle. #TeamVVD");
    const finding = card(page).locator('[data-rule="post/no-party"]');
    await expect.poll(() => finding.count(), { timeout: 15_000 }).toBe(1);
    expect(await finding.getAttribute("data-severity")).toBe("error");
    expect(await finding.getAttribute("data-field")).toBe("text");
    expect(await card(page).getAttribute("data-status")).toBe("ready");
    // Corporate: no role to choose, everything is held to the ministry's rules.
    expect(await card(page).locator("[data-role]").count()).toBe(0);

    await clearEditor(page, editor);
    await page.keyboard.type("Vandaag op werkbezoek in Zwolle.");
    await expect.poll(() => finding.count()).toBe(0);
  });

  it("asks a formal reply to address the reader as je", async () => {
    const { page } = harness;
    await page.goto("https://x.com/burger_janssen/status/1862000000000000001");
    await typeInto(
      page,
      '[data-testid="tweetTextarea_0"]',
      "Kunt u uw vraag via het contactformulier stellen? #MinVWS",
    );
    const finding = card(page).locator('[data-rule="reply/tutoyeren"]');
    await expect.poll(() => finding.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await finding.first().getAttribute("data-severity")).toBe("warning");
  });

  it("on a hybrid LinkedIn account: a party post without its marker, fixed with one click and undone", async () => {
    const { page } = harness;
    await page.goto("https://www.linkedin.com/feed/");
    const editor = '[role="dialog"] .ql-editor';
    await typeInto(page, editor, "Mooi werkbezoek in Zwolle vandaag.");
    const role = card(page).locator("[data-role]");
    await expect.poll(() => role.getAttribute("data-role"), { timeout: 15_000 }).toBe("");
    // Without a role the marker rule cannot run, and the card says so instead of passing.
    expect(await card(page).locator('[data-not-checked="post/role-marker"]').count()).toBe(1);
    await card(page).locator('input[value="party"]').check();
    await expect.poll(() => role.getAttribute("data-role")).toBe("party");

    const finding = card(page).locator('[data-rule="post/role-marker"]');
    await expect.poll(() => finding.count()).toBe(1);
    await finding.locator("[data-fix]").click();
    await expect.poll(() => page.locator(editor).textContent()).toContain("#TeamPVV");
    await expect.poll(() => finding.count()).toBe(0);

    await card(page).locator("[data-undo]").click();
    await expect.poll(() => page.locator(editor).textContent()).not.toContain("#TeamPVV");
    await expect.poll(() => finding.count()).toBe(1);
  });

  it("remembers the role for the account on the next message", async () => {
    const { page } = harness;
    await page.goto("https://www.linkedin.com/feed/");
    await page.locator('[role="dialog"] .ql-editor').click();
    await expect
      .poll(() => card(page).locator("[data-role]").getAttribute("data-role"), { timeout: 15_000 })
      .toBe("party");
  });

  it("shows no card for an account that is not configured", async () => {
    const { page } = harness;
    await page.goto("https://x.com/compose/post");
    await page.evaluate(() =>
      document.querySelector('a[data-testid="AppTabBar_Profile_Link"]')?.setAttribute("href", "/iemand_anders"),
    );
    await typeInto(page, '[data-testid="tweetTextarea_0"]', "#TeamVVD");
    // The card would come within the same round trip as for a configured account; give it that time.
    await page.waitForTimeout(1500);
    expect(await page.locator("profielcheck-composer").count()).toBe(0);
    // The same box, once the configured account writes, does get its card: the check above was live.
    await page.evaluate(() =>
      document.querySelector('a[data-testid="AppTabBar_Profile_Link"]')?.setAttribute("href", "/MinisterVWS"),
    );
    await page.locator('a[data-testid="AppTabBar_Home_Link"]').focus();
    await page.locator('[data-testid="tweetTextarea_0"]').focus();
    await expect.poll(() => card(page).locator('[data-rule="post/no-party"]').count(), { timeout: 15_000 }).toBe(1);
  });
});
