/**
 * The fake-account note in Firefox ESR: once the account on the X edit page is in the
 * configuration (chosen in the panel), a profile with a look-alike handle gets the warning badge,
 * and its details offer the report text.
 */
import { resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "./harness";

const FIREFOX_EXTENSION_DIR = resolve(".output/firefox-mv2");
const PAGES: Record<string, string> = {
  "https://x.com/settings/profile": fixture("x/edit-profile.nl.html"),
  "https://x.com/MinisterVVVS": fixture("x/profile-impostor.nl.html"),
};

function inShadow(page: Page, host: string, selector: string, attribute: string): Promise<string | null> {
  return page.evaluate(
    (hostName, innerSelector, name) =>
      document.querySelector(hostName)?.shadowRoot?.querySelector(innerSelector)?.getAttribute(name) ?? null,
    host,
    selector,
    attribute,
  );
}

describe("fake-account note in Firefox ESR", () => {
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

  it("shows the warning badge on a look-alike of the configured account", async () => {
    await page.goto("https://x.com/settings/profile");
    await expect
      .poll(() => inShadow(page, "profielcheck-panel", "section.panel", "data-status"), { timeout: 15_000 })
      .toBe("needs-account-type");
    await page.evaluate(() =>
      document
        .querySelector("profielcheck-panel")
        ?.shadowRoot?.querySelector<HTMLElement>('[data-choose-account-type="corporate"]')
        ?.click(),
    );
    await expect.poll(() => inShadow(page, "profielcheck-panel", "section.panel", "data-status")).toBe("ready");

    await page.goto("https://x.com/MinisterVVVS");
    await expect
      .poll(() => inShadow(page, "profielcheck-impostor", "aside.note", "data-impostor"), { timeout: 15_000 })
      .toBe("suspect");
    await page.evaluate(() =>
      document.querySelector("profielcheck-impostor")?.shadowRoot?.querySelector<HTMLElement>("button.badge")?.click(),
    );
    await expect
      .poll(() => inShadow(page, "profielcheck-impostor", "[data-copy-impostor-report]", "class"))
      .toBe("copy");
    const details = await page.evaluate(
      () => document.querySelector("profielcheck-impostor")?.shadowRoot?.querySelector(".details")?.textContent ?? "",
    );
    expect(details).toContain("De accountnaam lijkt op @ministervws (X)");
  });
});
