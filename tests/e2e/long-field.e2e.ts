/**
 * A field far longer than any platform allows (issue 17, item 15): it is checked once the typing
 * pauses rather than on every keystroke, and the panel says so; a normal bio is checked at once
 * again. Behaviour only, no timing: the check's result is awaited, not raced.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, type Harness, launch, panel } from "./harness";

describe("a very long field (Chromium)", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch({ "https://x.com/settings/profile": fixture("x/edit-profile.nl.html") });
  });
  afterAll(async () => harness?.close());

  it("is checked after a pause, with a notice, and a short bio is checked on typing again", async () => {
    const { page } = harness;
    await page.goto("https://x.com/settings/profile");
    const root = panel(page);
    await expect.poll(() => root.getAttribute("data-status"), { timeout: 15_000 }).toBe("needs-account-type");
    await root.locator('[data-choose-account-type="corporate"]').click();
    await expect.poll(() => root.getAttribute("data-status")).toBe("ready");

    const bio = page.locator('textarea[name="description"]');
    await bio.fill(`Minister van VWS. ${"Een heel lang stuk tekst. ".repeat(8_000)}`);
    await expect.poll(() => root.locator('[data-rule="bio/length"]').count(), { timeout: 15_000 }).toBe(1);
    expect(await root.textContent()).toContain("zodra u even stopt met typen");

    await bio.fill("Minister van VWS. #TeamVVD");
    await expect.poll(() => root.locator('[data-rule="bio/no-party"]').count()).toBe(1);
    expect(await root.textContent()).not.toContain("zodra u even stopt met typen");
  });
});
