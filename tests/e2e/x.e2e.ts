import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extensionRequests, fixture, type Harness, IMAGE_HOST, launch, panel } from "./harness";

const AVATAR_URL = "https://pbs.twimg.com/profile_images/1859204211475562496/Q8rTj2Vd_400x400.jpg";

describe("X: live checking in real Chromium", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch(
      {
        "https://x.com/settings/profile": fixture("x/edit-profile.nl.html"),
        "https://x.com/MinisterVWS": fixture("x/profile.nl.html"),
        // Not a saved page: a stand-in for the timeline, a page the check does not work on.
        "https://x.com/home": "<!doctype html><html lang=nl><title>Home / X</title><main>Tijdlijn</main></html>",
      },
      { [AVATAR_URL]: readFileSync("tests/fixtures/avatars/corporate-lint.jpg") },
    );
  });
  afterAll(async () => harness?.close());

  it("asks for the account type, then flags a party reference typed into a corporate bio and clears it", async () => {
    const { page } = harness;
    await page.goto("https://x.com/settings/profile");
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status")).toBe("needs-account-type");
    expect(await root.getAttribute("data-platform")).toBe("x");
    await root.locator('[data-choose-account-type="corporate"]').click();
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");
    expect(await root.getAttribute("data-account-type")).toBe("corporate");

    const bio = page.locator('textarea[name="description"]');
    const original = await bio.inputValue();
    await bio.focus();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" #TeamVVD");
    const partyFinding = root.locator('[data-rule="bio/no-party"]');
    await expect.poll(() => partyFinding.count()).toBe(1);
    expect(await partyFinding.getAttribute("data-severity")).toBe("error");
    expect(await partyFinding.getAttribute("data-field")).toBe("bio");
    expect(await root.locator('[data-field="bio"][data-field-status]').getAttribute("data-field-status")).toBe(
      "findings",
    );

    // The toolbar badge shows the tab's error count, as the panel's verdict does.
    const worker = harness.context.serviceWorkers()[0];
    const badge = () =>
      worker?.evaluate(async () => {
        // Runs in the extension's service worker, where `chrome` is the extension API.
        const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
        const [tab] = await api.tabs.query({ active: true });
        return api.action.getBadgeText({ tabId: tab?.id });
      });
    const errors = await root.locator('[data-severity="error"]:not([data-waived])').count();
    await expect.poll(badge).toBe(String(errors));

    await bio.fill(original);
    await expect.poll(() => partyFinding.count()).toBe(0);
  });

  it("analyses the avatar from the image host and finds the logo", async () => {
    const root = panel(harness.page);
    await expect
      .poll(() => root.locator('[data-field="avatar"]').getAttribute("data-field-status"), { timeout: 10_000 })
      .toBe("ok");
    expect(await root.locator('[data-rule="avatar/rijkslogo-required"]').count()).toBe(0);
    expect(await root.locator(".avatar-box").count()).toBe(1);
  });

  it("re-checks when the link changes", async () => {
    const { page } = harness;
    const root = panel(page);
    const url = page.locator('input[name="url"]');
    await url.fill("https://www.rijksoverheid.nl.example.org/regering/bewindspersonen/fleur-agema");
    await expect.poll(() => root.locator('[data-rule="link/rijksoverheid"]').count()).toBe(1);
    await url.fill("https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema");
    await expect.poll(() => root.locator('[data-rule="link/rijksoverheid"]').count()).toBe(0);
    expect(await root.locator('[data-rule="link/bewindspersonenpagina"]').count()).toBe(0);
  });

  it("applies a one-click fix that the site's own input handler sees, and undoes it", async () => {
    const { page } = harness;
    const root = panel(page);
    const bio = page.locator('textarea[name="description"]');
    await bio.fill("Minister van VWS. Redactie: directie Communicatie @MinVWS.");
    await page.evaluate(() => {
      const textarea = document.querySelector<HTMLTextAreaElement>('textarea[name="description"]');
      textarea?.addEventListener("input", () => {
        document.body.dataset.siteSawInput = textarea.value;
      });
    });
    const fixButton = root.locator('[data-fix="bio/webcare"]');
    await expect.poll(() => fixButton.count()).toBe(1);
    await fixButton.click();
    await expect.poll(() => bio.inputValue()).toContain("Webcare");
    expect(await page.evaluate(() => document.body.dataset.siteSawInput)).toContain("Webcare");
    await expect.poll(() => root.locator('[data-rule="bio/webcare"]').count()).toBe(0);

    await root.locator("[data-undo]").click();
    await expect.poll(() => bio.inputValue()).toBe("Minister van VWS. Redactie: directie Communicatie @MinVWS.");
    await expect.poll(() => root.locator('[data-rule="bio/webcare"]').count()).toBe(1);
  });

  it("follows single-page navigation from the profile to the edit dialog without a reload", async () => {
    const { page } = harness;
    await page.goto("https://x.com/MinisterVWS");
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");
    expect(await root.locator('[data-field="bio"]').first().getAttribute("data-field-status")).not.toBeNull();
    const editHtml = fixture("x/edit-profile.nl.html");
    const dialog = editHtml.slice(editHtml.indexOf('<div id="layers"'), editHtml.lastIndexOf("</body>"));
    const navigationsBefore = harness.requests.filter((request) => request.isNavigationRequest()).length;
    await page.evaluate((layers) => {
      history.pushState({}, "", "/settings/profile");
      document.body.insertAdjacentHTML("beforeend", layers);
    }, dialog);
    await page.locator('textarea[name="description"]').fill("Minister van VWS. Lid van de VVD.");
    await expect.poll(() => root.locator('[data-rule="bio/no-party"]').count(), { timeout: 5000 }).toBe(1);
    expect(harness.requests.filter((request) => request.isNavigationRequest()).length).toBe(navigationsBefore);
  });

  it("starts the check when navigation inside the app leaves the timeline for the edit page", async () => {
    const { page } = harness;
    await page.goto("https://x.com/home");
    const editHtml = fixture("x/edit-profile.nl.html");
    const dialog = editHtml.slice(editHtml.indexOf('<div id="layers"'), editHtml.lastIndexOf("</body>"));
    await page.evaluate((layers) => {
      history.pushState({}, "", "/settings/profile");
      document.body.insertAdjacentHTML("beforeend", layers);
    }, dialog);
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status"), { timeout: 10_000 }).toBe("ready");
    await page.locator('textarea[name="description"]').fill("Minister van VWS. Lid van de VVD.");
    await expect.poll(() => root.locator('[data-rule="bio/no-party"]').count(), { timeout: 5000 }).toBe(1);
  });

  it("made no network request of its own except fetching the avatar from the image host", () => {
    const own = extensionRequests(harness.requests).map((request) => request.url());
    expect(own).toContain(AVATAR_URL);
    expect(own.filter((url) => !IMAGE_HOST.test(url))).toEqual([]);
  });
});
