/**
 * Issue 9's page shapes in Firefox ESR: the same scenarios as real-pages.e2e.ts (Chromium).
 */
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickInPanel, launchFirefox, panelAttribute, panelCount } from "./firefox-harness";
import { AVATAR_MINISTER, INTRO_HIDDEN_DIALOGS, SCENARIOS } from "./real-pages.scenarios";

describe("issue 9 page shapes, Firefox ESR", () => {
  let browser: Browser;
  let page: Page;
  /** Mutable: each test serves its own fixture at its URL. */
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    ({ browser, page } = await launchFirefox(pages));
  });
  afterAll(async () => browser?.close());

  async function open(url: string, html: string, accountType: string): Promise<void> {
    pages[url] = html;
    await page.goto(url);
    const status = () => panelAttribute(page, "section.panel", "data-status");
    await expect.poll(status, { timeout: 15_000 }).toMatch(/^(needs-account-type|ready)$/);
    if ((await status()) === "needs-account-type") {
      // On a profile page nobody edits, the panel waits as a tab until it is opened.
      if ((await panelAttribute(page, "section.panel", "data-collapsed")) === "true")
        await clickInPanel(page, "button.tab");
      await clickInPanel(page, `[data-choose-account-type="${accountType}"]`);
    }
    await expect.poll(status).toBe("ready");
  }

  const fieldStatus = (name: string) =>
    panelAttribute(page, `[data-field="${name}"][data-field-status]`, "data-field-status");

  it("reads and writes the rich-text headline of the intro form behind hidden dialogs", async () => {
    await open(INTRO_HIDDEN_DIALOGS.url, INTRO_HIDDEN_DIALOGS.html, INTRO_HIDDEN_DIALOGS.accountType);
    await expect.poll(() => fieldStatus("bio")).toMatch(/^(ok|findings)$/);
    await page.click(INTRO_HIDDEN_DIALOGS.editor);
    await page.keyboard.down("Control");
    await page.keyboard.press("a");
    await page.keyboard.up("Control");
    await page.keyboard.type(INTRO_HIDDEN_DIALOGS.text);
    await expect.poll(() => panelCount(page, `[data-rule="${INTRO_HIDDEN_DIALOGS.rule}"]`)).toBe(1);
  });

  it.each(SCENARIOS)("$name", async (scenario) => {
    await open(scenario.url, scenario.html, scenario.accountType);
    for (const expectation of scenario.expect) {
      if (expectation.field) {
        const { name, status, notStatus } = expectation.field;
        if (status) await expect.poll(() => fieldStatus(name)).toBe(status);
        if (notStatus) await expect.poll(() => fieldStatus(name)).toMatch(new RegExp(`^(?!${notStatus}$).+`));
      }
      if (expectation.rule) {
        const { id, count } = expectation.rule;
        await expect.poll(() => panelCount(page, `[data-rule="${id}"]`)).toBe(count);
      }
    }
    // The profile's own avatar, not the viewer's from the side bar. (Firefox does not let the test
    // serve the extension's own fetch of it, so its analysis is not checked here.)
    if (scenario.url === "https://x.com/ministervws")
      await expect.poll(() => panelAttribute(page, "figure.avatar img", "src")).toBe(AVATAR_MINISTER);
  });
});
