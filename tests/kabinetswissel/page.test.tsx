// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { KabinetswisselApp } from "@/components/kabinetswissel/KabinetswisselApp";
import { evidenceFromResult } from "@/rules/checklist/evidence";
import type { OrgConfigInput } from "@/rules/config/schema";
import { checkCase } from "@/rules/engine";
import type { Account, Profile } from "@/rules/schema";
import { writeChecklistEvidence } from "@/utils/checklist-evidence";
import { checklistProgressItem } from "@/utils/checklist-storage";
import { saveLocalConfig } from "@/utils/config-storage";
import { languageItem } from "@/utils/storage";
import { axeViolations, buttonNamed, byLabel, click, typeInto } from "../options/dom-helpers";

const X_ACCOUNT = {
  platform: "x",
  handle: "MinisterVWS",
  type: "corporate",
  ministry: "VWS",
  ministryHandle: "MinVWS",
  minister: "Fleur Agema",
} as const;
const CONFIG: OrgConfigInput = {
  version: 1,
  accounts: [X_ACCOUNT, { platform: "instagram", handle: "minpres", type: "corporate", ministry: "AZ" }],
};

const CLEAN: Profile = {
  displayName: "Fleur Agema",
  handle: "MinisterVWS",
  avatar: "avatar.jpg",
  bio: "Minister van Volksgezondheid, Welzijn en Sport. Redactie: directie Communicatie @MinVWS. Webcare op werkdagen 9-17 uur.",
  links: ["https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema"],
  verified: true,
};

async function recordLiveCheck(logo: "present" | "absent", checkedAt: string): Promise<void> {
  const account: Account = { ...X_ACCOUNT };
  const result = checkCase(
    { account, profile: CLEAN },
    { avatar: { status: "analysed", detection: { outcome: logo, confidence: 0.9 } } },
  );
  await writeChecklistEvidence(
    { ...account, handle: "MinisterVWS" },
    evidenceFromResult(result, checkedAt, "https://x.com/MinisterVWS"),
  );
}

let container: HTMLElement;
const NOW = () => new Date(2026, 10, 30, 10, 0);

async function renderPage(): Promise<void> {
  await act(async () => {
    render(<KabinetswisselApp now={NOW} />, container);
  });
  await vi.waitFor(() => expect(container.querySelector("article.account")).not.toBeNull());
}

function step(id: string, account = "x:ministervws"): HTMLElement {
  const element = container.querySelector(`[data-account="${account}"] [data-step="${id}"]`);
  if (!element) throw new Error(`no step ${id} for ${account}`);
  return element as HTMLElement;
}

function status(): string {
  return container.querySelector('[role="status"]')?.textContent ?? "";
}

