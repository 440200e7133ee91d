/**
 * One-click fixes in a rich-text editor (LinkedIn's About form is a contenteditable textbox): the
 * fix goes in through the browser's own editing command, so the editor's input handlers see it,
 * and undo restores the text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, launch, panel } from "./harness";

const ABOUT_FORM = `<!doctype html><html lang="nl"><head><title>Info bewerken | LinkedIn</title></head><body>
<main><h1>Fleur Agema</h1></main>
<div class="artdeco-modal-overlay"><div role="dialog" class="artdeco-modal" aria-labelledby="about-header">
<h2 id="about-header">Info bewerken</h2>
<div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Info"><p>Minister van Volksgezondheid. Ondersteund door ministerie van VWS en #TeamPVV.</p></div>
<button type="button">Opslaan</button></div></div></body></html>`;

describe("fix in a contenteditable editor, real Chromium", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch({ "https://www.linkedin.com/in/fleur-agema/edit/about/": ABOUT_FORM });
  });
  afterAll(async () => harness?.close());

  it("writes the fix with an editing command and undoes it", async () => {
    const { page } = harness;
    await page.goto("https://www.linkedin.com/in/fleur-agema/edit/about/");
    const root = panel(page);
    await root.locator('[data-choose-account-type="hybrid"]').click();
    const editor = page.locator('[contenteditable="true"][role="textbox"]');
    const original = await editor.textContent();
    await page.evaluate(() => {
      const box = document.querySelector('[contenteditable="true"]');
      box?.addEventListener("input", (event) => {
        document.body.dataset.editorInput = (event as InputEvent).inputType;
      });
    });
    const fix = root.locator('[data-fix="bio/webcare"]');
    await expect.poll(() => fix.count()).toBe(1);
    await fix.click();
    await expect.poll(() => editor.textContent()).toContain("Webcare");
    expect(await page.evaluate(() => document.body.dataset.editorInput)).toBe("insertText");
    await expect.poll(() => root.locator('[data-rule="bio/webcare"]').count()).toBe(0);

    await root.locator("[data-undo]").click();
    await expect.poll(() => editor.textContent()).toBe(original);
  });
});
