/**
 * Where the content script's time goes: a Chromium CPU profile (sampling every 100 µs) of the page
 * while the bio is typed in (the X edit fixture and the busy page of tests/e2e/busy-page.ts) and
 * while the busy page churns with nobody typing. Prints the self time per function of the content
 * script, and the totals of the content script, the page's own scripts and the browser's work
 * (style, layout, garbage collection: "(program)", "(garbage collector)").
 *
 * npm run profile:live (builds an unminified copy into .output-profile/ so the names are readable)
 */
import type { CDPSession, Page } from "playwright-core";
import { busyPage } from "../tests/e2e/busy-page";
import { EXTENSION_DIR, fixture, launch, panel } from "../tests/e2e/harness";
import { recordMeasurements } from "./bench/record";

const KEYSTROKES = 300;
const IDLE_SECONDS = 10;
const URL = "https://x.com/settings/profile";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function profiled(session: CDPSession, work: () => Promise<void>): Promise<Profile> {
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 100 });
  await session.send("Profiler.start");
  await work();
  const { profile } = await session.send("Profiler.stop");
  return profile as unknown as Profile;
}

/** Prints where the time went; returns the content script's total in ms. */
function report(title: string, profile: Profile, per: { count: number; unit: string }): number {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<string, number>();
  const totals = { "content script": 0, "page scripts": 0, browser: 0, idle: 0 };
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const frame = (byNode.get(id) as ProfileNode).callFrame;
    if (frame.url.startsWith("chrome-extension://")) {
      totals["content script"] += ms;
      const file = frame.url.split("/").at(-1);
      const name = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
      selfMs.set(name, (selfMs.get(name) ?? 0) + ms);
    } else if (frame.functionName === "(idle)") totals.idle += ms;
    else if (frame.url === "" && frame.functionName.startsWith("(")) totals.browser += ms;
    else totals["page scripts"] += ms;
  });
  console.log(`\n${title}`);
  const each = (ms: number) => `${ms.toFixed(1)} ms (${(ms / per.count).toFixed(3)} ms per ${per.unit})`;
  for (const [part, ms] of Object.entries(totals)) console.log(`  ${part.padEnd(16)} ${each(ms)}`);
  console.log("  content script, self time by function:");
  const top = [...selfMs.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
  for (const [name, ms] of top) console.log(`    ${each(ms).padEnd(34)} ${name}`);
  return totals["content script"];
}

async function type(page: Page): Promise<void> {
  await page.evaluate(async (count) => {
    const textarea = document.querySelector<HTMLTextAreaElement>('textarea[name="description"]') as HTMLTextAreaElement;
    const base = "Minister van VWS. Redactie: directie Communicatie @MinVWS. Vragen? Webcare op werkdagen.";
    for (let index = 0; index < count; index += 1) {
      textarea.value = index % 2 === 0 ? `${base} #TeamVVD` : base;
      textarea.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }, KEYSTROKES);
}

async function main(): Promise<void> {
  console.log(`Build: ${EXTENSION_DIR}`);
  const plain = fixture("x/edit-profile.nl.html");
  for (const [label, html] of [
    ["X edit fixture", plain],
    ["busy page", busyPage(plain, 800)],
  ] as const) {
    const harness = await launch({ [URL]: html });
    try {
      const { page } = harness;
      await page.goto(URL);
      await panel(page).locator('[data-choose-account-type="corporate"]').click();
      await page.waitForFunction(() =>
        document.querySelector("profielcheck-panel")?.shadowRoot?.querySelector('[data-status="ready"]'),
      );
      const session = await page.context().newCDPSession(page);
      report(`Typing, ${label} (${KEYSTROKES} keystrokes, 20 ms apart)`, await profiled(session, () => type(page)), {
        count: KEYSTROKES,
        unit: "keystroke",
      });
      if (html !== plain) {
        const idle = await profiled(session, () => page.waitForTimeout(IDLE_SECONDS * 1000));
        const idleMs = report(`Nobody typing, ${label} (${IDLE_SECONDS} s)`, idle, {
          count: IDLE_SECONDS,
          unit: "second",
        });
        recordMeasurements([
          {
            id: "live-extension-cpu",
            what: `the extension's own CPU on the busy page while nobody types (\`npm run profile:live\`: the extension's self time in Chromium's CPU profile, ${IDLE_SECONDS} s)`,
            target: "≤ 10 ms/s",
            unit: "ms/s",
            digits: 2,
            values: { time: idleMs / IDLE_SECONDS },
          },
        ]);
      }
    } finally {
      await harness.close();
    }
  }
}

await main();
