/**
 * Replacing a range of a message through the editor's own editing path, so the site's editor
 * (Draft.js, Quill, ProseMirror, Lexical or a plain textarea) sees an ordinary edit and its own
 * Ctrl+Z undoes it. Offsets are UTF-16 offsets into `messageText`, the text the engine checked.
 */
import { fieldValue } from "../platforms/read";

/** Blocks that stand for one line each: Draft.js blocks, and the paragraphs of Quill, ProseMirror and Lexical. */
const LINE_BLOCKS = '[data-block="true"], p';

interface TextPosition {
  node: Text;
  /** Offset of the node's first character in the message text. */
  start: number;
}

/** The message as the writer sees it, lines joined with "\n", and where each text node stands in it. */
function layoutText(editor: HTMLElement): { text: string; positions: TextPosition[] } {
  const blocks = Array.from(editor.querySelectorAll<HTMLElement>(LINE_BLOCKS)).filter(
    // Only the outermost blocks are lines (Draft.js nests its block content in further elements).
    (block) => !block.parentElement?.closest(LINE_BLOCKS) || block.parentElement === editor,
  );
  const roots = blocks.length > 0 ? blocks : [editor];
  const positions: TextPosition[] = [];
  let text = "";
  roots.forEach((root, index) => {
    if (index > 0) text += "\n";
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      positions.push({ node: node as Text, start: text.length });
      text += node.nodeValue ?? "";
    }
  });
  return { text, positions };
}

export function messageText(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
  return editor.isContentEditable ? layoutText(editor).text : fieldValue(editor);
}

function domPoint(positions: readonly TextPosition[], offset: number): { node: Text; offset: number } | null {
  for (let index = positions.length - 1; index >= 0; index--) {
    const position = positions[index] as TextPosition;
    if (position.start <= offset) {
      const length = position.node.nodeValue?.length ?? 0;
      return offset - position.start <= length ? { node: position.node, offset: offset - position.start } : null;
    }
  }
  return null;
}

/**
 * Replaces [start, end) of the message with `replacement` as a typed edit. Returns false (and
 * changes nothing) when the range cannot be placed in the editor.
 */
export function replaceMessageRange(editor: HTMLElement, start: number, end: number, replacement: string): boolean {
  const document = editor.ownerDocument;
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.focus();
    editor.setSelectionRange(start, end);
  } else {
    const { positions } = layoutText(editor);
    const from = domPoint(positions, start);
    const to = domPoint(positions, end);
    if (!from || !to) return false;
    editor.focus();
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  // execCommand is deprecated but still the one way to edit as the user would, undo stack included.
  return replacement === "" ? document.execCommand("delete") : document.execCommand("insertText", false, replacement);
}
