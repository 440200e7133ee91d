// @vitest-environment happy-dom
/**
 * The panel rendered in happy-dom: calm (a tab where it does not open by itself, "Geen account van
 * een bewindspersoon"), clear (one card per cause, instruction titles, a summary with real plurals),
 * undoable (the fix preview, the applied fix with "Ongedaan maken"), and its keyboard shortcuts.
 */
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Panel, type PanelProps } from "@/components/panel/Panel";
import { checkCase } from "@/rules/engine";
import type { Profile } from "@/rules/schema";

let app: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  app = document.getElementById("app") as HTMLElement;
});
afterEach(() => render(null, app));

const PVV_NAME: Profile = { displayName: "Fleur Agema (PVV)", bio: "Minister van VWS." };

function mount(profile: Profile, props: Partial<PanelProps> = {}) {
  const result = checkCase({ account: { platform: "x", type: "corporate", ministry: "VWS" }, profile });
  act(() =>
    render(
      <Panel
        platform="x"
        handle="MinisterVWS"
        accountType="corporate"
        result={result}
        bio={profile.bio ?? null}
        profile={profile}
        lang="nl"
        onChooseAccountType={() => undefined}
        {...props}
      />,
      app,
    ),
  );
  return result;
}

const root = () => app.querySelector("section.panel") as HTMLElement;

describe("clear: one cause, one card", () => {
  it("shows '(PVV)' in the name as one card titled as an instruction, listing both rules", () => {
    mount(PVV_NAME);
    const nameCards = [...app.querySelectorAll("[data-card]")].filter((card) =>
      card.querySelector('[data-field="displayName"]'),
    );
    expect(nameCards).toHaveLength(1);
    const card = nameCards[0] as HTMLElement;
    expect(card.querySelector(".card-head")?.textContent).toContain("Fout");
    expect(card.querySelector(".card-head strong")?.textContent).toBe("Gebruik voor- en achternaam");
    expect([...card.querySelectorAll("[data-rule]")].map((item) => item.getAttribute("data-rule")).sort()).toEqual([
      "name/full-name",
      "name/no-party",
    ]);
  });

  it("sums up causes, not findings, with real plurals, and the bio's count", () => {
    const result = mount(PVV_NAME);
    const summary = app.querySelector("[data-summary]")?.textContent ?? "";
    const bioCauses = new Set(
      result.findings.filter((finding) => finding.field === "bio").map((finding) => finding.rule),
    );
    expect(summary).toBe(`${1 + bioCauses.size} problemen in 2 velden · Bio 17/160`);
    expect(summary).not.toMatch(/\(en\)/);
    mount({ displayName: "Fleur Agema (PVV)" }, { lang: "en" });
    expect(app.querySelector("[data-summary]")?.textContent).toBe("1 problem in 1 field");
  });

  it("folds the fields that pass into one line", () => {
    mount({ displayName: "Fleur Agema", handle: "MinisterVWS" });
    const ok = app.querySelector(".fields-ok");
    expect(ok?.textContent).toMatch(/^In orde: /);
    expect(ok?.querySelectorAll('[data-field-status="ok"]').length).toBeGreaterThanOrEqual(1);
  });

  it("says 'bezig…' for the avatar while it is analysed, not 'niet gecontroleerd'", () => {
    mount({ displayName: "Fleur Agema" }, { avatar: { url: "https://pbs.twimg.com/a.jpg", answer: undefined } });
    const avatar = app.querySelector('[data-field="avatar"]');
    expect(avatar?.getAttribute("data-field-status")).toBe("checking");
    expect(avatar?.textContent).toContain("bezig…");
  });
});

describe("advice about the account as a whole", () => {
  it("stands in an Account section of its own, not under the handle", () => {
    const profile: Profile = { displayName: "Fleur Agema", handle: "MinisterVWS" };
    const result = checkCase({ account: { platform: "facebook", type: "corporate", ministry: "VWS" }, profile });
    expect(result.findings.some((finding) => finding.rule === "platform/facebook-advice")).toBe(true);
    act(() =>
      render(
        <Panel
          platform="facebook"
          handle="MinisterVWS"
          accountType="corporate"
          result={result}
          bio={null}
          profile={profile}
          lang="nl"
          onChooseAccountType={() => undefined}
        />,
        app,
      ),
    );
    const advice = app.querySelector('[data-rule="platform/facebook-advice"]');
    expect(advice?.closest("section.field-group")?.getAttribute("aria-label")).toBe("Account");
  });
});

