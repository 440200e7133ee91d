/**
 * Firefox is a first-class target: Debian's firefox-esr driven by puppeteer-core over WebDriver
 * BiDi, the built Firefox extension installed, the fixture pages served by request interception.
 */
import { resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "./harness";

const FIREFOX_EXTENSION_DIR = resolve(".output/firefox-mv2");

const PAGES: Record<string, string> = {
  "https://x.com/settings/profile": fixture("x/edit-profile.nl.html"),
  "https://www.linkedin.com/in/fleur-agema/edit/intro/": fixture("linkedin/intro-edit.nl.html"),
  "https://www.instagram.com/accounts/edit/": fixture("instagram/edit.en.html"),
  "https://www.facebook.com/fleuragema": fixture("facebook/profile-bio-edit.en.html"),
};

async function panelAttribute(page: Page, selector: string, attribute: string): Promise<string | null> {
  return page.evaluate(
    (innerSelector, name) => {
      const root = document.querySelector("profielcheck-panel")?.shadowRoot;
      return root?.querySelector(innerSelector)?.getAttribute(name) ?? null;
    },
    selector,
    attribute,
  );
}

/**
 * Clicks a control in the panel as a person does (a real mouse click through WebDriver BiDi, the
 * element found through the shadow root): the panel ignores clicks a page script makes.
 */
async function clickInPanel(page: Page, selector: string): Promise<void> {
  await page.locator(`profielcheck-panel >>> ${selector}`).click();
}

describe("Firefox ESR", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
      headless: true,
    });
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = new URL(request.url());
      const html = PAGES[`${url.origin}${url.pathname}`];
      if (html !== undefined)
        void request.respond({ status: 200, contentType: "text/html; charset=utf-8", body: html });
      else void request.abort();
    });
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
