/**
 * Keystroke to updated panel, in real Chromium with the built extension, on the X edit fixture.
 * Each "keystroke" sets the bio and fires an input event, alternating between a bio with and without
 * a party hashtag so that the panel must change every time; the time is measured in the page from
 * the event to the panel's DOM mutation. Also prints the content-script bundle sizes (gzip).
 *
 * Run after `npm run build`: npm run bench:live
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { fixture, launch, panel } from "../tests/e2e/harness";

const KEYSTROKES = 300;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] as number;
}

async function main(): Promise<void> {
  const harness = await launch({ "https://x.com/settings/profile": fixture("x/edit-profile.nl.html") });
  try {
    const { page } = harness;
    await page.goto("https://x.com/settings/profile");
    const root = panel(page);
    await root.locator('[data-choose-account-type="corporate"]').click();
    await page.waitForFunction(() =>
      document.querySelector("profielcheck-panel")?.shadowRoot?.querySelector('[data-status="ready"]'),
    );
    const timings = await page.evaluate(async (count) => {
      const textarea = document.querySelector<HTMLTextAreaElement>(
        'textarea[name="description"]',
      ) as HTMLTextAreaElement;
      const shadow = document.querySelector("profielcheck-panel")?.shadowRoot as ShadowRoot;
      const base = "Minister van VWS. Redactie: directie Communicatie @MinVWS. Vragen? Webcare op werkdagen.";
      const results: number[] = [];
      for (let index = 0; index < count; index += 1) {
        const changed = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(shadow, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        const start = performance.now();
        textarea.value = index % 2 === 0 ? `${base} #TeamVVD` : base;
        textarea.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
        results.push((await changed) - start);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return results;
    }, KEYSTROKES);
    const sorted = [...timings].sort((a, b) => a - b);
    console.log(`Keystroke to updated panel (Chromium, X edit fixture, ${KEYSTROKES} keystrokes):`);
    console.log(
      `  median ${percentile(sorted, 0.5).toFixed(2)} ms, p95 ${percentile(sorted, 0.95).toFixed(2)} ms, max ${sorted.at(-1)?.toFixed(2)} ms`,
    );
  } finally {
    await harness.close();
  }
  console.log("Content-script bundles (gzip):");
  const directory = ".output/chrome-mv3/content-scripts";
  for (const file of readdirSync(directory).filter((name) => name.endsWith(".js"))) {
    const bytes = gzipSync(readFileSync(join(directory, file))).length;
    console.log(`  ${file.padEnd(14)} ${(bytes / 1024).toFixed(1)} KB`);
  }
}

await main();