describe("copying the report", () => {
  it("confirms visibly that the report was copied, or that copying failed", async () => {
    const copies = [true, false];
    mount(PVV_NAME, { onCopyReport: async () => copies.shift() ?? false });
    const button = app.querySelector("[data-copy-report]") as HTMLButtonElement;
    const status = () => app.querySelector("[data-copy-status]")?.textContent;
    await act(async () => button.click());
    expect(status()).toContain("Rapport gekopieerd");
    await act(async () => button.click());
    expect(status()).toContain("Kopiëren lukte niet");
  });
});

describe("undoable", () => {
  it("says what a fix will write before the click, and shows the applied fix with 'Ongedaan maken'", () => {
    const onApplyFix = vi.fn();
    const onUndo = vi.fn();
    mount({ bio: "Minister van VWS." }, { onApplyFix, onUndo });
    const fix = app.querySelector('[data-fix="bio/webcare"]') as HTMLButtonElement;
    const preview = fix.closest("[data-card]")?.querySelector("[data-fix-preview]");
    expect(preview?.textContent).toMatch(/^Voegt toe: 'Vragen\? Webcare/);
    expect(fix.getAttribute("aria-describedby")).toBe(preview?.id);
    act(() => fix.click());
    expect(onApplyFix).toHaveBeenCalledWith(expect.objectContaining({ rule: "bio/webcare" }));

    mount(
      { bio: "Minister van VWS. Vragen? Webcare reageert." },
      {
        onApplyFix,
        onUndo,
        fixes: [
          {
            id: 3,
            field: "bio",
            title: "Noem wie de webcare doet",
            written: " Vragen? Webcare reageert.",
            canUndo: true,
          },
        ],
      },
    );
    const row = app.querySelector('[data-fixed="3"]');
    expect(row?.textContent).toContain("Hersteld: Noem wie de webcare doet");
    const undo = row?.querySelector("[data-undo]") as HTMLButtonElement;
    act(() => undo.click());
    expect(onUndo).toHaveBeenCalledWith(3);
  });

  it("offers 'Gecontroleerd, klopt' for advice, and the waiver only as a secondary action", () => {
    const onAcknowledge = vi.fn();
    const result = checkCase({
      account: { platform: "facebook", type: "hybrid" },
      profile: { displayName: "Fleur Agema" },
    });
    const advice = result.findings.find((finding) => finding.severity === "info");
    if (!advice) throw new Error("expected advice on Facebook");
    act(() =>
      render(
        <Panel
          platform="facebook"
          handle="fleuragema"
          accountType="hybrid"
          result={result}
          bio={null}
          lang="nl"
          onChooseAccountType={() => undefined}
          onWaive={() => undefined}
          onAcknowledge={onAcknowledge}
        />,
        app,
      ),
    );
    const item = app.querySelector(`[data-rule="${advice.rule}"]`) as HTMLElement;
    const acknowledge = item.querySelector("[data-acknowledge]") as HTMLButtonElement;
    expect(acknowledge.textContent).toBe("Gecontroleerd, klopt");
    expect(item.querySelector("button.link[aria-expanded]")?.textContent).toBe("Bewust afwijken");
    act(() => acknowledge.click());
    expect(onAcknowledge).toHaveBeenCalledWith(advice);
  });
});

describe("calm", () => {
  it("starts as a small tab where it does not open by itself, and opens on a click", () => {
    const onLayoutChange = vi.fn();
    mount(PVV_NAME, { autoOpen: false, onLayoutChange });
    expect(root().getAttribute("data-collapsed")).toBe("true");
    expect((app.querySelector("#panel-body") as HTMLElement).hidden).toBe(true);
    const tab = app.querySelector("button.tab") as HTMLButtonElement;
    expect(tab.getAttribute("aria-expanded")).toBe("false");
    act(() => tab.click());
    expect(root().getAttribute("data-collapsed")).toBe("false");
    expect(onLayoutChange).toHaveBeenCalledWith(expect.objectContaining({ collapsed: false }));
  });

  it("opens where it opens by itself, unless the user collapsed it on this site", () => {
    mount(PVV_NAME, { autoOpen: true });
    expect(root().getAttribute("data-collapsed")).toBe("false");
    render(null, app);
    mount(PVV_NAME, { autoOpen: true, layout: { collapsed: true, dock: "left", position: null } });
    expect(root().getAttribute("data-collapsed")).toBe("true");
    expect(root().classList.contains("dock-left")).toBe(true);
  });

  it("offers 'Geen account van een bewindspersoon' and then checks nothing", () => {
    const onChooseNotMinister = vi.fn();
    mount(PVV_NAME, { accountType: null, result: null, onChooseNotMinister });
    const none = app.querySelector('[data-choose-account-type="none"]') as HTMLButtonElement;
    expect(none.textContent).toBe("Geen account van een bewindspersoon");
    act(() => none.click());
    expect(onChooseNotMinister).toHaveBeenCalled();
    mount(PVV_NAME, { accountType: null, result: null, notMinister: true, onChooseNotMinister });
    expect(root().getAttribute("data-status")).toBe("not-minister");
    expect(app.querySelectorAll("[data-card]")).toHaveLength(0);
  });

  it("offers only the types the page can be, and names a page by its name, not its id", () => {
    mount(PVV_NAME, {
      platform: "linkedin",
      handle: "104857601",
      accountName: "Ministerie van VWS",
      accountType: null,
      accountTypes: ["showcase"],
    });
    const types = [...app.querySelectorAll("[data-choose-account-type]")].map((button) =>
      button.getAttribute("data-choose-account-type"),
    );
    expect(types).toEqual(["showcase"]);
    expect(app.querySelector("legend")?.textContent).toBe("Wat voor account is Ministerie van VWS?");
  });

  it("follows the page's dark theme", () => {
    mount(PVV_NAME, { theme: "dark" });
    expect(root().classList.contains("theme-dark")).toBe(true);
  });
});

describe("keyboard shortcuts", () => {
  function press(key: string) {
    act(() => {
      (app.querySelector("section.panel") as HTMLElement).dispatchEvent(
        new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }),
      );
    });
  }

  it("moves between findings with j and k, collapses with c, and lists them behind ?", () => {
    mount(PVV_NAME);
    const cards = [...app.querySelectorAll<HTMLElement>("[data-card]")];
    expect(cards.length).toBeGreaterThan(1);
    press("j");
    expect(document.activeElement).toBe(cards[0]);
    press("j");
    expect(document.activeElement).toBe(cards[1]);
    press("k");
    expect(document.activeElement).toBe(cards[0]);
    press("?");
    expect(app.querySelector("#panel-shortcuts")?.textContent).toContain("Volgende bevinding");
    press("c");
    expect(root().getAttribute("data-collapsed")).toBe("true");
  });
});

