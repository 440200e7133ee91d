/**
 * The organisation configuration end to end, in real Chromium: import it on the options page, and
 * the panel on an X edit page takes the account type and the minister's name from it; an invalid
 * import changes nothing. Also the review report copied from the panel.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";

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
  rules: {},
  parties: [],
  ministries: [],
};

describe("organisation configuration in real Chromium", () => {
  let harness: Harness;
  let extensionId: string;

  beforeAll(async () => {
    harness = await launch({ "https://x.com/settings/profile": fixture("x/edit-profile.nl.html") });
    await harness.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: "https://x.com" });
    extensionId = new URL(harness.context.serviceWorkers()[0]?.url() ?? "").host;
  });
  afterAll(async () => harness?.close());

  async function importOnOptionsPage(json: string): Promise<string> {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator("#import-text").fill(json);
    await options.locator('form[data-form="import"] button[type="submit"]').click();
    // Either the problems are listed, or the import is announced in the status region.
    await options.waitForFunction(
      () => document.querySelector("#import-problems") || document.querySelector('[data-testid="status"]')?.textContent,
    );
    const problems =
      (await options.locator("#import-problems").count()) > 0
        ? ((await options.locator("#import-problems").textContent()) ?? "")
        : "";
    await options.close();
    return problems;
  }

  it("rejects an invalid import and keeps the panel asking", async () => {
    const problems = await importOnOptionsPage(
      JSON.stringify({ ...CONFIG, accounts: [{ ...CONFIG.accounts[0], platform: "linkedin" }] }),
    );
    expect(problems).toMatch(/accounts\[0\]/);
    const { page } = harness;
    await page.goto("https://x.com/settings/profile");
    await expect.poll(() => panel(page).getAttribute("data-status")).toBe("needs-account-type");
  });

  it("imports a configuration and the panel uses its account type and minister", async () => {
    expect(await importOnOptionsPage(JSON.stringify(CONFIG))).toBe("");
    const { page } = harness;
    await page.goto("https://x.com/settings/profile");
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");
    expect(await root.getAttribute("data-account-type")).toBe("corporate");
    await page.locator('input[name="displayName"]').fill("Minister Agema");
    const name = root.locator('[data-rule="name/full-name"]');
    await expect.poll(() => name.count()).toBe(1);
    expect(await name.textContent()).toContain("Fleur Agema");
    // The configured Rijksoverheid page is offered as the link's fix.
    await expect.poll(() => root.locator('[data-fix="link/bewindspersonenpagina"]').count()).toBe(1);
  });

  it("records a waiver with its reason, which survives a reload and lapses when the value changes", async () => {
    const { page } = harness;
    const root = panel(page);
    const name = root.locator('[data-rule="name/full-name"]');
    await name.locator("button[aria-expanded]").click();
    await name.locator("form button[type=submit]").click();
    // A reason is required.
    expect(await name.locator("textarea").getAttribute("aria-invalid")).toBe("true");
    await name.locator("textarea").fill("Afgesproken met de directie Communicatie tot 1 januari");
    await name.locator("form button[type=submit]").click();
    await expect.poll(() => name.getAttribute("data-waived"), { timeout: 5000 }).toBe("true");

    await page.reload();
    // The field is back at the page's own value after a reload: type the waived value again.
    await page.locator('input[name="displayName"]').fill("Minister Agema");
    await expect.poll(() => root.locator('[data-rule="name/full-name"]').getAttribute("data-waived")).toBe("true");
    await page.locator('input[name="displayName"]').fill("Minister F. Agema");
    await expect.poll(() => root.locator('[data-rule="name/full-name"]').getAttribute("data-waived")).toBeNull();
  });

  it.each(["options.html", "popup.html"])("has no axe violations on %s, colour contrast included", async (file) => {
    const extensionPage = await harness.context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/${file}`);
    await extensionPage.waitForSelector("h1");
    // Extension pages forbid inline scripts (CSP), so axe goes in through the debugger protocol.
    await extensionPage.evaluate(readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));
    const violations = await extensionPage.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run()).violations.map((violation) => violation.id);
    });
    await extensionPage.close();
    expect(violations).toEqual([]);
  });

  it("copies a review report from the panel", async () => {
    const { page } = harness;
    await panel(page).locator("[data-copy-report]").click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain("name/full-name");
  });
});
