/**
 * The calm panel in Firefox ESR: a tab only on a profile page nobody edits, and "Geen account van
 * een bewindspersoon" remembered across a reload (the panel's own storage in Firefox's local area).
 */
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickInPanel, launchFirefox, panelAttribute } from "./firefox-harness";
import { fixture } from "./harness";

const PROFILE_URL = "https://x.com/MinisterVWS";

describe("the calm panel in Firefox ESR", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await launchFirefox({ [PROFILE_URL]: fixture("x/profile.nl.html") }));
  });
  afterAll(async () => browser?.close());

  const status = () => panelAttribute(page, "section.panel", "data-status");
  const collapsed = () => panelAttribute(page, "section.panel", "data-collapsed");

  it("shows only a tab on an unconfigured profile page, and remembers 'Geen account van een bewindspersoon'", async () => {
    await page.goto(PROFILE_URL);
    await expect.poll(status, { timeout: 15_000 }).toBe("needs-account-type");
    expect(await collapsed()).toBe("true");
    expect(await panelAttribute(page, "#panel-body", "hidden")).not.toBeNull();

    await clickInPanel(page, "button.tab");
    await expect.poll(collapsed).toBe("false");
    await clickInPanel(page, '[data-choose-account-type="none"]');
    await expect.poll(status).toBe("not-minister");

    await page.reload();
    await expect.poll(status, { timeout: 15_000 }).toBe("not-minister");
    expect(await collapsed()).toBe("true");
  });
});
