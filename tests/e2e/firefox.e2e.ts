/**
 * Firefox is a first-class target: Debian's firefox-esr driven by puppeteer-core over WebDriver
 * BiDi, the built Firefox extension installed, the fixture pages served by request interception.
 */
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickInPanel, launchFirefox, panelAttribute } from "./firefox-harness";
import { fixture } from "./harness";

const PAGES: Record<string, string> = {
  "https://x.com/settings/profile": fixture("x/edit-profile.nl.html"),
  "https://www.linkedin.com/in/fleur-agema/edit/intro/": fixture("linkedin/intro-edit.nl.html"),
  "https://www.instagram.com/accounts/edit/": fixture("instagram/edit.en.html"),
  "https://www.facebook.com/fleuragema": fixture("facebook/profile-bio-edit.en.html"),
};

describe("Firefox ESR", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await launchFirefox(PAGES));
  });
  afterAll(async () => browser?.close());

  it.each([
    [
      "X",
      "https://x.com/settings/profile",
      "corporate",
      'textarea[name="description"]',
      "Minister van VWS, lid van de VVD.",
      "bio/no-party",
    ],
    [
      "LinkedIn",
      "https://www.linkedin.com/in/fleur-agema/edit/intro/",
      "hybrid",
      'textarea[id$="-headline"]',
      "Kamerlid",
      "bio/sender",
    ],
    [
      "Instagram (English UI)",
      "https://www.instagram.com/accounts/edit/",
      "corporate",
      "textarea#pepBio",
      "Minister. #TeamD66",
      "bio/no-party",
    ],
    [
      "Facebook (English UI)",
      "https://www.facebook.com/fleuragema",
      "corporate",
      'textarea[aria-label="Enter bio text"]',
      "Minister, namens de SP",
      "bio/no-party",
    ],
  ])("shows the panel and a finding on the %s edit page", async (_name, url, type, fieldSelector, text, rule) => {
    await page.goto(url);
    await expect
      .poll(() => panelAttribute(page, "section.panel", "data-status"), { timeout: 15_000 })
      .toBe("needs-account-type");
    await clickInPanel(page, `[data-choose-account-type="${type}"]`);
    await expect.poll(() => panelAttribute(page, "section.panel", "data-status")).toBe("ready");
    await page.locator(fieldSelector).fill(text);
    await expect.poll(() => panelAttribute(page, `[data-rule="${rule}"]`, "data-severity")).toBe("error");
  });
});
