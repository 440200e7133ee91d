// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { PopupApp } from "@/components/popup/PopupApp";
import type { CheckResult } from "@/rules/engine";
import { loadEffectiveConfig, saveLocalConfig } from "@/utils/config-storage";
import type { TabState } from "@/utils/protocol";
import { tabStateFromCheck } from "@/utils/tab-state";
import { axeViolations, buttonNamed, click } from "../options/dom-helpers";

const TAB_ID = 7;

const CHECKED: CheckResult = {
  findings: [
    { rule: "bio/webcare", severity: "info", field: "bio", message: "Noem webcare." },
    { rule: "bio/no-party", severity: "error", field: "bio", message: "De bio noemt een partij." },
    { rule: "name/full-name", severity: "warning", field: "displayName", message: "Gebruik de volledige naam." },
    { rule: "handle/no-party", severity: "error", field: "handle", message: "De handle noemt een partij." },
  ],
  fields: {
    displayName: { status: "checked" },
    handle: { status: "checked" },
    bio: { status: "checked" },
    links: { status: "not-checked", reason: { nl: "Linkveld niet gevonden", en: "Link field not found" } },
    avatar: { status: "checked" },
    verified: { status: "not-applicable" },
  },
  evaluated: [],
};

const CHECKED_STATE: TabState = tabStateFromCheck({
  platform: "x",
  handle: "MinisterVWS",
  pageKind: "edit",
  account: { type: "corporate", minister: "Fleur Agema", ministry: "VWS" },
  configured: true,
  result: CHECKED,
  lang: "nl",
});

const UNKNOWN_ACCOUNT: TabState = tabStateFromCheck({
  platform: "linkedin",
  handle: "staatssecretaris-vws",
  pageKind: "profile",
  account: null,
  configured: false,
  result: null,
  lang: "nl",
});

let container: HTMLElement;
let sendMessage: Mock<(tabId: number, message: unknown) => Promise<unknown>>;

async function renderPopup(): Promise<void> {
  await act(async () => {
    render(<PopupApp />, container);
  });
  await vi.waitFor(() => expect(container.textContent).not.toContain("Bezig met ophalen"));
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, "query").mockResolvedValue([{ id: TAB_ID } as Browser.tabs.Tab]);
  sendMessage = vi.fn<(tabId: number, message: unknown) => Promise<unknown>>();
  vi.spyOn(fakeBrowser.tabs, "sendMessage").mockImplementation(sendMessage);
  vi.spyOn(window, "close").mockImplementation(() => undefined);
  container = document.createElement("div");
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

describe("tabStateFromCheck", () => {
  it("maps the check to field states with the reasons in the user's language", () => {
    expect(CHECKED_STATE.fields).toEqual({
      displayName: "findings",
      handle: "findings",
      bio: "findings",
      links: "not-checked",
      avatar: "ok",
      verified: "not-applicable",
    });
    expect(CHECKED_STATE.notCheckedReasons).toEqual({ links: "Linkveld niet gevonden" });
    expect(UNKNOWN_ACCOUNT.fields.bio).toBe("not-checked");
  });

  it("gives each finding the value a waiver for it is recorded against", () => {
    const state = tabStateFromCheck({
      platform: "x",
      handle: "MinisterVWS",
      pageKind: "edit",
      account: { type: "corporate" },
      configured: true,
      result: CHECKED,
      profile: { displayName: "Minister Agema", handle: "MinisterVWS", bio: "Minister #PVV" },
      lang: "nl",
    });
    expect(state.findings.map((finding) => finding.waiverValue)).toEqual([
      "Minister #PVV",
      "Minister #PVV",
      "Minister Agema",
      "MinisterVWS",
    ]);
    expect(CHECKED_STATE.findings[0]?.waiverValue).toBeUndefined();
  });
});

