import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { CheckEvidence } from "@/rules/checklist/evidence-kinds";
import { handleMessage } from "@/utils/background-messages";
import { CHECKLIST_EVIDENCE_KEY, writeChecklistEvidence } from "@/utils/checklist-evidence";
import { recordChecklistEvidence } from "@/utils/checklist-evidence-client";
import { checklistProgressItem, loadChecklist, saveChecklist } from "@/utils/checklist-storage";
import { exportConfigJson, importConfigJson, localConfigItem } from "@/utils/config-storage";

const ACCOUNT = { platform: "x", handle: "MinisterVWS", type: "corporate" } as const;
const PASSING: CheckEvidence = {
  checkedAt: "2026-11-30T09:00:00.000Z",
  url: "https://x.com/MinisterVWS",
  evaluated: ["avatar/rijkslogo-required", "handle/no-party", "handle/office-name"],
  findings: [],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe("checklist storage", () => {
  it("keeps evidence from the live checks apart from ticks, and merges them when read", async () => {
    await writeChecklistEvidence(ACCOUNT, PASSING);
    await saveChecklist({
      version: 1,
      accounts: [
        {
          platform: "x",
          handle: "MinisterVWS",
          ticks: { "new/strategy": { by: "Anna", note: "", at: "2026-11-30" } },
          provenAt: {},
        },
      ],
    });
    const { progress, warnings } = await loadChecklist();
    expect(warnings).toEqual([]);
    expect(progress.accounts).toHaveLength(1);
    expect(progress.accounts[0]?.ticks["new/strategy"]?.by).toBe("Anna");
    expect(progress.accounts[0]?.lastCheck).toEqual(PASSING);
    expect(progress.accounts[0]?.provenAt).toEqual({
      avatar: PASSING.checkedAt,
      handle: PASSING.checkedAt,
    });
    // Saving what the page shows does not write the evidence back (a newer check may have arrived).
    expect((await checklistProgressItem.getValue()).accounts[0]).not.toHaveProperty("lastCheck");
  });

  it("leaves out damaged evidence with a warning", async () => {
    await fakeBrowser.storage.local.set({
      [CHECKLIST_EVIDENCE_KEY]: { "x:ministervws": { lastCheck: "nonsense" }, "myspace:a": PASSING },
    });
    const { progress, warnings } = await loadChecklist();
    expect(progress.accounts).toEqual([]);
    expect(warnings.map((warning) => warning.nl)).toEqual([
      "Bewijs voor x:ministervws is beschadigd en wordt niet gebruikt.",
      "Bewijs voor myspace:a is beschadigd en wordt niet gebruikt.",
    ]);
  });

  it("sends a live check to the background only once the page has settled", async () => {
    const send = vi.spyOn(browser.runtime, "sendMessage").mockResolvedValue(undefined);
    const result = { evaluated: PASSING.evaluated, findings: [], fields: {} as never };
    vi.useFakeTimers();
    try {
      recordChecklistEvidence(ACCOUNT, result, "https://x.com/MinisterVWS");
      recordChecklistEvidence(ACCOUNT, result, "https://x.com/MinisterVWS");
      await vi.advanceTimersByTimeAsync(100);
      expect(send).not.toHaveBeenCalled();
      await vi.runAllTimersAsync();
      expect(send).toHaveBeenCalledTimes(1);
      expect(send.mock.calls[0]?.[0]).toMatchObject({
        type: "profielcheck:record-checklist-evidence",
        account: { platform: "x", handle: "MinisterVWS" },
        evidence: { url: "https://x.com/MinisterVWS", evaluated: PASSING.evaluated, findings: [] },
      });
    } finally {
      vi.useRealTimers();
      send.mockRestore();
    }
  });

  it("stores evidence only from a content script on the account's own platform", async () => {
    const message = {
      type: "profielcheck:record-checklist-evidence",
      account: ACCOUNT,
      evidence: PASSING,
      ruleSettings: {},
    };
    const sender = (host: string) =>
      ({ id: browser.runtime.id, url: `https://${host}/MinisterVWS`, tab: { id: 1 } }) as Browser.runtime.MessageSender;
    expect(handleMessage(message, sender("www.instagram.com"))).toBeUndefined();
    expect(handleMessage(message, { ...sender("x.com"), id: "another-extension" })).toBeUndefined();
    expect((await fakeBrowser.storage.local.get(CHECKLIST_EVIDENCE_KEY))[CHECKLIST_EVIDENCE_KEY]).toBeUndefined();
    await handleMessage(message, sender("x.com"));
    const stored = (await fakeBrowser.storage.local.get(CHECKLIST_EVIDENCE_KEY))[CHECKLIST_EVIDENCE_KEY] as Record<
      string,
      { provenAt: object }
    >;
    expect(stored["x:ministervws"]?.provenAt).toEqual({ avatar: PASSING.checkedAt, handle: PASSING.checkedAt });
  });
});

describe("configuration export and import", () => {
  it("exports the checklist with the configuration, and imports it back", async () => {
    await localConfigItem.setValue({ version: 1, accounts: [ACCOUNT], rules: {}, parties: [], ministries: [] });
    await writeChecklistEvidence(ACCOUNT, PASSING);
    await saveChecklist({
      version: 1,
      cabinetChangeDate: "2026-12-01",
      accounts: [
        {
          platform: "x",
          handle: "MinisterVWS",
          ticks: { "new/strategy": { by: "Anna", note: "", at: "2026-11-30" } },
          provenAt: {},
        },
      ],
    });
    const exported = await exportConfigJson();
    const json = JSON.parse(exported);
    expect(json.checklist.cabinetChangeDate).toBe("2026-12-01");
    expect(json.checklist.accounts[0].lastCheck.checkedAt).toBe(PASSING.checkedAt);

    fakeBrowser.reset();
    expect(await importConfigJson(exported)).toEqual({ ok: true });
    expect(await localConfigItem.getValue()).not.toHaveProperty("checklist");
    const { progress } = await loadChecklist();
    expect(progress.cabinetChangeDate).toBe("2026-12-01");
    expect(progress.accounts[0]?.ticks["new/strategy"]?.by).toBe("Anna");
    expect(progress.accounts[0]?.lastCheck?.checkedAt).toBe(PASSING.checkedAt);
  });

  it("exports no checklist key when there is no progress", async () => {
    expect(JSON.parse(await exportConfigJson())).not.toHaveProperty("checklist");
  });

  it("rejects an import with a bad checklist, naming where, and changes nothing", async () => {
    const result = await importConfigJson(
      JSON.stringify({
        version: 1,
        checklist: {
          version: 1,
          accounts: [{ platform: "x", handle: "a", ticks: { "new/strategy": { by: "", at: "2026-11-30" } } }],
        },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual(['checklist.accounts[0].ticks["new/strategy"].by']);
    expect((await loadChecklist()).progress.accounts).toEqual([]);
  });
});
