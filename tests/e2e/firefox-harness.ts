/**
 * Firefox ESR harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, the built
 * Firefox extension installed, fixture pages served by request interception (image hosts get a
 * pixel, everything else is refused), and the panel read through its open shadow root.
 */
import { resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { PIXEL } from "./harness";

const FIREFOX_EXTENSION_DIR = resolve(".output/firefox-mv2");

/** A request the browser dropped meanwhile (navigation, closing) needs no answer. */
function ignore(): void {}

/** Starts Firefox with the extension; `pages` (URL without query → HTML) is read at request time. */
export async function launchFirefox(pages: Record<string, string>): Promise<{ browser: Browser; page: Page }> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
    headless: true,
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = new URL(request.url());
    const html = pages[`${url.origin}${url.pathname}`];
    if (html !== undefined)
      void request.respond({ status: 200, contentType: "text/html; charset=utf-8", body: html }).catch(ignore);
    // The platforms' image hosts get a pixel, so avatars load as on the real site.
    else if (/(twimg\.com|cdninstagram\.com|fbcdn\.net|licdn\.com)$/.test(url.hostname))
      void request.respond({ status: 200, contentType: "image/png", body: PIXEL }).catch(ignore);
    else void request.abort().catch(ignore);
  });
  return { browser, page };
}

export async function panelAttribute(page: Page, selector: string, attribute: string): Promise<string | null> {
  return page.evaluate(
    (innerSelector, name) => {
      const root = document.querySelector("profielcheck-panel")?.shadowRoot;
      return root?.querySelector(innerSelector)?.getAttribute(name) ?? null;
    },
    selector,
    attribute,
  );
}

/** An attribute inside the open shadow root of the composer card, or null. */
export async function composerAttribute(page: Page, selector: string, attribute: string): Promise<string | null> {
  return page.evaluate(
    (innerSelector, name) => {
      const root = document.querySelector("profielcheck-composer")?.shadowRoot;
      return root?.querySelector(innerSelector)?.getAttribute(name) ?? null;
    },
    selector,
    attribute,
  );
}

export async function panelCount(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (innerSelector) =>
      document.querySelector("profielcheck-panel")?.shadowRoot?.querySelectorAll(innerSelector).length ?? 0,
    selector,
  );
}

/**
 * Clicks a control in the panel as a person does (a real mouse click through WebDriver BiDi, the
 * element found through the shadow root): the panel ignores clicks a page script makes.
 */
export async function clickInPanel(page: Page, selector: string): Promise<void> {
  await page.locator(`profielcheck-panel >>> ${selector}`).click();
}
