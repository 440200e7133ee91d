/**
 * The in-page panel meets WCAG 2.1 AA as far as axe-core can tell (in real Chromium, so colour
 * contrast is computed), in each of its states, and it can be used with the keyboard alone.
 */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe on the whole page, keeping only what concerns the panel (the fixture page is not ours). */
async function panelViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(
      { include: { fromShadowDom: ["profielcheck-panel", "section.panel"] } },
      { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    );
    return result.violations;
  });
  return violations.map(
    (violation: AxeViolation) =>
      `${violation.id}: ${violation.help} (${JSON.stringify(violation.nodes.map((node) => node.target))})`,
  );
}

describe("panel accessibility in real Chromium", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch({ "https://x.com/settings/profile": fixture("x/edit-profile.nl.html") });
  });
  afterAll(async () => harness?.close());

  it("has no axe violations while asking for the account type, and is operable by keyboard", async () => {
    const { page } = harness;
    await page.goto("https://x.com/settings/profile");
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status")).toBe("needs-account-type");
    expect(await panelViolations(page)).toEqual([]);

    // Keyboard only: focus the first choice and press Enter.
    await root.locator('[data-choose-account-type="corporate"]').focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");
  });

  it("has no axe violations with findings, an open explanation and an open waiver form", async () => {
    const { page } = harness;
    const root = panel(page);
    await page.locator('textarea[name="description"]').fill("Minister. #TeamVVD");
    await expect.poll(() => root.locator('[data-rule="bio/no-party"]').count()).toBe(1);
    await root.locator('[data-rule="bio/no-party"] summary').focus();
    await page.keyboard.press("Enter");
    expect(await root.locator('[data-rule="bio/no-party"] details').getAttribute("open")).not.toBeNull();
    await root.locator('[data-rule="bio/webcare"] button[aria-expanded]').click();
    expect(await panelViolations(page)).toEqual([]);
  });

  it("collapses and docks by keyboard", async () => {
    const { page } = harness;
    const root = panel(page);
    const collapse = root.locator("button[aria-controls='panel-body']");
    await collapse.focus();
    await page.keyboard.press("Enter");
    // The panel re-renders after the key press: wait for it rather than read at once.
    await expect.poll(() => collapse.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    await expect.poll(() => collapse.getAttribute("aria-expanded")).toBe("true");
    expect(await panelViolations(page)).toEqual([]);
  });

  it("can be dragged by its header, and docked back", async () => {
    const { page } = harness;
    const root = panel(page);
    const header = root.locator("header h2");
    const before = await root.boundingBox();
    const grip = await header.boundingBox();
    if (!before || !grip) throw new Error("panel not visible");
    await page.mouse.move(grip.x + 5, grip.y + 5);
    await page.mouse.down();
    await page.mouse.move(grip.x - 300, grip.y + 100, { steps: 5 });
    await page.mouse.up();
    const after = await root.boundingBox();
    expect(after?.x).toBeLessThan(before.x - 250);
    expect(after?.y).toBeGreaterThan(before.y + 50);
    // Docking by keyboard puts it back in a corner.
    await root.locator(".controls button").first().click();
    const docked = await root.boundingBox();
    expect(docked?.x).toBeLessThan(50);
  });
});
