/**
 * The content script's side of the popup: the popup asks the active tab what its check found, for
 * the review report, or to show the panel. Anything else gets no answer.
 */
import type { TabState } from "../protocol";
import { GET_REPORT_MESSAGE, GET_STATE_MESSAGE, SHOW_PANEL_MESSAGE } from "../protocol-client";

export interface PopupAnswers {
  /** The state of the check, or null while the page is not one the extension works on. */
  state(): TabState | null;
  report(): Promise<string | null>;
  showPanel(): void;
}

/** A `runtime.onMessage` listener that answers the popup's requests from `answers`. */
export function popupResponder(answers: PopupAnswers) {
  return (message: unknown): Promise<TabState | string | null> | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === SHOW_PANEL_MESSAGE) {
      answers.showPanel();
      return undefined;
    }
    if (type === GET_REPORT_MESSAGE) return answers.report();
    if (type !== GET_STATE_MESSAGE) return undefined;
    const state = answers.state();
    return state ? Promise.resolve(state) : undefined;
  };
}
