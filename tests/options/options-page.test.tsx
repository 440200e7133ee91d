// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { OptionsApp } from "@/components/options/OptionsApp";
import { loadEffectiveConfig, saveLocalConfig } from "@/utils/config-storage";
import { languageItem } from "@/utils/storage";
import { axeViolations, buttonNamed, byLabel, choose, click, typeInto } from "./dom-helpers";

let container: HTMLElement;

async function renderOptions(): Promise<void> {
  await act(async () => {
    render(<OptionsApp />, container);
  });
  await vi.waitFor(() => expect(container.querySelector("#accounts-heading")).not.toBeNull());
}

function status(): string {
  return container.querySelector('[role="status"]')?.textContent ?? "";
}

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement("div");
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe("options page", () => {
  it("adds an account, offering only the types that exist on the platform", async () => {
    await renderOptions();
    click(buttonNamed(container, "Account toevoegen"));

    choose(byLabel<HTMLSelectElement>(container, "Platform"), "linkedin");
    const typeSelect = byLabel<HTMLSelectElement>(container, "Soort account");
    const offered = [...typeSelect.options].map((option) => option.value);
    expect(offered).not.toContain("corporate");
    expect(offered).toEqual(["hybrid", "showcase"]);

    choose(typeSelect, "showcase");
    typeInto(byLabel(container, "Handle"), "@staatssecretaris-vws");
    typeInto(byLabel(container, "Naam van de bewindspersoon"), "Vincent Karremans");
    await act(async () => {
      buttonNamed(container, "Opslaan").click();
    });

    await vi.waitFor(async () =>
      expect((await loadEffectiveConfig()).local.accounts).toEqual([
        { platform: "linkedin", handle: "staatssecretaris-vws", type: "showcase", minister: "Vincent Karremans" },
      ]),
    );
    await vi.waitFor(() => expect(status()).toBe("Account @staatssecretaris-vws opgeslagen."));
    expect(container.querySelector('[data-account="linkedin:staatssecretaris-vws"]')).not.toBeNull();
  });

  it("stores the message markers of a hybrid account", async () => {
    await renderOptions();
    click(buttonNamed(container, "Account toevoegen"));
    choose(byLabel<HTMLSelectElement>(container, "Platform"), "x");
    choose(byLabel<HTMLSelectElement>(container, "Soort account"), "hybrid");
    typeInto(byLabel(container, "Handle"), "fleuragema");
    typeInto(byLabel(container, "Aanduiding partijberichten (bijv. #TeamPVV)"), "#TeamPVV");
    typeInto(byLabel(container, "Aanduiding eigen berichten bewindspersoon (bijv. -FA)"), "-FA");
    await act(async () => {
      buttonNamed(container, "Opslaan").click();
    });
    await vi.waitFor(async () =>
      expect((await loadEffectiveConfig()).local.accounts).toEqual([
        { platform: "x", handle: "fleuragema", type: "hybrid", partyMarker: "#TeamPVV", ministerMarker: "-FA" },
      ]),
    );
  });

  it("ties a missing handle's error to the field and focuses it", async () => {
    await renderOptions();
    click(buttonNamed(container, "Account toevoegen"));
    await act(async () => {
      buttonNamed(container, "Opslaan").click();
    });
    const handle = byLabel<HTMLInputElement>(container, "Handle");
    await vi.waitFor(() => expect(handle.getAttribute("aria-invalid")).toBe("true"));
    expect(handle.getAttribute("aria-describedby")).toContain("account-handle-error");
    expect(container.querySelector("#account-handle-error")?.textContent).toBe("Verplicht.");
    expect(document.activeElement).toBe(handle);
  });

  it("shows managed accounts and rules read-only", async () => {
    await fakeBrowser.storage.managed.set({
      config: {
        version: 1,
        accounts: [{ platform: "x", handle: "MinisterVWS", type: "corporate" }],
        rules: { "bio/webcare": "error" },
      },
    });
    await saveLocalConfig({ version: 1, accounts: [{ platform: "instagram", handle: "ministervws", type: "hybrid" }] });
    await renderOptions();

    const managed = container.querySelector('[data-account="x:ministervws"]');
    expect(managed?.getAttribute("data-managed")).toBe("true");
    expect(managed?.textContent).toContain("beheerd door uw organisatie");
    expect(managed?.querySelector("button")).toBeNull();
    expect(container.querySelector('[data-account="instagram:ministervws"] button')).not.toBeNull();
    expect(container.querySelector<HTMLSelectElement>('[data-rule="bio/webcare"] select')?.disabled).toBe(true);
  });

  it("stores a rule override and shows the rule's guideline quote", async () => {
    await renderOptions();
    const rule = container.querySelector('[data-rule="bio/webcare"]') as HTMLElement;
    expect(rule.querySelector("blockquote")?.textContent?.length).toBeGreaterThan(20);
    choose(rule.querySelector("select") as HTMLSelectElement, "off");
    await vi.waitFor(async () => expect((await loadEffectiveConfig()).local.rules).toEqual({ "bio/webcare": "off" }));
  });

  it("lists import problems with their key paths and changes nothing", async () => {
    await saveLocalConfig({ version: 1, accounts: [{ platform: "x", handle: "MinisterVWS", type: "corporate" }] });
    await renderOptions();
    const textarea = byLabel<HTMLTextAreaElement>(container, "Of plak de JSON hier");
    typeInto(
      textarea,
      JSON.stringify({ version: 1, accounts: [{ platform: "instagram", handle: "a", type: "showcase" }], extra: 1 }),
    );
    await act(async () => {
      buttonNamed(container, "Importeren").click();
    });

    await vi.waitFor(() => expect(container.querySelector("#import-problems")).not.toBeNull());
    const paths = [...container.querySelectorAll("#import-problems [data-path]")].map((item) =>
      item.getAttribute("data-path"),
    );
    expect(paths).toEqual(expect.arrayContaining(["accounts[0].type", "extra"]));
    expect(textarea.getAttribute("aria-describedby")).toBe("import-problems");
    expect(status()).toMatch(/^Niet geïmporteerd/);
    expect((await loadEffectiveConfig()).local.accounts).toEqual([
      { platform: "x", handle: "MinisterVWS", type: "corporate" },
    ]);
  });

  it("switches to English and remembers the choice", async () => {
    await renderOptions();
    const english = container.querySelector<HTMLInputElement>('input[name="language"][value="en"]') as HTMLInputElement;
    await act(async () => {
      english.click();
    });
    await vi.waitFor(() => expect(container.querySelector("h1")?.textContent).toBe("Profielcheck – settings"));
    expect(await languageItem.getValue()).toBe("en");
    expect(buttonNamed(container, "Add account")).toBeDefined();
  });

  it("has no axe violations, with an account form and import problems open", async () => {
    await fakeBrowser.storage.managed.set({
      config: { version: 1, accounts: [{ platform: "x", handle: "MinisterVWS", type: "corporate" }] },
    });
    await renderOptions();
    click(buttonNamed(container, "Account toevoegen"));
    typeInto(byLabel(container, "Of plak de JSON hier"), "{}");
    await act(async () => {
      buttonNamed(container, "Importeren").click();
    });
    await vi.waitFor(() => expect(container.querySelector("#import-problems")).not.toBeNull());

    expect(await axeViolations(container)).toEqual([]);
  });
});
