/**
 * A realistic-size, busy page for the browser test and the benchmark: a saved edit page (the dialog
 * over the profile) with a generated timeline behind it, so the page holds thousands of nodes, and
 * a page script that keeps changing it like a live timeline does: every 100 ms one post is added at
 * the top and one removed at the bottom, three counters tick and one picture changes its src.
 * Generated from a seed: the same page on every run.
 */
import { prng } from "../../scripts/prng";

/** Two tiny images the timeline's pictures switch between (no network). */
const PICTURES = [
  "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
  "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==",
];
const WORDS = ["zorg", "kabinet", "vandaag", "bezoek", "werkbezoek", "gesprek", "Kamer", "debat", "plan", "wijk"];

/** One post, about seventeen elements like a real one (avatar, names, time, text, three counters). */
function post(random: () => number, index: number): string {
  const text = Array.from({ length: 8 + Math.floor(random() * 12) }, () => WORDS[Math.floor(random() * 10)]).join(" ");
  const count = () => Math.floor(random() * 5000);
  return `<article data-testid="tweet" class="post"><div class="row"><div class="avatar"><img alt="" src="${PICTURES[index % 2]}"></div><div class="body"><div class="meta"><span>Account ${index}</span><span>@account${index}</span><time>${index % 24}u</time></div><div lang="nl">${text}</div><div role="group"><button type="button"><span>${count()}</span></button><button type="button"><span>${count()}</span></button><button type="button"><span>${count()}</span></button></div></div></div></article>`;
}

/** The churn: a seeded page script (the same PRNG as above, inlined). */
const CHURN = `<script>(() => {
  let state = 7;
  const random = () => { state = (state + 0x6d2b79f5) >>> 0; let t = state; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const timeline = document.getElementById("busy-timeline");
  const template = timeline.firstElementChild.cloneNode(true);
  const pictures = ${JSON.stringify(PICTURES)};
  let next = 0;
  setInterval(() => {
    const item = template.cloneNode(true);
    item.querySelector("span").textContent = "Account " + (100000 + next++);
    timeline.prepend(item);
    timeline.lastElementChild.remove();
    const counters = timeline.querySelectorAll("[role=group] span");
    for (let tick = 0; tick < 3; tick += 1) {
      const counter = counters[Math.floor(random() * counters.length)];
      counter.textContent = String(Number(counter.textContent) + 1);
    }
    const images = timeline.querySelectorAll("img");
    const image = images[Math.floor(random() * images.length)];
    image.src = pictures[next % 2];
  }, 100);
})();</script>`;

/**
 * `html` (a saved page) with a busy timeline of `posts` posts: in X's primary column where the page
 * has one, else at the start of the body (where Instagram's, LinkedIn's and Facebook's feeds sit).
 */
export function busyPage(html: string, posts = 400, seed = 42): string {
  const random = prng(seed);
  const timeline = `<section aria-label="Tijdlijn" id="busy-timeline">${Array.from({ length: posts }, (_, index) => post(random, index)).join("")}</section>`;
  const column = 'data-testid="primaryColumn">';
  const body = /<body[^>]*>/.exec(html)?.[0];
  const at = html.includes(column) ? column : body;
  if (!at) throw new Error("busyPage: the page has neither a primary column nor a body to put the timeline in");
  return html.replace(at, `${at}${timeline}`).replace("</body>", `${CHURN}</body>`);
}
