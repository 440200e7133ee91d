/**
 * `npm run screenshots`: the README's pictures, taken from the built extension (.output/chrome-mv3)
 * in Debian's Chromium on the saved fixture pages, served at the platforms' URLs as the browser
 * tests do (tests/e2e/harness.ts). Writes 1280×800 PNGs to docs/screenshots/, palette-compressed
 * to stay small, and prints each file's size.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { fixture, launch, panel } from "../tests/e2e/harness";

const OUT = resolve("docs/screenshots");
const VIEWPORT = { width: 1280, height: 800 };
const EDIT_PAGE = "https://x.com/settings/profile";
const AVATAR_URL = "https://pbs.twimg.com/profile_images/1859204211475562496/Q8rTj2Vd_400x400.jpg";
/** Above this a picture is too heavy for the README. */
const MAX_BYTES = 150 * 1024;

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

async function save(page: Page, name: string): Promise<void> {
  const png = await page.screenshot({ type: "png" });
  const small = await sharp(png).png({ palette: true, colours: 128, compressionLevel: 9, effort: 10 }).toBuffer();
  const file = join(OUT, `${name}.png`);
  writeFileSync(file, small);
  const bytes = statSync(file).size;
  console.log(`${name}.png ${(bytes / 1024).toFixed(1)} KB${bytes > MAX_BYTES ? " — TOO LARGE" : ""}`);
  if (bytes > MAX_BYTES) process.exitCode = 1;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // The saved page's avatar, served as the picture the browser tests use for it.
  const harness = await launch(
    { [EDIT_PAGE]: fixture("x/edit-profile.nl.html") },
    { [AVATAR_URL]: readFileSync("tests/fixtures/avatars/corporate-lint.jpg") },
  );
  try {
    const { context, page } = harness;
    const extensionId = new URL(context.serviceWorkers()[0]?.url() ?? "").host;
    const extensionPage = (path: string) => `chrome-extension://${extensionId}/${path}`;
    await page.setViewportSize(VIEWPORT);

    // The configuration goes in as a person puts it in: imported on the options page.
    const options = await context.newPage();
    await options.setViewportSize(VIEWPORT);
    await options.goto(extensionPage("options.html"));
    await options.locator("#import-text").fill(JSON.stringify(CONFIG));
    await options.locator('form[data-form="import"] button[type="submit"]').click();
    await options.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent);

    // The panel on an X edit page, with a name that is not the minister's, and one waiver.
    await page.bringToFront();
    await page.goto(EDIT_PAGE);
    await panel(page).and(page.locator('[data-status="ready"]')).waitFor({ timeout: 15_000 });
    await page.locator('input[name="displayName"]').fill("Minister Agema");
    const name = panel(page).locator('[data-rule="name/full-name"]');
    await name.waitFor();
    await save(page, "panel-light");
    // X's dark theme ("Lights out"): a black page, and the browser asking for dark; the panel reads
    // the page's colour when the scheme changes.
    await page.evaluate(() => {
      document.body.style.backgroundColor = "rgb(0, 0, 0)";
      document.body.style.color = "rgb(231, 233, 234)";
    });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.locator("profielcheck-panel section.panel.theme-dark").waitFor();
    await save(page, "panel-dark");
    await page.evaluate(() => {
      document.body.style.backgroundColor = "";
      document.body.style.color = "";
    });
    await page.emulateMedia({ colorScheme: "light" });
    await name.locator("button[aria-expanded]").click();
    await name.locator("textarea").fill("Afgesproken met de directie Communicatie");
    await name.locator("form button[type=submit]").click();
    await name.and(page.locator('[data-waived="true"]')).waitFor();

    // The popup asks the active tab: opened in a tab of its own while the X tab is in front.
    const popup = await context.newPage();
    await popup.setViewportSize(VIEWPORT);
    await page.bringToFront();
    await popup.goto(extensionPage("popup.html"));
    await popup.locator('[data-count="error"]').waitFor();
    await save(popup, "popup");

    await options.reload();
    await options.locator('[data-section="waivers"]').scrollIntoViewIfNeeded();
    await options.locator('[data-waiver-rule="name/full-name"]').waitFor();
    await save(options, "options");

    // The printable report of the same page, as the popup opens it.
    const opened = context.waitForEvent("page");
    await popup.locator("[data-open-report]").click();
    const report = await opened;
    await report.setViewportSize(VIEWPORT);
    await report.locator("main h1").waitFor();
    await save(report, "report");

    const playground = await context.newPage();
    await playground.setViewportSize(VIEWPORT);
    await playground.goto(extensionPage("playground.html?scenario=corporate-party-hashtag"));
    await playground.locator(".panel-host").waitFor();
    await playground.waitForFunction(() =>
      document.querySelector(".panel-host")?.shadowRoot?.querySelector('section.panel[data-status="ready"]'),
    );
    await save(playground, "playground");
    await playground.goto(extensionPage("playground.html?present=1&scenario=obfuscated-party"));
    await playground.locator("main.stage .marked").waitFor();
    await save(playground, "playground-presentation");
  } finally {
    await harness.close();
  }
}

await main();
