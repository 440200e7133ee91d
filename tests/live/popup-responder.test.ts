import { describe, expect, it, vi } from "vitest";
import { popupResponder } from "@/utils/live/popup-responder";
import type { TabState } from "@/utils/protocol";
import { GET_REPORT_MESSAGE, GET_STATE_MESSAGE, SHOW_PANEL_MESSAGE } from "@/utils/protocol-client";

const STATE = { platform: "x", pageKind: "edit" } as TabState;

function responder(state: TabState | null = STATE) {
  const answers = { state: () => state, report: vi.fn(async () => "# Rapport"), showPanel: vi.fn() };
  return { answers, respond: popupResponder(answers) };
}

describe("popupResponder", () => {
  it("answers the state, the report, and shows the panel (which needs no answer)", async () => {
    const { answers, respond } = responder();
    expect(await respond({ type: GET_STATE_MESSAGE })).toBe(STATE);
    expect(await respond({ type: GET_REPORT_MESSAGE })).toBe("# Rapport");
    expect(respond({ type: SHOW_PANEL_MESSAGE })).toBeUndefined();
    expect(answers.showPanel).toHaveBeenCalledTimes(1);
  });

  it("does not answer on a page it does not work on, nor anything else", () => {
    expect(responder(null).respond({ type: GET_STATE_MESSAGE })).toBeUndefined();
    const { answers, respond } = responder();
    for (const message of [null, "profielcheck:get-state", { type: "profielcheck:badge" }, {}]) {
      expect(respond(message)).toBeUndefined();
    }
    expect(answers.report).not.toHaveBeenCalled();
    expect(answers.showPanel).not.toHaveBeenCalled();
  });
});