beforeEach(async () => {
  fakeBrowser.reset();
  await saveLocalConfig(CONFIG);
  container = document.createElement("div");
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe("Kabinetswissel page", () => {
  it("shows the checklist per ministry and account, in Dutch, with the guideline's lines", async () => {
    await renderPage();
    expect(container.querySelector("h1")?.textContent).toBe("Kabinetswissel");
    expect([...container.querySelectorAll("h2")].map((h) => h.textContent)).toEqual(["VWS", "AZ"]);
    expect(step("new/avatar").textContent).toContain(
      "In geval van corporate beheer: Aanpassen profielfoto naar Rijksoverheid profielfoto",
    );
    expect(step("new/avatar").dataset.state).toBe("open");
    // Meta: the name swap instead of emptying the account; X: emptying, after archiving.
    expect(step("old/meta-name-swap", "instagram:minpres")).toBeTruthy();
    expect(container.querySelector('[data-account="x:ministervws"] [data-step="old/meta-name-swap"]')).toBeNull();
    expect(step("old/delete-posts").dataset.state).toBe("blocked");
  });

  it("ticks the profile-picture step from a passing live check, and un-ticks it when a later check fails", async () => {
    await recordLiveCheck("present", "2026-11-30T09:00:00.000Z");
    await renderPage();
    await vi.waitFor(() => expect(step("new/avatar").dataset.state).toBe("done"));
    expect(step("new/avatar").textContent).toContain("Afgevinkt op basis van de controle van 2026-11-30T09:00:00.000Z");
    expect(step("new/bio").dataset.state).toBe("done");

    await act(async () => {
      await recordLiveCheck("absent", "2026-12-01T09:00:00.000Z");
    });
    await vi.waitFor(() => expect(step("new/avatar").dataset.state).toBe("open"));
    expect(step("new/avatar").textContent).toContain(
      "Eerder in orde (controle van 2026-11-30T09:00:00.000Z), nu niet meer.",
    );
    expect(step("new/avatar").textContent).toContain("avatar/rijkslogo-required");
  });

  it("ticks a step by hand with a name and a note, stores it, and can untick it", async () => {
    await renderPage();
    const strategy = step("new/strategy");
    click(buttonNamed(strategy, "Afvinken: Socialemediastrategie besproken"));
    expect(strategy.textContent).toContain("Vul uw naam in.");
    typeInto(byLabel(strategy, "Uw naam"), "Anna de Vries");
    typeInto(byLabel(strategy, "Notitie (optioneel)"), "Gesprek op 28 november");
    await act(async () => {
      buttonNamed(strategy, "Afvinken: Socialemediastrategie besproken").click();
    });
    await vi.waitFor(() => expect(step("new/strategy").dataset.state).toBe("done"));
    expect(step("new/strategy").textContent).toContain(
      "Afgevinkt door Anna de Vries op 2026-11-30. Gesprek op 28 november",
    );
    await vi.waitFor(() => expect(status()).toBe("Stap 'Socialemediastrategie besproken' afgevinkt."));
    const stored = await checklistProgressItem.getValue();
    expect(stored.accounts[0]?.ticks["new/strategy"]).toEqual({
      by: "Anna de Vries",
      note: "Gesprek op 28 november",
      at: "2026-11-30",
    });

    await act(async () => {
      buttonNamed(step("new/strategy"), "Vinkje weghalen: Socialemediastrategie besproken").click();
    });
    await vi.waitFor(() => expect(step("new/strategy").dataset.state).toBe("open"));
  });

  it("opens the RDDI step when archiving is not arranged, and emptying waits until it is", async () => {
    await renderPage();
    await act(async () => {
      buttonNamed(step("old/archiving"), "Nee, nog niet geregeld").click();
    });
    await vi.waitFor(() => expect(step("old/rddi")).toBeTruthy());
    typeInto(byLabel(step("old/archiving"), "Uw naam"), "Anna");
    await act(async () => {
      buttonNamed(step("old/archiving"), "Afvinken: Archivering geregeld").click();
    });
    await vi.waitFor(() => expect(step("old/delete-posts").dataset.state).toBe("open"));
  });

  it("checks the Meta name-swap form and writes the text for the RVD", async () => {
    await renderPage();
    const swap = step("old/meta-name-swap", "instagram:minpres");
    typeInto(byLabel(swap, "URL van het huidige account"), "https://www.instagram.com/minpres/");
    typeInto(byLabel(swap, "URL van het nieuw aangemaakte archiefaccount"), "https://x.com/minpresrutte");
    typeInto(byLabel(swap, "Naam van het archiefaccount (bijvoorbeeld @minpresrutte)"), "@minpresrutte");
    await act(async () => {
      buttonNamed(swap, "Controleren en tekst maken").click();
    });
    expect(swap.textContent).toContain("x.com is geen Instagram-adres.");
    expect(byLabel(swap, "URL van het nieuw aangemaakte archiefaccount").getAttribute("aria-invalid")).toBe("true");
    expect(swap.querySelector("textarea")).toBeNull();

    typeInto(byLabel(swap, "URL van het nieuw aangemaakte archiefaccount"), "https://www.instagram.com/minpresrutte/");
    await act(async () => {
      buttonNamed(swap, "Controleren en tekst maken").click();
    });
    const text = byLabel<HTMLTextAreaElement>(swap, "Tekst voor de RVD").value;
    expect(text).toContain("naamwissel bij Meta aan voor het Instagram-account @minpres");
    expect(text).toContain("Datum: 2026-11-30");
    expect(status()).toBe("Gegevens gecontroleerd; de tekst voor de RVD staat klaar.");
  });

  it("shows what the organisation pre-filled by policy", async () => {
    await fakeBrowser.storage.managed.set({
      config: {
        version: 1,
        checklist: {
          version: 1,
          cabinetChangeDate: "2026-12-01",
          accounts: [
            { platform: "x", handle: "MinisterVWS", ticks: { "new/passwords": { by: "DCOM", at: "2026-11-20" } } },
          ],
        },
      },
    });
    await renderPage();
    await vi.waitFor(() => expect(step("new/passwords").dataset.state).toBe("done"));
    expect(step("new/passwords").textContent).toContain("Afgevinkt door DCOM op 2026-11-20.");
    expect(byLabel<HTMLInputElement>(container, "Datum van de kabinetswissel (beëdiging)").value).toBe("2026-12-01");
  });

  it("is available in English", async () => {
    await languageItem.setValue("en");
    await renderPage();
    await vi.waitFor(() => expect(container.querySelector("h1")?.textContent).toBe("Change of cabinet"));
    expect(step("new/avatar").textContent).toContain("Rijksoverheid profile picture");
  });

  it("says so when the configuration has no accounts", async () => {
    await saveLocalConfig({ version: 1 });
    await act(async () => {
      render(<KabinetswisselApp now={NOW} />, container);
    });
    await vi.waitFor(() => expect(container.textContent).toContain("Er staan nog geen accounts in de configuratie."));
  });

  it("has no axe violations", async () => {
    await recordLiveCheck("absent", "2026-11-30T09:00:00.000Z");
    await renderPage();
    const violations = await axeViolations(container);
    expect(violations.map((violation) => [violation.id, violation.nodes.map((node) => node.html)])).toEqual([]);
    // axe over the whole page takes seconds in happy-dom on a busy machine: a generous limit, no timing claim.
  }, 60_000);
});
