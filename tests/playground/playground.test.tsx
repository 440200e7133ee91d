// @vitest-environment happy-dom
/**
 * The playground rendered in happy-dom: message keys in both languages, live checking, scenario
 * loading, fixes, waivers and the report, and axe. happy-dom has no layout or computed colours,
 * so axe's colour-contrast rule cannot run here; tests/e2e/playground.e2e.ts runs axe with it in
 * real Chromium, in normal and presentation mode.
 */
import axe from "axe-core";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Panel } from "@/components/panel/Panel";
import { PLAYGROUND_MESSAGES } from "@/components/playground/messages";
import { Playground } from "@/components/playground/Playground";
import { PLAYGROUND_CSS } from "@/components/playground/styles";
import { checkCase } from "@/rules/engine";

let app: HTMLElement;

beforeEach(() => {
  document.head.innerHTML = `<title>x</title><style>${PLAYGROUND_CSS}</style>`;
  document.body.innerHTML = '<div id="app"></div>';
  app = document.getElementById("app") as HTMLElement;
});
afterEach(() => render(null, app));

function mount(scenario: string, present = false) {
  act(() => render(<Playground initialLang="nl" initialPresenting={present} initialScenario={scenario} />, app));
}

function panel() {
  const root = app.querySelector(".panel-host")?.shadowRoot;
  if (!root) throw new Error("no panel shadow root");
  return root;
}

function rulesInPanel(): string[] {
  return [...panel().querySelectorAll("[data-rule]")].map((element) => element.getAttribute("data-rule") ?? "");
}

function type(selector: string, value: string) {
  const field = app.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

function press(target: EventTarget | null | undefined, key: string) {
  act(() => {
    target?.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
  });
}

function click(element: Element | null | undefined) {
  if (!element) throw new Error("nothing to click");
  act(() => (element as HTMLElement).click());
}

function buttonNamed(name: string) {
  return [...app.querySelectorAll("button")].find((button) => button.textContent === name);
}

describe("playground messages", () => {
  it("has every key in both languages, none empty", () => {
    const nlKeys = Object.keys(PLAYGROUND_MESSAGES.nl).sort();
    expect(Object.keys(PLAYGROUND_MESSAGES.en).sort()).toEqual(nlKeys);
    for (const lang of ["nl", "en"] as const) {
      for (const key of nlKeys)
        expect(PLAYGROUND_MESSAGES[lang][key as keyof typeof PLAYGROUND_MESSAGES.nl].trim()).not.toBe("");
    }
  });
});

describe("playground", () => {
  it("renders the panel for the loaded scenario and re-checks on every keystroke", () => {
    mount("corporate-x-correct");
    expect(panel().querySelector("section.panel")?.getAttribute("data-status")).toBe("ready");
    expect(rulesInPanel()).toEqual([]);
    type("#bio", "Minister van VWS. #TeamVVD");
    expect(rulesInPanel()).toContain("bio/no-party");
    expect(rulesInPanel()).toContain("bio/webcare");
  });

  it("shows the live bio count next to the bio findings, as the platforms do", () => {
    mount("corporate-bio-too-long");
    const count = () => panel().querySelector("[data-length-count]")?.textContent;
    expect(count()).toBe(" 187/160 tekens van de limiet");
    expect(rulesInPanel()).toEqual(["bio/length"]);
    type("#bio", "Minister van VWS. Trots op #TeamVVD.");
    expect(count()).toBe(" 36/160 tekens van de limiet");
  });

  it("loads a scenario with one click and says what it teaches", () => {
    mount("corporate-x-correct");
    click(app.querySelector('[data-scenario="party-in-handle"]'));
    expect((app.querySelector("#handle") as HTMLInputElement).value).toBe("EelcoHeinenVVD");
    expect(app.querySelector(".teaches")?.textContent).toContain("partijnaam in de handle");
    expect(rulesInPanel()).toEqual(["handle/no-party"]);
  });

  it("offers only valid platform and account type pairs", () => {
    mount("corporate-x-correct");
    const platform = app.querySelector("#platform") as HTMLSelectElement;
    act(() => {
      platform.value = "linkedin";
      platform.dispatchEvent(new Event("change", { bubbles: true }));
    });
    const type = app.querySelector("#account-type") as HTMLSelectElement;
    expect(type.value).toBe("showcase");
    expect((type.querySelector('option[value="corporate"]') as HTMLOptionElement).disabled).toBe(true);
    expect(app.querySelector("#form-title")?.textContent).toBe("LinkedIn — Showcasepagina bewerken");
  });

  it("applies a finding's fix to the form and undoes it", () => {
    mount("corporate-no-webcare");
    const before = (app.querySelector("#bio") as HTMLTextAreaElement).value;
    click(buttonNamed("Herstel"));
    expect((app.querySelector("#bio") as HTMLTextAreaElement).value).not.toBe(before);
    expect(rulesInPanel()).toEqual([]);
    click(buttonNamed("Ongedaan maken"));
    expect((app.querySelector("#bio") as HTMLTextAreaElement).value).toBe(before);
    expect(rulesInPanel()).toEqual(["bio/webcare"]);
  });

  it("accepts a waiver for the value as it is, and drops it when the value changes", async () => {
    mount("corporate-party-hashtag");
    type("#waiver-reason", "Afgesproken met de SG");
    act(() => {
      app.querySelector("form.waiver")?.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    });
    expect(app.querySelector(".waived")?.textContent).toContain("Geaccepteerd: Afgesproken met de SG");
    click(buttonNamed("Rapport"));
    expect(app.querySelector(".report pre")?.textContent).toContain("**fout, geaccepteerd** — `bio/no-party`");
    // The printable report opens from a local blob, with the waiver in it.
    const blobs: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return "blob:report";
    });
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    click(buttonNamed("Open afdrukbaar rapport"));
    expect(open).toHaveBeenCalledWith("blob:report", "_blank", "noopener");
    expect(blobs[0]?.type).toBe("text/html");
    expect(await blobs[0]?.text()).toContain("Afgesproken met de SG");
    type("#bio", `${(app.querySelector("#bio") as HTMLTextAreaElement).value} #TeamPVV`);
    expect(app.querySelector(".waived")).toBeNull();
  });

  it("steps through findings with j and k, not while typing", () => {
    mount("obfuscated-party");
    const position = () => app.querySelector(".explanation .nav span")?.textContent;
    expect(position()).toBe("Bevinding 1 van 3");
    press(document.body, "j");
    expect(position()).toBe("Bevinding 2 van 3");
    press(app.querySelector("#bio"), "j");
    expect(position()).toBe("Bevinding 2 van 3");
    press(document.body, "k");
    expect(position()).toBe("Bevinding 1 van 3");
  });

  it("switches to presentation mode with a button, and keeps the shortcuts behind ?", () => {
    mount("obfuscated-party");
    expect(document.documentElement.classList.contains("present")).toBe(false);
    click(buttonNamed("Presentatiemodus"));
    expect(document.documentElement.classList.contains("present")).toBe(true);
    const shortcuts = app.querySelector("#shortcuts") as HTMLElement;
    expect(shortcuts.hidden).toBe(true);
    click(app.querySelector("[data-shortcuts]") as Element);
    expect(shortcuts.hidden).toBe(false);
    expect(shortcuts.textContent).toContain("j of → volgende bevinding");
    press(document.body, "?");
    expect(shortcuts.hidden).toBe(true);
  });

  it("puts the teaching point first on a one-column stage, then the finding and its marked text; the editor in a drawer", () => {
    mount("corporate-party-hashtag", true);
    const stage = app.querySelector("main.stage") as HTMLElement;
    const parts = [...stage.children].map((child) => child.className);
    expect(parts.slice(0, 4)).toEqual(["card point", "card explanation", "card marked-text", "card drawer"]);
    expect(stage.querySelector(".point")?.textContent).toContain("partij");
    expect(stage.querySelector(".marked mark")?.textContent).toBe("gemarkeerd: #PVV (einde markering)");
    const drawer = stage.querySelector("details.drawer") as HTMLDetailsElement;
    expect(drawer.open).toBe(false);
    expect(drawer.querySelector("#bio")).not.toBeNull();
  });

  it.each([false, true])(
    "has no axe violations (presentation mode: %s; colour contrast is left to the e2e test)",
    async (present) => {
      mount("corporate-party-hashtag", present);
      click(buttonNamed("Rapport"));
      const results = await axe.run(document, { rules: { "color-contrast": { enabled: false } } });
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
        ),
      ).toEqual([]);
    },
  );
});

