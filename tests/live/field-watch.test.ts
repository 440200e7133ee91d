// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FieldWatch, fieldRegions } from "@/utils/live/field-watch";

/** Lets the mutation observers deliver their records. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function page(): { dialog: Element; timeline: Element; nav: Element; panel: Element } {
  document.body.innerHTML = `
    <nav><a id="handle" href="/MinisterVWS">Profiel</a></nav>
    <main><section id="timeline"><article>post</article></section></main>
    <div id="layers"><div role="dialog"><form><input id="name"><textarea id="bio"></textarea></form></div></div>
    <profielcheck-panel></profielcheck-panel>`;
  const get = (selector: string) => document.querySelector(selector) as Element;
  return {
    dialog: get('[role="dialog"]'),
    timeline: get("#timeline"),
    nav: get("nav"),
    panel: get("profielcheck-panel"),
  };
}

describe("fieldRegions", () => {
  it("takes the dialog of the fields in a dialog, and the parent of each other one", () => {
    const { dialog, nav } = page();
    const fields = ["#name", "#bio", "#handle"].map((selector) => document.querySelector(selector) as Element);
    expect(fieldRegions(fields)).toEqual([dialog, nav]);
  });

  it("never takes a common ancestor that would hold the timeline too", () => {
    const { nav, timeline } = page();
    const fields = ["#handle", "#timeline article"].map((selector) => document.querySelector(selector) as Element);
    expect(fieldRegions(fields)).toEqual([nav, timeline]);
  });
});

describe("FieldWatch", () => {
  let changed: ReturnType<typeof vi.fn<() => void>>;
  let watch: FieldWatch;
  let parts: ReturnType<typeof page>;

  beforeEach(() => {
    parts = page();
    changed = vi.fn<() => void>();
    watch = new FieldWatch(changed, (node) => parts.panel.contains(node));
    watch.start(document.body);
  });
  afterEach(() => watch.stop());

  it("watches the whole body until the fields are found", async () => {
    parts.timeline.append(document.createElement("article"));
    await settle();
    expect(changed).toHaveBeenCalled();
  });

  it("once narrowed, ignores a timeline adding and removing posts and changing pictures", async () => {
    watch.narrow([document.querySelector("#bio") as Element]);
    const post = document.createElement("article");
    post.innerHTML = '<img src="a.png"><span>12</span>';
    parts.timeline.prepend(post);
    parts.timeline.lastElementChild?.remove();
    (post.querySelector("span") as Element).textContent = "13";
    post.querySelector("img")?.setAttribute("src", "b.png");
    await settle();
    expect(changed).not.toHaveBeenCalled();
  });

  it("once narrowed, still sees changes in the dialog", async () => {
    watch.narrow([document.querySelector("#bio") as Element]);
    parts.dialog.querySelector("form")?.append(document.createElement("input"));
    await settle();
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it("sees a node elsewhere that could hold the fields (a new dialog)", async () => {
    watch.narrow([document.querySelector("#bio") as Element]);
    const other = document.createElement("div");
    other.innerHTML = '<div role="dialog"><textarea></textarea></div>';
    parts.timeline.append(other);
    await settle();
    expect(changed).toHaveBeenCalled();
  });

  it("sees the dialog close, and then watches the whole body again", async () => {
    watch.narrow([document.querySelector("#bio") as Element]);
    parts.dialog.remove();
    await settle();
    expect(changed).toHaveBeenCalledTimes(1);
    parts.timeline.append(document.createElement("article"));
    await settle();
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it("ignores the panel's own host coming and going", async () => {
    parts.panel.remove();
    document.body.append(parts.panel);
    await settle();
    expect(changed).not.toHaveBeenCalled();
  });

  it("after widen, watches the whole body again", async () => {
    watch.narrow([document.querySelector("#bio") as Element]);
    watch.widen();
    parts.timeline.append(document.createElement("article"));
    await settle();
    expect(changed).toHaveBeenCalled();
  });
});