describe("popup", () => {
  it("shows the tab's account, findings by severity with the top ones, and field states", async () => {
    sendMessage.mockResolvedValue(CHECKED_STATE);
    await renderPopup();

    expect(sendMessage).toHaveBeenCalledWith(TAB_ID, { type: "profielcheck:get-state" });
    expect(container.textContent).toContain("@MinisterVWS");
    expect(container.querySelector('[data-testid="account-type"]')?.textContent).toContain("Corporate");
    expect(container.textContent).toContain("Fleur Agema");
    expect(container.querySelector('[data-count="error"]')?.textContent).toContain("2 fouten");
    expect(container.querySelector('[data-count="warning"]')?.textContent).toContain("1 waarschuwing");
    expect(container.querySelector('[data-count="info"]')?.textContent).toContain("1 advies");
    const top = [...container.querySelectorAll(".findings [data-severity]")].map((item) =>
      item.getAttribute("data-severity"),
    );
    expect(top).toEqual(["error", "error", "warning"]);
    expect(container.textContent).toContain("En nog 1 in het paneel");
    expect(container.querySelector('[data-field="links"]')?.textContent).toContain("Linkveld niet gevonden");
    expect(container.querySelector('[data-field="verified"]')?.getAttribute("data-field-status")).toBe(
      "not-applicable",
    );
  });

  it("counts only the findings no waiver accepts, judged against the configuration it reads itself", async () => {
    const withValues: TabState = {
      ...CHECKED_STATE,
      findings: CHECKED_STATE.findings.map((finding) => ({ ...finding, waiverValue: `value of ${finding.rule}` })),
    };
    await saveLocalConfig({
      version: 1,
      waivers: [
        {
          platform: "x",
          handle: "@ministervws",
          rule: "handle/no-party",
          value: "value of handle/no-party",
          reason: "SG",
        },
        // Another value, another account: neither applies.
        { platform: "x", handle: "MinisterVWS", rule: "bio/no-party", value: "an older bio", reason: "SG" },
        {
          platform: "instagram",
          handle: "MinisterVWS",
          rule: "bio/webcare",
          value: "value of bio/webcare",
          reason: "SG",
        },
      ],
    });
    sendMessage.mockResolvedValue(withValues);
    await renderPopup();
    await vi.waitFor(() => expect(container.querySelector('[data-count="error"]')?.textContent).toContain("1 fout"));
    expect(container.querySelector('[data-count="info"]')?.textContent).toContain("1 advies");
    expect(container.querySelector("[data-waived-count]")?.textContent).toBe(
      "1 bevinding is geaccepteerd met een afwijking en telt niet mee.",
    );
    const top = [...container.querySelectorAll(".findings [data-rule]")].map((item) => item.getAttribute("data-rule"));
    expect(top).not.toContain("handle/no-party");
    expect(container.querySelector('[data-field="handle"]')?.getAttribute("data-field-status")).toBe("ok");
  });

  it("counts a waiver recorded while it is open, even before the page checked again", async () => {
    const withValues: TabState = {
      ...CHECKED_STATE,
      findings: CHECKED_STATE.findings.map((finding) => ({ ...finding, waiverValue: `value of ${finding.rule}` })),
    };
    // The page answers with the state it had before the waiver, every time.
    sendMessage.mockResolvedValue(withValues);
    await renderPopup();
    expect(container.querySelector('[data-count="error"]')?.textContent).toContain("2 fouten");
    await act(async () => {
      await saveLocalConfig({
        version: 1,
        waivers: [
          { platform: "x", handle: "MinisterVWS", rule: "bio/no-party", value: "value of bio/no-party", reason: "SG" },
        ],
      });
    });
    await vi.waitFor(() => expect(container.querySelector('[data-count="error"]')?.textContent).toContain("1 fout"));
  });

  it("copies the report with a visible confirmation, and opens the printable report in a tab", async () => {
    sendMessage.mockImplementation(async (_tab, message) =>
      (message as { type: string }).type === "profielcheck:get-report" ? "# Profielcheck-rapport" : CHECKED_STATE,
    );
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.spyOn(navigator, "clipboard", "get").mockReturnValue({ writeText } as unknown as Clipboard);
    const create = vi.spyOn(fakeBrowser.tabs, "create").mockResolvedValue({ id: 9 } as Browser.tabs.Tab);
    await renderPopup();
    await act(async () => {
      buttonNamed(container, "Kopieer rapport").click();
    });
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith("# Profielcheck-rapport"));
    expect(container.querySelector('[role="status"]')?.textContent).toBe("Rapport gekopieerd naar het klembord.");
    await act(async () => {
      buttonNamed(container, "Open afdrukbaar rapport").click();
    });
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/report\.html$/) }));
    // The report is rendered (and kept for the report page) before the tab opens.
    expect(sendMessage).toHaveBeenCalledWith(TAB_ID, { type: "profielcheck:get-report" });
  });

  it("opens no report tab when the page has no report yet, and says why", async () => {
    sendMessage.mockImplementation(async (_tab, message) =>
      (message as { type: string }).type === "profielcheck:get-report" ? null : CHECKED_STATE,
    );
    const create = vi.spyOn(fakeBrowser.tabs, "create");
    await renderPopup();
    await act(async () => {
      buttonNamed(container, "Open afdrukbaar rapport").click();
    });
    await vi.waitFor(() =>
      expect(container.querySelector('[role="status"]')?.textContent).toBe(
        "Er is nog geen rapport: kies eerst het soort account.",
      ),
    );
    expect(create).not.toHaveBeenCalled();
  });

  it("asks the page to show its panel, and opens the settings", async () => {
    sendMessage.mockResolvedValue(CHECKED_STATE);
    const openOptions = vi.spyOn(fakeBrowser.runtime, "openOptionsPage").mockResolvedValue(undefined);
    await renderPopup();
    await act(async () => {
      buttonNamed(container, "Toon het paneel op de pagina").click();
    });
    expect(sendMessage).toHaveBeenLastCalledWith(TAB_ID, { type: "profielcheck:show-panel" });
    await act(async () => {
      buttonNamed(container, "Instellingen").click();
    });
    expect(openOptions).toHaveBeenCalled();
    expect(container.querySelector('a[href="/playground.html"]')).not.toBeNull();
  });

  it("lets the user choose the type of an unknown account, offering only valid pairs", async () => {
    sendMessage.mockResolvedValue(UNKNOWN_ACCOUNT);
    await renderPopup();

    expect(container.textContent).toContain("onbekend account");
    const offered = [...container.querySelectorAll("[data-choose-account-type]")].map((button) =>
      button.getAttribute("data-choose-account-type"),
    );
    expect(offered).toEqual(["hybrid", "showcase"]);
    click(container.querySelector('[data-choose-account-type="showcase"]') as Element);

    await vi.waitFor(async () =>
      expect((await loadEffectiveConfig()).local.accounts).toEqual([
        { platform: "linkedin", handle: "staatssecretaris-vws", type: "showcase" },
      ]),
    );
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toMatch(/^Opgeslagen/));
  });

  it("says when the panel was told the account is no minister's, and still offers the types", async () => {
    sendMessage.mockResolvedValue(
      tabStateFromCheck({
        platform: "x",
        handle: "NOS",
        pageKind: "profile",
        account: null,
        configured: false,
        notMinister: true,
        result: null,
        lang: "nl",
      }),
    );
    await renderPopup();
    expect(container.querySelector("[data-not-minister]")?.textContent).toContain(
      "@NOS geen account van een bewindspersoon",
    );
    expect(container.querySelectorAll("[data-choose-account-type]").length).toBeGreaterThan(0);
  });

  it("says what the extension does where no content script answers", async () => {
    sendMessage.mockRejectedValue(new Error("Could not establish connection. Receiving end does not exist."));
    await renderPopup();
    expect(container.querySelector("h2")?.textContent).toBe("Geen profiel op deze pagina");
    expect(container.textContent).toContain("X, Instagram, LinkedIn en Facebook");
    expect(container.textContent).not.toContain("Toon het paneel");
  });

  it("has no axe violations, for a checked profile and for an unknown account", async () => {
    sendMessage.mockResolvedValue(CHECKED_STATE);
    await renderPopup();
    expect(await axeViolations(container)).toEqual([]);

    render(null, container);
    sendMessage.mockResolvedValue(UNKNOWN_ACCOUNT);
    await renderPopup();
    await vi.waitFor(() => expect(container.textContent).toContain("onbekend account"));
    expect(await axeViolations(container)).toEqual([]);
  });
});
