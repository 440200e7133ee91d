/**
 * The Kabinetswissel page in real Chromium: a step ticks itself once the profile passes on the X
 * edit page and opens again when a later check fails; steps are ticked by keyboard; axe finds
 * nothing, colour contrast included.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";

const CONFIG = {
  version: 1,
  accounts: [
    {
      platform: "x",
      handle: "MinisterVWS",
      type: "corporate",
      ministry: "VWS",
      ministryHandle: "MinVWS",
      minister: "Fleur Agema",
    },
  ],
};
const PASSING_BIO =
  "Minister van Volksgezondheid, Welzijn en Sport. Redactie: directie Communicatie @MinVWS. Webcare op werkdagen 9-17 uur.";

describe("Kabinetswissel page in real Chromium", () => {
  let harness: Harness;
  let extensionId: string;
  let checklist: Page;

  beforeAll(async () => {
    harness = await launch({ "https://x.com/settings/profile": fixture("x/edit-profile.nl.html") });
    extensionId = new URL(harness.context.serviceWorkers()[0]?.url() ?? "").host;
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator("#import-text").fill(JSON.stringify(CONFIG));
    await options.locator('form[data-form="import"] button[type="submit"]').click();
    await options.waitForFunction(() =>
      document.querySelector('[data-testid="status"]')?.textContent?.includes("geïmporteerd"),
    );
    await options.close();
    checklist = await harness.context.newPage();
    await checklist.goto(`chrome-extension://${extensionId}/kabinetswissel.html`);
    await checklist.waitForSelector('[data-account="x:ministervws"]');
  });
  afterAll(async () => harness?.close());

  const step = (id: string) => checklist.locator(`[data-account="x:ministervws"] [data-step="${id}"]`);

  it("ticks the bio step once the bio passes on the X edit page, and un-ticks it when it fails later", async () => {
    expect(await step("new/bio").getAttribute("data-state")).toBe("open");
    const { page } = harness;
    await page.goto("https://x.com/settings/profile");
    await expect.poll(() => panel(page).getAttribute("data-status")).toBe("ready");
    await page.locator('textarea[name="description"]').fill(PASSING_BIO);
    await expect.poll(() => panel(page).locator('[data-rule^="bio/"]').count()).toBe(0);

    await expect.poll(() => step("new/bio").getAttribute("data-state"), { timeout: 15_000 }).toBe("done");
    expect(await step("new/bio").textContent()).toContain("Alle bio-regels in orde (https://x.com/settings/profile)");
    expect(await step("new/handle").getAttribute("data-state")).toBe("done");

    await page.locator('textarea[name="description"]').fill(`${PASSING_BIO} #TeamVVD`);
    await expect.poll(() => step("new/bio").getAttribute("data-state"), { timeout: 15_000 }).toBe("open");
    expect(await step("new/bio").textContent()).toContain("bio/no-party");
    expect(await step("new/bio").textContent()).toContain("Eerder in orde");
  });

  it("ticks a step by hand with the keyboard alone", async () => {
    const name = step("new/strategy").locator("input").first();
    await name.focus();
    await checklist.keyboard.type("Anna de Vries");
    await checklist.keyboard.press("Tab");
    await checklist.keyboard.type("Gesprek gevoerd");
    await checklist.keyboard.press("Enter");
    await expect.poll(() => step("new/strategy").getAttribute("data-state")).toBe("done");
    expect(await step("new/strategy").textContent()).toContain("Afgevinkt door Anna de Vries");
    // The page survives a reload (progress is stored).
    await checklist.reload();
    await expect.poll(() => step("new/strategy").getAttribute("data-state")).toBe("done");
  });

  it("has no axe violations, colour contrast included", async () => {
    // Extension pages forbid inline scripts (CSP), so axe goes in through the debugger protocol.
    await checklist.evaluate(readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));
    const violations = await checklist.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }
      ).axe;
      return (await axe.run()).violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.html}`);
    });
    expect(violations).toEqual([]);
  });
});
