/**
 * Keystroke to updated composer card, in real Chromium with the built extension, on the X
 * new-post fixture, for a 280-character and a 3,000-character message. Each "keystroke" changes
 * the message and fires an input event, alternating between the text with and without a party
 * hashtag so that the card must change every time; the time is measured in the page from the event
 * to the card's DOM mutation.
 *
 * Run after `npm run build`: npm run bench:live runs this after the panel benchmark.
 */
import { fixture, launch } from "../tests/e2e/harness";
import { type Measurement, recordMeasurements } from "./bench/record";

const KEYSTROKES = 200;
const CONFIG = {
  version: 1,
  accounts: [{ platform: "x", handle: "MinisterVWS", type: "corporate", ministry: "VWS", ministryHandle: "MinVWS" }],
};
const SENTENCE = "Vandaag sprak de minister met zorgverleners in Zwolle over de wachtlijsten in de ggz. ";

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] as number;
}

function messageOf(length: number): string {
  return SENTENCE.repeat(Math.ceil(length / SENTENCE.length)).slice(0, length - 9);
}

async function main(): Promise<void> {
  const harness = await launch({ "https://x.com/compose/post": fixture("x/compose-post.nl.html") });
  try {
    await harness.context.serviceWorkers()[0]?.evaluate(async (config) => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      await api.storage.local.set({ orgConfig: config });
    }, CONFIG);
    const { page } = harness;
    await page.goto("https://x.com/compose/post");
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type("Start");
    await page.waitForFunction(() =>
      document.querySelector("profielcheck-composer")?.shadowRoot?.querySelector('[data-status="ready"]'),
    );
    const measurements: Measurement[] = [];
    for (const length of [280, 3000]) {
      const timings = await page.evaluate(
        async ({ count, text }) => {
          const block = document.querySelector('[data-testid="tweetTextarea_0"] [data-block="true"]') as HTMLElement;
          const editor = document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement;
          const shadow = document.querySelector("profielcheck-composer")?.shadowRoot as ShadowRoot;
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
            block.textContent = index % 2 === 0 ? `${text} #TeamVVD` : `${text} #MinVWS`;
            editor.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
            results.push((await changed) - start);
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          return results;
        },
        { count: KEYSTROKES, text: messageOf(length) },
      );
      const sorted = [...timings].sort((a, b) => a - b);
      console.log(
        `Keystroke to updated composer card (Chromium, X new-post fixture, ${length} characters, ${KEYSTROKES} keystrokes):`,
      );
      const values = { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) as number };
      console.log(
        `  median ${values.median.toFixed(2)} ms, p95 ${values.p95.toFixed(2)} ms, max ${values.max.toFixed(2)} ms`,
      );
      measurements.push({
        id: `composer-keystroke-${length}`,
        what: `keystroke → composer card updated, Chromium, X new-post fixture, a ${length.toLocaleString("en-GB")}-character message (\`npm run bench:live\`, ${KEYSTROKES} keystrokes)`,
        target: "p95 ≤ 16 ms",
        unit: "ms",
        digits: 1,
        values,
      });
    }
    recordMeasurements(measurements);
  } finally {
    await harness.close();
  }
}

await main();
