/**
 * Writing a value into a site's field so that the site registers it, and only ever on the user's
 * click: the native value setter plus input/change events for inputs and textareas (React, Ember
 * and the like listen to those), an editing command for contenteditable editors (ProseMirror,
 * Lexical and Quill listen to beforeinput/input from the browser's own editing).
 */
export function isWritable(element: HTMLElement): boolean {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    return !element.disabled && !element.readOnly;
  }
  return element.isContentEditable;
}

export function writeValue(element: HTMLElement, value: string): void {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    const prototype = element instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
    const setValue = Object.getOwnPropertyDescriptor(prototype, "value")?.set;
    if (setValue) setValue.call(element, value);
    else element.value = value;
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.dispatchEvent(new Event("change", { bubbles: true }));
    return;
  }
  if (element.isContentEditable) {
    element.focus();
    const selection = element.ownerDocument.getSelection();
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    selection?.removeAllRanges();
    selection?.addRange(range);
    // execCommand is deprecated but still the one way to edit as the user would, undo stack included.
    element.ownerDocument.execCommand("insertText", false, value);
  }
}
