/**
 * What a page script can do to the content script through WXT's own plumbing (issue 17 item 9):
 * learn the extension's id from a message WXT posts to the page, and dispatch a location-change
 * event of the content script's own name. Neither may work.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";

describe("X: page scripts against the content script", () => {
  let harness: Harness;
  let extensionId: string;
  const errors: string[] = [];

  beforeAll(async () => {
    harness = await launch({ "https://x.com/settings/profile": fixture("x/edit-profile.nl.html") });
    extensionId = new URL(harness.context.serviceWorkers()[0]?.url() ?? "").hostname;
    // Exceptions in every world of the page, the content script's isolated world included.
    const session = await harness.context.newCDPSession(harness.page);
    session.on("Runtime.exceptionThrown", ({ exceptionDetails }) =>
      errors.push(`${exceptionDetails.text} ${exceptionDetails.exception?.description ?? ""}`),
    );
    await session.send("Runtime.enable");
    await harness.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenMessages: string[] }).seenMessages = seen;
      window.addEventListener("message", (event) => seen.push(JSON.stringify(event.data)));
    });
  });
  afterAll(async () => harness?.close());

  it("posts the page no message that names the extension", async () => {
    const { page } = harness;
    await page.goto("https://x.com/settings/profile");
    await expect.poll(() => panel(page).getAttribute("data-status"), { timeout: 10_000 }).toBe("needs-account-type");
    const seen = await page.evaluate(() => (window as unknown as { seenMessages: string[] }).seenMessages);
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    expect(seen.filter((data) => data.includes(extensionId))).toEqual([]);
  });

  it("ignores a location-change event a page script dispatches under WXT's name", async () => {
    const { page } = harness;
    const root = panel(page);
    await root.locator('[data-choose-account-type="corporate"]').click();
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");
    await page.evaluate((name) => window.dispatchEvent(new Event(name)), `${extensionId}:x:wxt:locationchange`);
    await page.locator('textarea[name="description"]').fill("Minister van VWS. Lid van de VVD.");
    await expect.poll(() => root.locator('[data-rule="bio/no-party"]').count(), { timeout: 5000 }).toBe(1);
    await page.waitForTimeout(200);
    expect(errors).toEqual([]);
  });
});
