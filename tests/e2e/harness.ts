/**
 * Real-browser harness: Debian's Chromium with the built extension loaded, and the saved fixture
 * pages served at the platforms' real URLs (there is no internet here). Every request is recorded,
 * so a test can prove the extension made none of its own.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page, type Request } from "playwright-core";

/** The built extension; PROFIELCHECK_EXTENSION_DIR points elsewhere (a baseline build, an unminified one). */
export const EXTENSION_DIR = resolve(process.env.PROFIELCHECK_EXTENSION_DIR ?? ".output/chrome-mv3");
export const FIXTURES = resolve("tests/fixtures/pages");

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), "utf8");
}

/** A 1×1 transparent PNG, served for every image the fixture pages show. */
export const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

export interface Harness {
  context: BrowserContext;
  page: Page;
  requests: Request[];
  close(): Promise<void>;
}

/**
 * Starts Chromium with the extension (without it when `withExtension` is false, for comparison).
 * `pages` maps a URL (exact, without query) to fixture HTML; image hosts get a pixel; everything
 * else is refused (and recorded).
 */
export async function launch(
  pages: Record<string, string>,
  images: Record<string, Buffer> = {},
  { withExtension = true }: { withExtension?: boolean } = {},
): Promise<Harness> {
  const userDataDir = mkdtempSync(join(tmpdir(), "profielcheck-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: false,
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Newer Chromium ignores --load-extension unless this feature is switched off.
      "--disable-features=DisableLoadExtensionCommandLineSwitch",
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
    ],
  });
  const requests: Request[] = [];
  context.on("request", (request) => requests.push(request));
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    // The extension's own pages (options, popup, playground) load from the extension itself.
    if (url.protocol === "chrome-extension:") return route.continue();
    const key = `${url.origin}${url.pathname}`;
    const html = pages[key];
    if (html !== undefined) return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    if (/(twimg\.com|cdninstagram\.com|fbcdn\.net|licdn\.com)$/.test(url.hostname)) {
      const image = images[key];
      return route.fulfill({ status: 200, contentType: image ? "image/jpeg" : "image/png", body: image ?? PIXEL });
    }
    return route.abort();
  });
  // Wait for the extension's service worker, so content scripts are registered before navigating.
  if (withExtension && context.serviceWorkers().length === 0) {
    await context.waitForEvent("serviceworker", { timeout: 15_000 });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, requests, close: () => context.close() };
}

/** The panel's root inside the open shadow root of <profielcheck-panel>. */
export function panel(page: Page) {
  return page.locator("profielcheck-panel section.panel");
}

/**
 * Requests the extension made: from its service worker or its own pages. (The page's own requests,
 * images included, are the site's business.)
 */
export function extensionRequests(requests: Request[]): Request[] {
  return requests.filter((request) => {
    if (request.serviceWorker() !== null) return true;
    try {
      return request.frame().url().startsWith("chrome-extension://");
    } catch {
      return false;
    }
  });
}

/** The platforms' image hosts: the one place the extension may fetch from (the avatar). */
export const IMAGE_HOST =
  /^https:\/\/(pbs\.twimg\.com|[\w-]+\.cdninstagram\.com|[\w.-]+\.fbcdn\.net|media\.licdn\.com)\//;
