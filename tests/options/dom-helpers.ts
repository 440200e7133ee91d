/** Small helpers for driving preact components in happy-dom the way a user would. */
import axe from "axe-core";
import { act } from "preact/test-utils";

export function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    control.value = value;
    control.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

export function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

export function click(element: Element): void {
  act(() => {
    (element as HTMLElement).click();
  });
}

export function byLabel<T extends HTMLElement>(container: HTMLElement, label: string): T {
  const labelElement = [...container.querySelectorAll("label")].find(
    (each) => each.textContent?.trim() === label || each.textContent?.trim().startsWith(`${label} `),
  );
  const control = labelElement?.htmlFor ? container.ownerDocument.getElementById(labelElement.htmlFor) : null;
  if (!control) throw new Error(`no control labelled "${label}"`);
  return control as T;
}

export function buttonNamed(container: HTMLElement, name: string): HTMLButtonElement {
  const button = [...container.querySelectorAll("button")].find(
    (each) => (each.getAttribute("aria-label") ?? each.textContent?.trim()) === name,
  );
  if (!button) throw new Error(`no button "${name}"`);
  return button;
}

/**
 * axe-core's violations in `container`. happy-dom does no layout or colour computation, so the
 * colour-contrast rule cannot run there and is disabled; the style sheets' colours are chosen and
 * documented for AA contrast instead.
 */
export async function axeViolations(container: HTMLElement): Promise<axe.Result[]> {
  const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  return results.violations;
}