describe("the fix shortcut", () => {
  it("applies the focused card's fix with h, as a person's key press", () => {
    // As in a real browser, a click made by script is untrusted: the shortcut must not rely on one.
    const click = vi.spyOn(HTMLElement.prototype, "click").mockImplementation(function (this: HTMLElement) {
      const event = new MouseEvent("click", { bubbles: true });
      Object.defineProperty(event, "isTrusted", { value: false });
      this.dispatchEvent(event);
    });
    const onApplyFix = vi.fn();
    mount({ bio: "Minister van VWS." }, { onApplyFix });
    const card = app.querySelector('[data-fix="bio/webcare"]')?.closest("[data-card]") as HTMLElement;
    act(() => {
      card.focus();
      card.dispatchEvent(new KeyboardEvent("keydown", { key: "h", bubbles: true, cancelable: true }));
    });
    click.mockRestore();
    expect(onApplyFix).toHaveBeenCalledWith(expect.objectContaining({ rule: "bio/webcare" }));
  });
});

describe("the popup's 'show panel'", () => {
  it("opens the tab and moves focus to the panel's heading", () => {
    mount(PVV_NAME, { autoOpen: false });
    expect(root().getAttribute("data-collapsed")).toBe("true");
    mount(PVV_NAME, { autoOpen: false, revealSignal: 1 });
    expect(root().getAttribute("data-collapsed")).toBe("false");
    expect(document.activeElement?.id).toBe("panel-title");
  });
});
