// @vitest-environment happy-dom
/**
 * The playground's composer mock in happy-dom: scenarios, the findings card with the test contract
 * (data-rule, data-severity, data-field, data-status, data-fix, data-undo, data-role), fixes with
 * undo, the role control, both languages, and axe (colour contrast is left to real browsers).
 */
import axe from "axe-core";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Playground } from "@/components/playground/Playground";
import { PLAYGROUND_CSS } from "@/components/playground/styles";

let app: HTMLElement;

beforeEach(() => {
  document.head.innerHTML = `<title>x</title><style>${PLAYGROUND_CSS}</style>`;
  document.body.innerHTML = '<div id="app"></div>';
  app = document.getElementById("app") as HTMLElement;
});
afterEach(() => render(null, app));

function mount(scenario: string, lang: "nl" | "en" = "nl") {
  act(() => render(<Playground initialLang={lang} initialPresenting={false} initialScenario={scenario} />, app));
}

function card(): HTMLElement {
  const element = app.querySelector<HTMLElement>(".composer-card");
  if (!element) throw new Error("no composer card");
  return element;
}

function rulesInCard(): string[] {
  return [...card().querySelectorAll("[data-rule]")].map((element) => element.getAttribute("data-rule") ?? "");
}

function click(element: Element | null | undefined) {
  if (!element) throw new Error("nothing to click");
  act(() => (element as HTMLElement).click());
}

function typeInto(selector: string, value: string) {
  const field = app.querySelector(selector) as HTMLTextAreaElement;
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

function text(): string {
  return (app.querySelector("#composer-text") as HTMLTextAreaElement).value;
}

describe("playground composer", () => {
  it("opens in message mode for a message scenario and shows its findings with the test contract", () => {
    mount("post-minister-party-hashtag");
    expect(app.querySelector("[data-message-scenario][aria-current='true']")?.textContent).toBe(
      "Partijhashtag van de minister op een corporate account",
    );
    expect(card().getAttribute("data-status")).toBe("ready");
    const finding = card().querySelector("[data-rule='post/no-party']");
    expect(finding?.getAttribute("data-severity")).toBe("error");
    expect(finding?.getAttribute("data-field")).toBe("text");
    expect(card().querySelector("mark")?.textContent).toBe("#TeamPVV");
    expect(app.querySelector("[data-role]")?.getAttribute("data-role")).toBe("ministry");
    expect(app.querySelector(".composer")?.getAttribute("data-platform")).toBe("x");
  });

  it("removes the party hashtag with the fix and undoes it", () => {
    mount("post-minister-party-hashtag");
    const before = text();
    click(card().querySelector("[data-fix='post/no-party']"));
    expect(text()).toBe("Wat een mooie dag in Venlo met zoveel betrokken mensen!");
    expect(rulesInCard()).toEqual([]);
    click(card().querySelector("[data-undo]"));
    expect(text()).toBe(before);
    expect(rulesInCard()).toEqual(["post/no-party"]);
  });

  it("adds the party marker on a hybrid party post", () => {
    mount("post-party-without-marker");
    expect(app.querySelector("[data-role]")?.getAttribute("data-role")).toBe("party");
    click(card().querySelector("[data-fix='post/role-marker']"));
    expect(text()).toBe("Zaterdag campagne in Venlo. Kom je ook? #TeamPVV");
    expect(rulesInCard()).toEqual([]);
  });

  it("re-checks on every keystroke and when the role changes", () => {
    mount("post-hybrid-no-role");
    expect(app.querySelector("[data-role]")?.getAttribute("data-role")).toBe("");
    expect(
      [...card().querySelectorAll("[data-not-checked]")].map((item) => item.getAttribute("data-not-checked")),
    ).toEqual(["post/no-party", "post/role-marker"]);
    click(app.querySelector("input[name='composer-role'][value='minister']"));
    expect(app.querySelector("[data-role]")?.getAttribute("data-role")).toBe("minister");
    expect(rulesInCard()).toEqual(["post/role-marker"]);
    typeInto("#composer-text", "Wat een dag in Venlo! -FA");
    expect(rulesInCard()).toEqual([]);
    click(app.querySelector("input[name='composer-role'][value='ministry']"));
    typeInto("#composer-text", "Wat een dag in Venlo! #TeamPVV");
    expect(rulesInCard()).toEqual(["post/no-party"]);
  });

  it("turns a formal reply informal with the fix", () => {
    mount("reply-formal-webcare");
    expect(rulesInCard()).toEqual(["reply/tutoyeren", "reply/tutoyeren", "reply/plain-language"]);
    click(card().querySelector("[data-fix='reply/tutoyeren']"));
    expect(text()).toBe("Kun je ons uw vraag inzake de regeling per mail sturen?");
    expect(app.querySelector(".in-reply-to")).not.toBeNull();
  });

  it("shows the guideline behind Waarom?", () => {
    mount("post-paid-promotion");
    const why = card().querySelector("[data-rule='post/no-paid-promotion'] details");
    expect(why?.querySelector("summary")?.textContent).toBe("Waarom?");
    expect(why?.querySelector("blockquote")?.textContent).toContain("| Betaalde promotie | Nee | Nee |");
  });

  it("has a composer per platform, with the platform's title and placeholder", () => {
    mount("reply-clean");
    const titles = new Set<string>();
    const types: string[] = [];
    for (const platform of ["x", "instagram", "linkedin", "facebook"]) {
      const select = app.querySelector("#composer-platform") as HTMLSelectElement;
      act(() => {
        select.value = platform;
        select.dispatchEvent(new Event("change", { bubbles: true }));
      });
      expect(app.querySelector(".composer")?.getAttribute("data-platform")).toBe(platform);
      titles.add(app.querySelector("#composer-title")?.textContent ?? "");
      expect((app.querySelector("#composer-text") as HTMLTextAreaElement).placeholder).not.toBe("");
      types.push((app.querySelector("#composer-type") as HTMLSelectElement).value);
    }
    expect(titles.size).toBe(4);
    // LinkedIn has no corporate account: there it becomes a showcase page, and back on Facebook.
    expect(types).toEqual(["corporate", "corporate", "showcase", "corporate"]);
  });

  it("switches between profiles and messages, in English too", () => {
    mount("reply-clean", "en");
    expect(app.querySelector(".composer-card h2")?.textContent).toBe("Findings on this message");
    const profiles = [...app.querySelectorAll("button")].find((button) => button.textContent === "Profiles");
    click(profiles);
    expect(app.querySelector(".composer")).toBeNull();
    expect(app.querySelector(".panel-host")).not.toBeNull();
  });

  it("has no axe violations in message mode (colour contrast is left to the e2e test)", async () => {
    mount("reply-formal-webcare");
    const results = await axe.run(app, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
