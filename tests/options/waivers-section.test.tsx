// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { OptionsApp } from "@/components/options/OptionsApp";
import type { OrgConfigInput } from "@/rules/config/schema";
import { loadEffectiveConfig, saveLocalConfig } from "@/utils/config-storage";
import { listWaivers } from "@/utils/waiver-store";
import { axeViolations, buttonNamed } from "./dom-helpers";

const LOCAL: OrgConfigInput = {
  version: 1,
  accounts: [{ platform: "x", handle: "MinisterVWS", type: "corporate" }],
  waivers: [
    {
      platform: "x",
      handle: "MinisterVWS",
      rule: "bio/no-party",
      value: "Minister van VWS #PVV",
      reason: "Afgesproken met de SG tot de verkiezingen",
      createdAt: "2026-11-02T13:45:00.000Z",
    },
    {
      platform: "x",
      handle: "MinisterVWS",
      rule: "name/full-name",
      value: "Minister Agema",
      reason: "Zo bekend bij het publiek",
      createdAt: "2026-10-01",
    },
  ],
};

const POLICY = {
  version: 1,
  organisation: "Ministerie van VWS",
  accounts: [],
  waivers: [
    {
      platform: "instagram",
      handle: "minvws",
      rule: "bio/webcare",
      value: "bio",
      reason: "Webcare staat op de site",
    },
  ],
};

let container: HTMLElement;

async function renderOptions(): Promise<void> {
  await act(async () => {
    render(<OptionsApp />, container);
  });
  await vi.waitFor(() => expect(container.querySelector("#waivers-heading")).not.toBeNull());
}

function section(): HTMLElement {
  return container.querySelector('[data-section="waivers"]') as HTMLElement;
}

function entries(): { rule: string | null; source: string | null }[] {
  return [...section().querySelectorAll("[data-waiver-rule]")].map((entry) => ({
    rule: entry.getAttribute("data-waiver-rule"),
    source: entry.getAttribute("data-waiver-source"),
  }));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await saveLocalConfig(LOCAL);
  await fakeBrowser.storage.managed.set({ config: POLICY });
  container = document.createElement("div");
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe("the options page's Afwijkingen", () => {
  it("lists every waiver with reason, date, account, value and who recorded it", async () => {
    await renderOptions();
    expect(entries()).toEqual([
      { rule: "bio/webcare", source: "policy" },
      { rule: "bio/no-party", source: "local" },
      { rule: "name/full-name", source: "local" },
    ]);
    const [policy, party, name] = [...section().querySelectorAll("[data-waiver-rule]")].map(
      (entry) => entry.textContent ?? "",
    );
    expect(party).toContain("Afgesproken met de SG tot de verkiezingen");
    expect(party).toContain("@MinisterVWS (X)");
    expect(party).toContain("„Minister van VWS #PVV”");
    expect(party).toMatch(/Vastgelegd op2 november 2026, \d\d:45/);
    expect(party).toContain("Doorin deze browser");
    expect(name).toContain("Vastgelegd op1 oktober 2026");
    expect(policy).toContain("Ministerie van VWS (beleid; intrekken kan alleen daar)");
    // The organisation's waiver can only be withdrawn in its policy.
    const policyEntry = section().querySelector('[data-waiver-source="policy"]') as HTMLElement;
    expect(policyEntry.querySelector("[data-withdraw-waiver]")).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("withdraws a waiver only after a confirmation, by keyboard-reachable buttons, and says so", async () => {
    await renderOptions();
    const withdraw = buttonNamed(
      section(),
      "Afwijking intrekken: Geen partijpolitieke verwijzing in de bio voor @MinisterVWS (X)",
    );
    await act(async () => withdraw.click());
    // Asking is not withdrawing; the confirmation takes focus.
    expect((await loadEffectiveConfig()).local.waivers).toHaveLength(2);
    const yes = buttonNamed(section(), "Ja, intrekken");
    expect(document.activeElement).toBe(yes);
    expect(section().querySelector("fieldset.confirm legend")?.textContent).toContain("Afwijking intrekken?");
    expect(await axeViolations(container)).toEqual([]);

    await act(async () => yes.click());
    await vi.waitFor(async () =>
      expect((await loadEffectiveConfig()).local.waivers?.map((waiver) => waiver.rule)).toEqual(["name/full-name"]),
    );
    await vi.waitFor(() => expect(entries().map((entry) => entry.rule)).toEqual(["bio/webcare", "name/full-name"]));
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      "Afwijking ingetrokken: Geen partijpolitieke verwijzing in de bio voor @MinisterVWS (X).",
    );
    expect(document.activeElement?.id).toBe("waivers-heading");
  });

  it("keeps the waiver when the confirmation is cancelled, and returns focus to its button", async () => {
    await renderOptions();
    await act(async () =>
      buttonNamed(section(), "Afwijking intrekken: Profielnaam is voor- en achternaam voor @MinisterVWS (X)").click(),
    );
    await act(async () => buttonNamed(section(), "Annuleren").click());
    await vi.waitFor(() =>
      expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Afwijking intrekken: .*MinisterVWS/),
    );
    expect((await loadEffectiveConfig()).local.waivers).toHaveLength(2);
  });
});

describe("listWaivers", () => {
  it("shows a waiver the policy and this browser both hold once, as the policy's", async () => {
    await saveLocalConfig({
      ...LOCAL,
      waivers: [...(LOCAL.waivers ?? []), { ...POLICY.waivers[0], platform: "instagram" }],
    });
    const listed = listWaivers(await loadEffectiveConfig());
    expect(listed.filter(({ waiver }) => waiver.rule === "bio/webcare").map(({ source }) => source)).toEqual([
      "policy",
    ]);
  });
});
