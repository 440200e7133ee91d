/**
 * Fake-account notes in real Chromium, on X profile pages that are not the organisation's: the
 * impostor (look-alike handle, the minister's name, a logo avatar) gets the warning badge, whose
 * details list the reasons and offer the report text; parody and fan accounts get the note only;
 * the configured account and an unrelated account that mentions a minister get nothing.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";

const CONFIG = {
  version: 1,
  accounts: [
    {
      platform: "x",
      handle: "MinisterVWS",
      type: "corporate",
      ministry: "VWS",
      ministryHandle: "MinVWS",
      minister: "Fleur Agema",
    },
  ],
};

const note = (page: Page) => page.locator("profielcheck-impostor aside.note");

describe("fake-account notes in real Chromium", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch(
      {
        "https://x.com/MinisterVVVS": fixture("x/profile-impostor.nl.html"),
        "https://x.com/AgemaParodie": fixture("x/profile-parody.nl.html"),
        "https://x.com/agemafans": fixture("x/profile-fan.nl.html"),
        "https://x.com/MinisterVWS": fixture("x/profile.nl.html"),
        "https://x.com/bakkerijjansen": fixture("x/profile-unrelated.nl.html"),
      },
      {
        "https://pbs.twimg.com/profile_images/1900000000000000001/Impostor_200x200.jpg": readFileSync(
          "tests/fixtures/avatars/corporate-lint.jpg",
        ),
      },
    );
    await harness.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: "https://x.com" });
    const extensionId = new URL(harness.context.serviceWorkers()[0]?.url() ?? "").host;
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator("#import-text").fill(JSON.stringify(CONFIG));
    await options.locator('form[data-form="import"] button[type="submit"]').click();
    await options.waitForFunction(() =>
      document.querySelector('[data-testid="status"]')?.textContent?.includes("geïmporteerd"),
    );
    await options.close();
  });
  afterAll(async () => harness?.close());

  it("warns on the impostor with a badge; the details give the reasons and copy a report text", async () => {
    const { page } = harness;
    await page.goto("https://x.com/MinisterVVVS");
    await expect.poll(() => note(page).getAttribute("data-impostor"), { timeout: 15_000 }).toBe("suspect");
    const badge = note(page).locator("button.badge");
    expect(await badge.textContent()).toContain("Mogelijk nepaccount");
    // Quiet by default: the details open on a click (here: the keyboard).
    expect(await note(page).locator(".details").count()).toBe(0);
    await badge.focus();
    await page.keyboard.press("Enter");
    const details = note(page).locator(".details");
    expect(await details.textContent()).toContain("De accountnaam lijkt op @ministervws (X)");
    expect(await details.textContent()).toContain("De profielnaam noemt Fleur Agema.");
    await expect.poll(() => details.textContent(), { timeout: 10_000 }).toContain("Rijksoverheidslogo");
    expect(await details.locator("a").getAttribute("href")).toBe("https://x.com/ministervws");
    await details.locator("[data-copy-impostor-report]").click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain("URL: https://x.com/MinisterVVVS");
  });

  it.each([
    ["parody", "https://x.com/AgemaParodie"],
    ["fan", "https://x.com/agemafans"],
  ])("gives the %s account the note only, without a report", async (_, url) => {
    const { page } = harness;
    await page.goto(url);
    await expect.poll(() => note(page).getAttribute("data-impostor"), { timeout: 15_000 }).toBe("parody");
    await note(page).locator("button.badge").click();
    expect(await note(page).textContent()).toContain("tegen overduidelijke parodie- en fanaccounts niet opgetreden");
    expect(await note(page).locator("[data-copy-impostor-report]").count()).toBe(0);
  });

  it.each([
    ["the configured account", "https://x.com/MinisterVWS"],
    ["an unrelated account that mentions a minister", "https://x.com/bakkerijjansen"],
  ])("says nothing on %s", async (_, url) => {
    const { page } = harness;
    await page.goto(url);
    // The panel has read the page (its status is set) before the absence of a note counts.
    await expect.poll(() => panel(page).getAttribute("data-status"), { timeout: 15_000 }).not.toBeNull();
    await page.waitForTimeout(500);
    expect(await note(page).count()).toBe(0);
  });
});
