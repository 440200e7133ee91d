import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { SCENARIOS } from "@/components/playground/scenarios";
import { checkCase } from "@/rules/engine";
import { renderReviewReportBody } from "@/rules/report/html";
import { handleMessage } from "@/utils/background-messages";
import { loadLastReport } from "@/utils/report-store";

const FROM_X = { id: fakeBrowser.runtime.id, url: "https://x.com/settings/profile", tab: { id: 3 } };

function reportCase() {
  const scenario = SCENARIOS.find((each) => each.id === "corporate-party-hashtag");
  if (!scenario) throw new Error("scenario");
  return { ...scenario.case, result: checkCase(scenario.case, { lang: "nl" }) };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, "getManifest").mockReturnValue({ manifest_version: 3, name: "p", version: "0.1.0" });
});

describe("the printable report's store", () => {
  it("is empty until a report was rendered", async () => {
    expect(await loadLastReport()).toBeNull();
  });

  it("keeps the case the background rendered last, for the report page", async () => {
    const markdown = await handleMessage(
      { type: "profielcheck:render-report", lang: "nl", reportCase: reportCase() },
      FROM_X,
    );
    expect(markdown).toMatch(/^# Profielcheck-rapport/);
    const stored = await loadLastReport();
    expect(stored?.lang).toBe("nl");
    expect(stored?.cases).toHaveLength(1);
    expect(
      renderReviewReportBody(
        stored ?? { cases: [], lang: "nl", generatedAt: new Date(), rulePackVersion: "", guidelineVersion: "" },
      ),
    ).toContain("Geen partijpolitieke verwijzing in de bio");
  });

  it("reads nothing from a stored value of another shape", async () => {
    await fakeBrowser.storage.session.set({ lastReviewReport: { lang: "fr" } });
    expect(await loadLastReport()).toBeNull();
  });
});
