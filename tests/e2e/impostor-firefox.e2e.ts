/**
 * The fake-account note in Firefox ESR: once the account on the X edit page is in the
 * configuration (chosen in the panel), a profile with a look-alike handle gets the warning badge,
 * and its details offer the report text.
 */
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickInPanel, launchFirefox, panelAttribute } from "./firefox-harness";
import { fixture } from "./harness";

function inNote(page: Page, selector: string, attribute: string): Promise<string | null> {
  return page.evaluate(
    (innerSelector, name) =>
      document.querySelector("profielcheck-impostor")?.shadowRoot?.querySelector(innerSelector)?.getAttribute(name) ??
      null,
    selector,
    attribute,
  );
}

describe("fake-account note in Firefox ESR", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await launchFirefox({
      "https://x.com/settings/profile": fixture("x/edit-profile.nl.html"),
      "https://x.com/MinisterVVVS": fixture("x/profile-impostor.nl.html"),
    }));
  });
  afterAll(async () => browser?.close());

  it("shows the warning badge on a look-alike of the configured account", async () => {
    await page.goto("https://x.com/settings/profile");
    await expect
      .poll(() => panelAttribute(page, "section.panel", "data-status"), { timeout: 15_000 })
      .toBe("needs-account-type");
    await clickInPanel(page, '[data-choose-account-type="corporate"]');
    await expect.poll(() => panelAttribute(page, "section.panel", "data-status")).toBe("ready");

    await page.goto("https://x.com/MinisterVVVS");
    await expect.poll(() => inNote(page, "aside.note", "data-impostor"), { timeout: 15_000 }).toBe("suspect");
    await page.locator("profielcheck-impostor >>> button.badge").click();
    await expect.poll(() => inNote(page, "[data-copy-impostor-report]", "class")).toBe("copy");
    const details = await page.evaluate(
      () => document.querySelector("profielcheck-impostor")?.shadowRoot?.querySelector(".details")?.textContent ?? "",
    );
    expect(details).toContain("De accountnaam lijkt op @ministervws (X)");
  });
});
