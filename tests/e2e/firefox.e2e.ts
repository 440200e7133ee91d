/**
 * Firefox is a first-class target: Debian's firefox-esr driven by puppeteer-core over WebDriver
 * BiDi, the built Firefox extension installed, the fixture pages served by request interception.
 */
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickInPanel, composerAttribute, launchFirefox, panelAttribute } from "./firefox-harness";
import { fixture } from "./harness";

const PAGES: Record<string, string> = {
  "https://x.com/settings/profile": fixture("x/edit-profile.nl.html"),
  "https://www.linkedin.com/in/fleur-agema/edit/intro/": fixture("linkedin/intro-edit.nl.html"),
  "https://www.instagram.com/accounts/edit/": fixture("instagram/edit.en.html"),
  "https://www.facebook.com/fleuragema": fixture("facebook/profile-bio-edit.en.html"),
  "https://x.com/compose/post": fixture("x/compose-post.en.html"),
  "https://x.com/burger_janssen/status/1862000000000000001": fixture("x/reply.en.html"),
  "https://www.linkedin.com/feed/": fixture("linkedin/feed-compose.nl.html"),
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

  // Runs after the X case above, which chose "corporate" for @MinisterVWS in the panel.
  it("checks a post and a reply on X as they are typed", async () => {
    await page.goto("https://x.com/compose/post");
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type("Op werkbezoek. #TeamVVD");
    await expect
      .poll(() => composerAttribute(page, '[data-rule="post/no-party"]', "data-severity"), { timeout: 15_000 })
      .toBe("error");

    await page.goto("https://x.com/burger_janssen/status/1862000000000000001");
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type("Kunt u uw vraag via het formulier stellen?");
    await expect
      .poll(() => composerAttribute(page, '[data-rule="reply/tutoyeren"]', "data-severity"), { timeout: 15_000 })
      .toBe("warning");
  });

  // Runs after the LinkedIn case above, which chose "hybrid" for fleur-agema in the panel.
  it("asks for the role on a hybrid LinkedIn account and holds a party post to its marker", async () => {
    await page.goto("https://www.linkedin.com/feed/");
    await page.click('[role="dialog"] .ql-editor');
    await page.keyboard.type("Mooi werkbezoek in Zwolle vandaag.");
    await expect.poll(() => composerAttribute(page, "[data-role]", "data-role"), { timeout: 15_000 }).toBe("");
    // A real click through the shadow root (a page script's click would be refused).
    await page.locator('profielcheck-composer >>> input[value="party"]').click();
    await expect.poll(() => composerAttribute(page, "[data-role]", "data-role")).toBe("party");
    // The account was only chosen in the panel, without its party: the marker rule says none is configured.
    await expect.poll(() => composerAttribute(page, '[data-rule="post/role-marker"]', "data-field")).toBe("text");
  });
});
