/**
 * The playground in real Chromium, in both forms it ships in: the extension page
 * (.output/chrome-mv3/playground.html, after `npx wxt build`) and the static page opened from the
 * folder (dist/playground, built here from playground.vite.config.ts). axe runs in normal and in
 * presentation mode; colour contrast is only computed in a real browser.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page, type Request } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTENSION_DIR } from "./harness";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const STATIC_PAGE = pathToFileURL(resolve("dist/playground/index.html")).href;

/** Chromium's id for an unpacked extension: the path's SHA-256, first 32 hex digits written as a–p. */
function unpackedExtensionId(path: string): string {
  const hex = createHash("sha256").update(path).digest("hex").slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join("");
}

interface AxeViolation {
  id: string;
  nodes: { target: unknown[] }[];
}

/** axe's violations, as "rule: targets" lines so a failure says what to fix. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not injected as a <script>: the extension page's CSP forbids inline scripts.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () =>
    (await (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run()).violations.map(
      (v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) }),
    ),
  );
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes)}`);
}

function panelRoot(page: Page) {
  return page.locator(".panel-host section.panel");
}

/** Steps every page form of the playground must pass. */
function playgroundChecks(open: (query: string) => Promise<Page>) {
  it("has no axe violations in normal mode", async () => {
    const page = await open("");
    await expect.poll(() => panelRoot(page).getAttribute("data-status")).toBe("ready");
    await page.locator('[data-scenario="corporate-party-hashtag"]').click();
    await page.locator("details.account summary").click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("has no axe violations in presentation mode, with the report open", async () => {
    const page = await open("?present=1&scenario=obfuscated-party");
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains("present"))).toBe(true);
    await page.getByRole("button", { name: "Rapport" }).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator(".report pre").textContent()).toContain("`bio/no-party`");
  });

  it("carries to the back of a room in presentation mode: body text at least 24 px at 1920×1080, AAA-minded stage", async () => {
    const page = await open("?present=1&scenario=obfuscated-party");
    await page.setViewportSize({ width: 1920, height: 1080 });
    const sizes = await page.evaluate(() =>
      [".point p", ".explanation p", ".marked", "body"].map((selector) => {
        const element = document.querySelector(selector);
        return element ? Number.parseFloat(getComputedStyle(element).fontSize) : 0;
      }),
    );
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(24);
    // One column: the point, the finding and the marked text are stacked, each as wide as the stage.
    const boxes = await page.evaluate(() =>
      [".point", ".explanation", ".marked-text"].map((selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box ? { left: Math.round(box.left), top: box.top } : null;
      }),
    );
    expect(new Set(boxes.map((box) => box?.left)).size).toBe(1);
    expect((boxes[0]?.top ?? 0) < (boxes[1]?.top ?? 0) && (boxes[1]?.top ?? 0) < (boxes[2]?.top ?? 0)).toBe(true);
    // The scenario's full-width letters come from the bundled face: stock Debian fonts lack them.
    expect(await page.locator(".point p").textContent()).toContain("ＣＤＡ");
    const faces = await page.evaluate(async () =>
      (await document.fonts.load('28px "Profielcheck Fullwidth"', "ＣＤＡ")).map((face) => face.status),
    );
    expect(faces).toEqual(["loaded"]);
    await page.locator("details.drawer > summary").click();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it("has no axe violations in the composer for posts and replies, with the guideline open", async () => {
    const page = await open("?scenario=reply-formal-webcare");
    const card = page.locator(".composer-card");
    await expect.poll(() => card.getAttribute("data-status")).toBe("ready");
    await expect.poll(() => card.locator('[data-rule="reply/tutoyeren"]').count()).toBe(2);
    await card.locator('[data-rule="reply/tutoyeren"] summary').first().click();
    expect(await axeViolations(page)).toEqual([]);
    await card.locator('[data-fix="reply/tutoyeren"]').first().click();
    expect(await page.locator("#composer-text").inputValue()).toBe(
      "Kun je ons uw vraag inzake de regeling per mail sturen?",
    );
    await card.locator("[data-undo]").click();
    expect(await page.locator("#composer-text").inputValue()).toBe(
      "Kunt u ons uw vraag inzake de regeling per mail sturen?",
    );
  });

  it("has no axe violations in the composer in presentation mode, on a hybrid account with the role control", async () => {
    const page = await open("?present=1&scenario=post-party-without-marker");
    await expect.poll(() => page.locator("[data-role]").getAttribute("data-role")).toBe("party");
    await expect.poll(() => page.locator('.composer-card [data-rule="post/role-marker"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("loads a scenario, steps through findings with the keyboard and applies a fix, then undoes it", async () => {
    const page = await open("?scenario=corporate-no-webcare");
    const panel = panelRoot(page);
    await expect.poll(() => panel.locator('[data-rule="bio/webcare"]').count()).toBe(1);
    await page.locator("body").press("h");
    await expect.poll(() => panel.locator('[data-rule="bio/webcare"]').count()).toBe(0);
    expect(await page.locator("#bio").inputValue()).toContain("Webcare reageert op werkdagen");
    await page.locator("body").press("u");
    await expect.poll(() => panel.locator('[data-rule="bio/webcare"]').count()).toBe(1);

    await page.locator('[data-scenario="obfuscated-party"]').click();
    await expect.poll(() => page.locator(".explanation").textContent()).toContain("Bevinding 1 van 3");
    await page.locator("body").press("j");
    await expect.poll(() => page.locator(".explanation").textContent()).toContain("Bevinding 2 van 3");
    await page.locator("body").press("ArrowLeft");
    await expect.poll(() => page.locator(".explanation").textContent()).toContain("Bevinding 1 van 3");
  });

  it("runs the engine on every keystroke", async () => {
    const page = await open("?scenario=corporate-x-correct");
    const panel = panelRoot(page);
    await page.locator("#bio").press("End");
    await page.locator("#bio").pressSequentially(" #TeamVVD");
    await expect.poll(() => panel.locator('[data-rule="bio/no-party"]').count()).toBe(1);
  });

  it("analyses a sample avatar with the logo detector in the page", async () => {
    const page = await open("?scenario=hybrid-instagram-rijkslogo");
    await expect.poll(() => panelRoot(page).locator('[data-rule="avatar/rijkslogo-forbidden"]').count()).toBe(1);
    await page.locator("#avatar-sample").selectOption("portret.jpg");
    await expect
      .poll(() => page.locator(".avatar-status").textContent())
      .toMatch(/^Geen Rijkslogo gevonden \(0\.\d\d\)$/);
    expect(await panelRoot(page).locator('[data-rule="avatar/rijkslogo-forbidden"]').count()).toBe(0);
    await page.locator("#avatar-sample").selectOption("rijkslogo-lint.jpg");
    await expect.poll(() => page.locator(".avatar-status").textContent()).toMatch(/^Rijkslogo gevonden \(0\.\d\d\)$/);
    await expect.poll(() => panelRoot(page).locator('[data-rule="avatar/rijkslogo-forbidden"]').count()).toBe(1);
  });
}

describe("playground as an extension page", () => {
  let context: BrowserContext;
  let page: Page;
  const requests: Request[] = [];

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "profielcheck-playground-")), {
      executablePath: CHROMIUM,
      headless: false,
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        // Chromium 137+ ignores --load-extension unless this feature is switched off.
        "--disable-features=DisableLoadExtensionCommandLineSwitch",
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
      ],
    });
    context.on("request", (request) => requests.push(request));
    page = context.pages()[0] ?? (await context.newPage());
  });
  afterAll(async () => context?.close());

  playgroundChecks(async (query) => {
    await page.goto(`chrome-extension://${unpackedExtensionId(EXTENSION_DIR)}/playground.html${query}`);
    return page;
  });

  it("makes no network requests", () => {
    const remote = requests.map((request) => request.url()).filter((url) => !url.startsWith("chrome-extension:"));
    expect(remote).toEqual([]);
  });
});

describe("playground as a static page opened from the folder", () => {
  let browser: Browser;
  let page: Page;
  const requests: Request[] = [];

  beforeAll(async () => {
    await build({ configFile: resolve("playground.vite.config.ts"), logLevel: "warn" });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless=new", "--no-sandbox", "--disable-gpu"],
    });
    page = await browser.newPage();
    page.on("request", (request) => requests.push(request));
  });
  afterAll(async () => browser?.close());

  playgroundChecks(async (query) => {
    await page.goto(`${STATIC_PAGE}${query}`);
    return page;
  });

  it("loads nothing but its own file and inline images", () => {
    const foreign = requests.map((request) => request.url()).filter((url) => !/^(file|data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(requests.some((request) => request.url().endsWith("/playground.js"))).toBe(true);
  });
});
