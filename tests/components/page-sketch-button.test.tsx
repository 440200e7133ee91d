// @vitest-environment happy-dom
/**
 * "Kopieer paginaschets" in the panel: shown only when the live check offers it, it copies on a
 * click and says visibly (in a status region) whether that worked, in Dutch and English, with no
 * axe violation.
 */
import { render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PAGE_SKETCH_MESSAGES, PageSketchButton } from "@/components/PageSketchButton";
import { Panel, type PanelProps } from "@/components/panel/Panel";
import type { CheckResult } from "@/rules/engine";
import { axeViolations, click } from "../options/dom-helpers";

const RESULT: CheckResult = {
  findings: [],
  fields: {
    displayName: { status: "checked" },
    handle: { status: "checked" },
    bio: {
      status: "not-checked",
      reason: { nl: "Veld niet gevonden op de pagina", en: "Field not found on the page" },
    },
    links: { status: "checked" },
    avatar: { status: "checked" },
    verified: { status: "checked" },
  },
} as unknown as CheckResult;

function mount(node: preact.ComponentChild): HTMLElement {
  const container = document.createElement("div");
  document.body.append(container);
  render(node, container);
  return container;
}

function panel(overrides: Partial<PanelProps>): HTMLElement {
  return mount(
    <Panel
      platform="x"
      handle="MinisterVWS"
      accountType="corporate"
      result={RESULT}
      bio={null}
      lang="nl"
      onChooseAccountType={vi.fn()}
      floating={false}
      {...overrides}
    />,
  );
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = "";
});

describe("the page sketch button", () => {
  it("is in the panel only when a sketch can be copied", () => {
    expect(panel({}).querySelector("[data-copy-page-sketch]")).toBeNull();
    document.body.innerHTML = "";
    const container = panel({ onCopyPageSketch: () => Promise.resolve() });
    expect(container.querySelector("[data-copy-page-sketch]")?.textContent).toBe("Kopieer paginaschets");
  });

  it("copies on a click and confirms it visibly", async () => {
    const onCopy = vi.fn(() => Promise.resolve());
    const container = mount(<PageSketchButton lang="nl" onCopy={onCopy} />);
    const status = container.querySelector('[role="status"]');
    expect(status?.textContent).toBe("");
    click(container.querySelector("[data-copy-page-sketch]") as Element);
    await flush();
    expect(onCopy).toHaveBeenCalledTimes(1);
    expect(status?.textContent).toBe(PAGE_SKETCH_MESSAGES.nl.copied);
  });

  it("says so when copying failed, in English too", async () => {
    const container = mount(<PageSketchButton lang="en" onCopy={() => Promise.reject(new Error("denied"))} />);
    expect(container.querySelector("[data-copy-page-sketch]")?.textContent).toBe("Copy page sketch");
    click(container.querySelector("[data-copy-page-sketch]") as Element);
    await flush();
    expect(container.querySelector('[role="status"]')?.textContent).toBe(PAGE_SKETCH_MESSAGES.en.failed);
  });

  it("has every text in both languages and no axe violation", async () => {
    expect(Object.keys(PAGE_SKETCH_MESSAGES.en).sort()).toEqual(Object.keys(PAGE_SKETCH_MESSAGES.nl).sort());
    const container = panel({ onCopyPageSketch: () => Promise.resolve() });
    expect(await axeViolations(container)).toEqual([]);
  });
});
