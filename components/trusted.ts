/**
 * Runs `handler` only for an event a person caused. The shadow root is open, so a page script can
 * click the panel's buttons or submit its form; its events have `isTrusted` false, a property it
 * cannot forge. (happy-dom, in the DOM tests, leaves the property undefined.)
 */
export function fromPerson<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted === false) return;
    handler(event);
  };
}
