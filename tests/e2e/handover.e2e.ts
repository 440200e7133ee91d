/**
 * Waivers and the printable report in real Chromium: after a waiver in the panel the popup, the
 * panel and the toolbar badge give the same counts; the waiver is listed on the options page and
 * withdrawn there (after a confirmation), and all three count the finding again; the popup opens the
 * printable report. axe runs on each of these screens, colour contrast included.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const EDIT_PAGE = "https://x.com/settings/profile";

const CONFIG = {
  version: 1,
  organisation: "Ministerie van VWS",
  accounts: [
    {
      platform: "x",
      handle: "MinisterVWS",
      type: "corporate",
      ministry: "VWS",
      ministryHandle: "MinVWS",
      minister: "Fleur Agema",
      pageUrl: "https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema",
    },
  ],
};

/** axe's violations, as "rule: targets" lines. Evaluated, because extension pages forbid inline scripts. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    return (await axe.run()).violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe("waivers and the printable report in real Chromium", () => {
  let harness: Harness;
  let extensionId: string;
  let popup: Page;

  /** The panel's open errors (causes, as the summary line counts them). */
  async function panelErrors(): Promise<number> {
    return Number(await panel(harness.page).locator("[data-summary]").getAttribute("data-errors"));
  }

  async function popupErrors(): Promise<number> {
    const count = popup.locator('[data-count="error"]');
    if ((await count.count()) === 0) return (await popup.locator("#findings-heading").count()) > 0 ? 0 : -1;
    return Number(/(\d+)/.exec((await count.textContent()) ?? "")?.[1] ?? -1);
  }

  /** The toolbar badge of the X tab (the active one: without the tabs permission a URL cannot be queried). */
  async function badgeText(): Promise<string> {
    const worker = harness.context.serviceWorkers()[0];
    if (!worker) throw new Error("no service worker");
    return worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const [tab] = await api.tabs.query({ active: true });
      return tab?.id === undefined ? "?" : api.action.getBadgeText({ tabId: tab.id });
    });
  }

  beforeAll(async () => {
    harness = await launch({ [EDIT_PAGE]: fixture("x/edit-profile.nl.html") });
    const worker = harness.context.serviceWorkers()[0];
    extensionId = new URL(worker?.url() ?? "").host;
    await harness.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: "https://x.com" });
    // The configuration goes in as a person puts it in: imported on the options page.
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator("#import-text").fill(JSON.stringify(CONFIG));
    await options.locator('form[data-form="import"] button[type="submit"]').click();
    await options.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent);
    await options.close();
    const { page } = harness;
    await page.goto(EDIT_PAGE);
    await panel(page).and(page.locator('[data-status="ready"]')).waitFor({ timeout: 15_000 });
    // A name without the minister's: one more error, and the one this test waives.
    await page.locator('input[name="displayName"]').fill("Minister Agema");
    await panel(page).locator('[data-rule="name/full-name"]').waitFor();
    // The popup asks the active tab; it is opened in a tab of its own and the X tab brought to the front.
    popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForSelector("h1");
    await page.bringToFront();
  }, 60_000);
  afterAll(async () => harness?.close());

  it("gives the same counts in the popup, the panel and the badge after a waiver", async () => {
    const { page } = harness;
    const before = await panelErrors();
    expect(before).toBeGreaterThan(0);
    const name = panel(page).locator('[data-rule="name/full-name"]');
    await name.locator("button[aria-expanded]").click();
    await name.locator("textarea").fill("Afgesproken met de directie Communicatie");
    await name.locator("form button[type=submit]").click();
    await expect.poll(() => name.getAttribute("data-waived"), { timeout: 5000 }).toBe("true");

    await expect.poll(panelErrors).toBe(before - 1);
    // The stored waiver makes the popup ask the (active) X tab again.
    await expect.poll(popupErrors, { timeout: 10_000 }).toBe(before - 1);
    await expect.poll(badgeText, { timeout: 5000 }).toBe(String(before - 1));
    expect(await popup.locator("[data-waived-count]").getAttribute("data-waived-count")).toBe("1");
    expect(await axeViolations(popup)).toEqual([]);
  });

  it("lists the waiver on the options page and withdraws it after a confirmation; all counts go back", async () => {
    const { page } = harness;
    const withWaiver = await panelErrors();
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const entry = options.locator('[data-waiver-rule="name/full-name"]');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.textContent()).toContain("Afgesproken met de directie Communicatie");
    expect(await entry.textContent()).toContain("„Minister Agema”");
    // By keyboard: focus the button, Enter asks, the confirmation takes focus, Enter withdraws.
    await entry.locator("[data-withdraw-waiver]").focus();
    await options.keyboard.press("Enter");
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.hasAttribute("data-confirm-withdraw")))
      .toBe(true);
    expect(await axeViolations(options)).toEqual([]);
    await options.keyboard.press("Enter");
    await expect.poll(() => entry.count()).toBe(0);
    expect(await options.locator('[data-testid="status"]').textContent()).toMatch(/^Afwijking ingetrokken/);
    await options.close();

    await page.bringToFront();
    await expect.poll(() => panel(page).locator('[data-rule="name/full-name"]').getAttribute("data-waived")).toBeNull();
    await expect.poll(panelErrors).toBe(withWaiver + 1);
    await expect.poll(badgeText, { timeout: 5000 }).toBe(String(withWaiver + 1));
    // The popup is opened again (it asks the active tab; the options page was active until now).
    await popup.reload();
    await expect.poll(popupErrors, { timeout: 10_000 }).toBe(withWaiver + 1);
    expect(await popup.locator("[data-waived-count]").count()).toBe(0);
  });

  it("opens the printable report from the popup, with Dutch labels, and no axe violations", async () => {
    const opened = harness.context.waitForEvent("page");
    await popup.locator("[data-open-report]").click();
    const report = await opened;
    await report.waitForSelector("main h1");
    expect(report.url()).toBe(`chrome-extension://${extensionId}/report.html`);
    expect(await report.locator("h1").textContent()).toBe("Profielcheck-rapport");
    const text = (await report.locator("main").textContent()) ?? "";
    expect(text).toContain("Pagina op rijksoverheid.nl");
    expect(text).not.toContain("displayName");
    expect(await report.locator('.finding[data-rule="name/full-name"]').count()).toBe(1);
    expect(await axeViolations(report)).toEqual([]);
  });
});