describe("the panel ignores what a page script does in it (issue 17, item 2)", () => {
  /** An event as a page script makes it: `isTrusted` false (happy-dom leaves it undefined). */
  function untrusted<E extends Event>(event: E): E {
    Object.defineProperty(event, "isTrusted", { value: false });
    return event;
  }

  it("applies no fix for a script's click, and does for a person's", () => {
    mount("corporate-no-webcare");
    const bio = () => (app.querySelector("#bio") as HTMLTextAreaElement).value;
    const before = bio();
    const fix = panel().querySelector('[data-fix="bio/webcare"]') as HTMLButtonElement;
    act(() => {
      fix.dispatchEvent(untrusted(new MouseEvent("click", { bubbles: true })));
    });
    expect(bio()).toBe(before);
    act(() => fix.click());
    expect(bio()).not.toBe(before);
  });

  it("takes no waiver or account type from a script, and does from a person", () => {
    const profile = { bio: "Minister. #TeamVVD" };
    const result = checkCase({ account: { platform: "x", type: "corporate" }, profile });
    const waive = vi.fn();
    const choose = vi.fn();
    act(() =>
      render(
        <Panel
          platform="x"
          handle="MinisterVWS"
          accountType={null}
          result={result}
          bio={profile.bio}
          lang="nl"
          floating={false}
          onChooseAccountType={choose}
          onWaive={waive}
        />,
        app,
      ),
    );
    const hybrid = app.querySelector('[data-choose-account-type="hybrid"]') as HTMLButtonElement;
    act(() => {
      hybrid.dispatchEvent(untrusted(new MouseEvent("click", { bubbles: true })));
    });
    expect(choose).not.toHaveBeenCalled();
    act(() => hybrid.click());
    expect(choose).toHaveBeenCalledWith("hybrid");

    act(() =>
      render(
        <Panel
          platform="x"
          handle="MinisterVWS"
          accountType="corporate"
          result={result}
          bio={profile.bio}
          lang="nl"
          floating={false}
          onChooseAccountType={choose}
          onWaive={waive}
        />,
        app,
      ),
    );
    const finding = app.querySelector('[data-rule="bio/no-party"]') as HTMLElement;
    act(() => (finding.querySelector("button[aria-expanded]") as HTMLButtonElement).click());
    const textarea = finding.querySelector("form textarea") as HTMLTextAreaElement;
    act(() => {
      textarea.value = "Een reden die een script invult";
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    });
    const form = finding.querySelector("form") as HTMLFormElement;
    act(() => {
      form.dispatchEvent(untrusted(new Event("submit", { bubbles: true, cancelable: true })));
    });
    expect(waive).not.toHaveBeenCalled();
    act(() => {
      form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    });
    expect(waive).toHaveBeenCalledWith(
      expect.objectContaining({ rule: "bio/no-party" }),
      "Een reden die een script invult",
    );
  });
});
