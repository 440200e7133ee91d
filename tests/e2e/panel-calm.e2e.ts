/**
 * The panel as an editor lives with it (issue 15), in real Chromium on the X fixtures: calm where
 * nothing is being edited, one card per cause, "Ga naar veld", a fix that says what it writes and
 * keeps focus in the panel, the field's own Ctrl+Z, and the page's dark theme with AA contrast.
 */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const EDIT_URL = "https://x.com/settings/profile";
const PROFILE_URL = "https://x.com/MinisterVWS";

/** What has focus inside the panel's shadow root, described by its data attributes. */
function focusedInPanel(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.querySelector("profielcheck-panel")?.shadowRoot?.activeElement;
    if (!active) return null;
    return Array.from(active.attributes)
      .filter((attribute) => attribute.name.startsWith("data-"))
      .map((attribute) => `${attribute.name}=${attribute.value}`)
      .join(" ");
  });
}

async function colourViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run(
      { include: { fromShadowDom: ["profielcheck-panel", "section.panel"] } },
      { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    );
    return result.violations.map((violation) => `${violation.id} ${JSON.stringify(violation.nodes)}`);
  });
}

describe("the panel: calm, clear, undoable (real Chromium)", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch({
      [EDIT_URL]: fixture("x/edit-profile.nl.html"),
      [PROFILE_URL]: fixture("x/profile.nl.html"),
    });
  });
  afterAll(async () => harness?.close());

  it("shows no panel on an unconfigured profile page that is not being edited: only a small tab", async () => {
    const { page } = harness;
    await page.goto(PROFILE_URL);
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status")).toBe("needs-account-type");
    expect(await root.getAttribute("data-collapsed")).toBe("true");
    expect(await root.locator("#panel-body").isVisible()).toBe(false);
    expect(await root.locator('[data-choose-account-type="corporate"]').isVisible()).toBe(false);
    const box = await root.boundingBox();
    expect(box && box.width * box.height).toBeLessThan(250 * 60);
    // A click on the tab opens it, with the question.
    await root.locator("button.tab").click();
    await expect.poll(() => root.locator('[data-choose-account-type="corporate"]').isVisible()).toBe(true);
  });

  it("remembers 'Geen account van een bewindspersoon' across a reload", async () => {
    const { page } = harness;
    const root = panel(page);
    await root.locator('[data-choose-account-type="none"]').click();
    await expect.poll(() => root.getAttribute("data-status")).toBe("not-minister");
    await page.reload();
    await expect.poll(() => root.getAttribute("data-status")).toBe("not-minister");
    expect(await root.getAttribute("data-collapsed")).toBe("true");
    expect(await root.locator("[data-card]").count()).toBe(0);
  });

  it("opens by itself on the edit page, and the choice can be changed back to a minister's account", async () => {
    const { page } = harness;
    await page.goto(EDIT_URL);
    const root = panel(page);
    // Not a minister's account (chosen above): it stays a tab even on the edit page.
    await expect.poll(() => root.getAttribute("data-status")).toBe("not-minister");
    expect(await root.getAttribute("data-collapsed")).toBe("true");
    await root.locator("button.tab").click();
    await root.getByRole("button", { name: "Wijzig soort account" }).click();
    await root.locator('[data-choose-account-type="corporate"]').click();
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");
    expect(await root.getAttribute("data-account-type")).toBe("corporate");
  });

  it("shows '(PVV)' in the name as one card that lists both rules it breaks", async () => {
    const { page } = harness;
    const root = panel(page);
    await page.locator('input[name="displayName"]').fill("Fleur Agema (PVV)");
    const nameCards = root.locator('[data-card]:has([data-field="displayName"])');
    await expect.poll(() => nameCards.count()).toBe(1);
    const rules = await nameCards
      .locator("[data-rule]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-rule")));
    expect(rules.sort()).toEqual(["name/full-name", "name/no-party"]);
    expect(await nameCards.locator(".card-head").textContent()).toContain("Fout");
    // The sticky summary counts causes, not findings, with real plurals.
    expect(await root.locator("[data-summary]").textContent()).toMatch(
      /^\d+ (probleem|problemen) in \d+ (veld|velden)/,
    );
  });

  it("'Ga naar veld' moves focus to the field and selects what is wrong", async () => {
    const { page } = harness;
    const root = panel(page);
    await root.locator('[data-card]:has([data-field="displayName"]) [data-go-to-field]').click();
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLInputElement | null;
      return { name: active?.getAttribute("name"), start: active?.selectionStart, end: active?.selectionEnd };
    });
    expect(focused.name).toBe("displayName");
    expect("Fleur Agema (PVV)".slice(focused.start ?? 0, focused.end ?? 0)).toContain("PVV");
    await page.locator('input[name="displayName"]').fill("Fleur Agema");
  });

  it("says what a fix will write, keeps focus in the panel on 'Ongedaan maken', and the textarea's Ctrl+Z undoes it", async () => {
    const { page } = harness;
    const root = panel(page);
    const bio = page.locator('textarea[name="description"]');
    const before = "Minister van VWS. Redactie: directie Communicatie @MinVWS.";
    await bio.fill(before);
    const card = root.locator('[data-card]:has([data-fix="bio/webcare"])');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator("[data-fix-preview]").textContent()).toMatch(/^Voegt toe: 'Vragen\?/);

    await card.locator('[data-fix="bio/webcare"]').click();
    await expect.poll(() => bio.inputValue()).toContain("Webcare");
    await expect.poll(() => focusedInPanel(page)).toMatch(/^data-undo=\d+$/);
    expect(await root.locator(".fixed-row").textContent()).toContain("Hersteld: Noem wie de webcare doet");

    // The fix went through the browser's editing path: the field's own undo takes it back.
    await bio.focus();
    await page.keyboard.press("Control+Z");
    await expect.poll(() => bio.inputValue()).toBe(before);
    await expect.poll(() => root.locator('[data-rule="bio/webcare"]').count()).toBe(1);
  });

  it("undoes more than one fix from the panel, newest first", async () => {
    const { page } = harness;
    const root = panel(page);
    const bio = page.locator('textarea[name="description"]');
    const before = "Minister van VWS.";
    await bio.fill(before);
    const bioFixes = root.locator('[data-card][data-field="bio"] [data-fix]');
    await expect.poll(() => bioFixes.count()).toBeGreaterThanOrEqual(2);
    await bioFixes.first().click();
    await expect.poll(() => bio.inputValue()).not.toBe(before);
    const afterFirst = await bio.inputValue();
    await bioFixes.first().click();
    await expect.poll(() => bio.inputValue()).not.toBe(afterFirst);
    // Two applied fixes; only the newest can be undone while it stands.
    await expect.poll(() => root.locator(".fixed-row").count()).toBe(2);
    expect(await root.locator("[data-undo]").count()).toBe(1);
    await root.locator("[data-undo]").click();
    await expect.poll(() => bio.inputValue()).toBe(afterFirst);
    await root.locator("[data-undo]").click();
    await expect.poll(() => bio.inputValue()).toBe(before);
  });

  it("keeps the panel collapsed and docked where it was on this site after a reload", async () => {
    const { page } = harness;
    const root = panel(page);
    await root.getByRole("button", { name: "Links vastzetten" }).click();
    await root.locator("button[aria-controls='panel-body']").click();
    expect(await root.getAttribute("data-collapsed")).toBe("true");
    await page.reload();
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");
    expect(await root.getAttribute("data-collapsed")).toBe("true");
    expect(await root.getAttribute("class")).toContain("dock-left");
    const box = await root.boundingBox();
    expect(box?.x).toBeLessThan(50);
    await root.locator("button.tab").click();
    await root.getByRole("button", { name: "Rechts vastzetten" }).click();
  });

  it("on LinkedIn lets the URL decide the type and names a page by its name, not its numeric id", async () => {
    const showcase = "https://www.linkedin.com/showcase/104857600/admin/dashboard/";
    const person = "https://www.linkedin.com/in/fleur-agema/edit/intro/";
    const linkedIn = await launch({
      [showcase]: fixture("linkedin/showcase-admin-edit.nl.html"),
      [person]: fixture("linkedin/intro-edit.nl.html"),
    });
    try {
      const { page } = linkedIn;
      const root = panel(page);
      const offered = () =>
        root
          .locator("[data-choose-account-type]")
          .evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-choose-account-type")));
      await page.goto(showcase);
      await expect.poll(() => root.getAttribute("data-status"), { timeout: 15_000 }).toBe("needs-account-type");
      expect(await offered()).toEqual(["showcase", "none"]);
      const legend = await root.locator("legend").textContent();
      expect(legend).not.toContain("104857600");
      expect(legend).toMatch(/^Wat voor account is .+\?$/);

      await page.goto(person);
      await expect.poll(() => root.getAttribute("data-status"), { timeout: 15_000 }).toBe("needs-account-type");
      expect(await offered()).toEqual(["hybrid", "none"]);
    } finally {
      await linkedIn.close();
    }
  });

  it("follows X's dim theme with AA contrast (axe: no violations)", async () => {
    // The edit page as X renders it in its dim theme: the page, not the panel, sets the colour.
    const dim = fixture("x/edit-profile.nl.html").replace(
      '<body style="background-color: #FFFFFF;">',
      '<body style="background-color: #15202B;">',
    );
    expect(dim).toContain("#15202B");
    const dimHarness = await launch({ [EDIT_URL]: dim });
    try {
      const { page } = dimHarness;
      await page.goto(EDIT_URL);
      const root = panel(page);
      await expect.poll(() => root.getAttribute("data-status")).toBe("needs-account-type");
      expect(await root.getAttribute("class")).toContain("theme-dark");
      expect(await colourViolations(page)).toEqual([]);
      await root.locator('[data-choose-account-type="corporate"]').click();
      await page.locator('textarea[name="description"]').fill("Minister. #TeamVVD");
      await expect.poll(() => root.locator('[data-rule="bio/no-party"]').count()).toBe(1);
      await root.locator('[data-rule="bio/no-party"] summary').click();
      await root.locator('[data-rule="bio/no-party"] button[aria-expanded]').click();
      expect(await colourViolations(page)).toEqual([]);
    } finally {
      await dimHarness.close();
    }
  });
});
