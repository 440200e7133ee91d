import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { acknowledgementKey, DEFAULT_LAYOUT, PanelMemory } from "@/utils/panel-storage";

/** Lets the stores the memory started finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("what the panel remembers", () => {
  beforeEach(() => fakeBrowser.reset());

  it("remembers 'no minister's account', the layout per site and acknowledged advice across pages", async () => {
    const first = new PanelMemory();
    await first.load();
    expect(first.isNotMinister("x", "NOS")).toBe(false);
    first.setNotMinister("x", "@NOS", true);
    first.setLayout("x", { collapsed: true, dock: "left", position: { left: 10, top: 20 } });
    first.acknowledge(acknowledgementKey("facebook", "fleur", "platform/facebook-advice", "Fleur"));
    await settle();

    const next = new PanelMemory();
    await next.load();
    expect(next.isNotMinister("x", "nos")).toBe(true);
    expect(next.isNotMinister("instagram", "nos")).toBe(false);
    expect(next.layout("x")).toEqual({ collapsed: true, dock: "left", position: { left: 10, top: 20 } });
    expect(next.layout("linkedin")).toEqual(DEFAULT_LAYOUT);
    expect(next.isAcknowledged(acknowledgementKey("facebook", "Fleur", "platform/facebook-advice", "Fleur"))).toBe(
      true,
    );
    // Advice is acknowledged for the value it was given on only.
    expect(next.isAcknowledged(acknowledgementKey("facebook", "Fleur", "platform/facebook-advice", "Fleur A."))).toBe(
      false,
    );

    next.setNotMinister("x", "NOS", false);
    await settle();
    const last = new PanelMemory();
    await last.load();
    expect(last.isNotMinister("x", "NOS")).toBe(false);
  });

  it("forgets a damaged entry instead of breaking the panel", async () => {
    await fakeBrowser.storage.local.set({
      panelNotMinister: "not a list",
      panelLayout: { x: { collapsed: "yes", dock: "up" } },
      panelAcknowledged: [1, "ok"],
    });
    const memory = new PanelMemory();
    await memory.load();
    expect(memory.isNotMinister("x", "not a list")).toBe(false);
    expect(memory.layout("x")).toEqual(DEFAULT_LAYOUT);
    expect(memory.isAcknowledged("ok")).toBe(true);
  });
});
