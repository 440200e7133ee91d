/**
 * The content scripts' side of the protocol (utils/protocol.ts), kept free of zod so that their
 * bundles stay small: the names of the popup's messages and the one function that asks the
 * background. Types only come from the protocol's schemas.
 */
import type { BackgroundProtocol, RequestOf, ResponseOf, TabProtocol } from "./protocol";

// The popup's messages by name (checked against the protocol's names), for the content script's responder.
export const GET_STATE_MESSAGE = "profielcheck:get-state" satisfies keyof TabProtocol;
export const SHOW_PANEL_MESSAGE = "profielcheck:show-panel" satisfies keyof TabProtocol;
export const GET_REPORT_MESSAGE = "profielcheck:get-report" satisfies keyof TabProtocol;

/** Sends a request to the background; the answer is trusted (it comes from this extension). */
export function sendToBackground<Name extends keyof BackgroundProtocol>(
  name: Name,
  request: RequestOf<BackgroundProtocol, Name>,
): Promise<ResponseOf<BackgroundProtocol, Name>> {
  return browser.runtime.sendMessage({ ...request, type: name });
}
