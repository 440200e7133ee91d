/**
 * Issue 9's page shapes in real Chromium: LinkedIn's intro behind hidden dialogs with a rich-text
 * headline, the redesigned LinkedIn profile (badge, no badge, owner's "Verify now"), Instagram's
 * three links, an X profile in lower case, LinkedIn's contact-info overlay.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";
import { AVATAR_MINISTER, INTRO_HIDDEN_DIALOGS, SCENARIOS } from "./real-pages.scenarios";

describe("issue 9 page shapes, real Chromium", () => {
  let harness: Harness;
  /** Mutable: each test serves its own fixture at its URL. */
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    harness = await launch(pages);
  });
  afterAll(async () => harness?.close());

  async function open(url: string, html: string, accountType: string) {
    pages[url] = html;
    const { page } = harness;
    await page.goto(url);
    const root = panel(page);
    await expect
      .poll(() => root.getAttribute("data-status"), { timeout: 15_000 })
      .toMatch(/^(needs-account-type|ready)$/);
    if ((await root.getAttribute("data-status")) === "needs-account-type") {
      // On a profile page nobody edits, the panel waits as a tab until it is opened.
      if ((await root.getAttribute("data-collapsed")) === "true") await root.locator("button.tab").click();
      await root.locator(`[data-choose-account-type="${accountType}"]`).click();
    }
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");
    return root;
  }

  it("reads and writes the rich-text headline of the intro form behind hidden dialogs", async () => {
    const root = await open(INTRO_HIDDEN_DIALOGS.url, INTRO_HIDDEN_DIALOGS.html, INTRO_HIDDEN_DIALOGS.accountType);
    expect(await root.locator('[data-field="bio"][data-field-status]').getAttribute("data-field-status")).not.toBe(
      "not-checked",
    );
    const editor = harness.page.locator(INTRO_HIDDEN_DIALOGS.editor);
    const original = (await editor.textContent()) ?? "";
    await editor.fill(INTRO_HIDDEN_DIALOGS.text);
    const finding = root.locator(`[data-rule="${INTRO_HIDDEN_DIALOGS.rule}"]`);
    await expect.poll(() => finding.count()).toBe(1);
    await editor.fill(original);
    await expect.poll(() => finding.count()).toBe(0);
  });

  it.each(SCENARIOS)("$name", async (scenario) => {
    const root = await open(scenario.url, scenario.html, scenario.accountType);
    for (const expectation of scenario.expect) {
      if (expectation.field) {
        const { name, status, notStatus } = expectation.field;
        const field = root.locator(`[data-field="${name}"][data-field-status]`);
        if (status) await expect.poll(() => field.getAttribute("data-field-status")).toBe(status);
        if (notStatus) await expect.poll(() => field.getAttribute("data-field-status")).not.toBe(notStatus);
      }
      if (expectation.rule) {
        const { id, count } = expectation.rule;
        await expect.poll(() => root.locator(`[data-rule="${id}"]`).count()).toBe(count);
      }
    }
    if (scenario.url === "https://x.com/ministervws") {
      // The profile's own avatar, not the viewer's from the side bar, and analysed.
      await expect
        .poll(() => root.locator('[data-field="avatar"][data-field-status]').getAttribute("data-field-status"))
        .not.toBe("not-checked");
      await expect.poll(() => root.locator("figure.avatar img").getAttribute("src")).toBe(AVATAR_MINISTER);
    }
  });
});

describe("a form inside #interop-outlet's open shadow root, real Chromium", () => {
  let harness: Harness;
  const url = "https://www.linkedin.com/in/fleur-agema/edit/about/";

  beforeAll(async () => {
    harness = await launch({ [url]: fixture("linkedin/about-edit-shadow.nl.html") });
  });
  afterAll(async () => harness?.close());

  it("reads the About editor there and sees it change without an input event", async () => {
    const { page } = harness;
    await page.goto(url);
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status"), { timeout: 15_000 }).toBe("needs-account-type");
    await root.locator('[data-choose-account-type="hybrid"]').click();
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");
    const bio = root.locator('[data-field="bio"][data-field-status]');
    await expect.poll(() => bio.getAttribute("data-field-status")).not.toBe("not-checked");
    const sender = root.locator('[data-rule="bio/sender"]');
    expect(await sender.count()).toBe(0);
    // The site's editor rewrites its own DOM (no input event reaches the document).
    await page.evaluate(() => {
      const editor = document.querySelector("#interop-outlet")?.shadowRoot?.querySelector(".tiptap");
      if (editor) editor.innerHTML = "<p>Kamerlid</p>";
    });
    await expect.poll(() => sender.count()).toBe(1);
  });
});
