/**
 * Checking posts and replies while they are written. One `focusin` listener per page is all the
 * work done until a person focuses a message box of the platform (no observer, no timer); from then
 * on the message is checked on every input event and a small card stands by the box, until the box
 * goes away. Only accounts in the configuration (or chosen in the profile panel) are checked: a
 * message from any other account gets no card.
 */
import { render } from "preact";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createShadowRootUi, type ShadowRootContentScriptUi } from "wxt/utils/content-script-ui/shadow-root";
import { ComposerCard } from "@/components/composer/ComposerCard";
import { COMPOSER_CSS } from "@/components/composer/composer-styles";
import type { CheckOptions } from "@/rules/engine";
import type { MessageCheckResult } from "@/rules/message-engine";
import type { Account, Language, MessageFinding } from "@/rules/schema";
import type { Platform, Role } from "@/rules/vocabulary";
import type { ConfigClient } from "../config-client";
import { messageText, replaceMessageRange } from "./edit-text";
import { lastRole, rememberRole } from "./role-store";
import { type ComposerRead, composerSelectors, findEditor, readComposer } from "./sites";

/** What the engine is asked about one message. */
export interface MessageToCheck {
  kind: ComposerRead["kind"];
  account: Account;
  text: string;
  /** Null on a hybrid account until the writer chooses; corporate and showcase write as the ministry. */
  role: Role | null;
  inReplyTo: string | null;
  lang: Language;
}

/** What the card shows of a check: the findings, and the rules that could not run with why. */
export type MessageChecker = (
  message: MessageToCheck,
  options: CheckOptions,
) => Pick<MessageCheckResult, "findings" | "notEvaluated">;

interface ActiveComposer {
  read: ComposerRead;
  account: Account;
  writer: string;
  role: Role | null;
  /** The text before the last fix, for the card's undo. */
  undoText: string | null;
  /** Ends every listener of this composer. */
  listeners: AbortController;
}

export function startComposerCheck(
  ctx: ContentScriptContext,
  platform: Platform,
  configClient: () => Promise<ConfigClient>,
  checkMessage: MessageChecker,
): void {
  if (!composerSelectors(platform)) return;
  let active: ActiveComposer | null = null;
  let ui: ShadowRootContentScriptUi<void> | null = null;

  function detach(): void {
    active?.listeners.abort();
    active = null;
    ui?.remove();
    ui = null;
  }

  async function attach(editor: HTMLElement): Promise<void> {
    const read = readComposer(platform, editor);
    const config = await configClient();
    const resolved = read.writer ? config.resolve(platform, read.writer) : null;
    if (!ctx.isValid || !read.writer || !resolved) return;
    const roleChoice = resolved.account.type === "hybrid";
    const role = roleChoice ? await lastRole(platform, read.writer) : null;
    if (!ctx.isValid || !editor.isConnected) return;
    detach();
    const listeners = new AbortController();
    active = { read, account: resolved.account, writer: read.writer, role, undoText: null, listeners };
    const options = { signal: listeners.signal };
    editor.addEventListener("input", () => update(), options);
    // The box goes away when the message is sent or the dialog closes: the card goes with it.
    editor.addEventListener("focusout", () => requestAnimationFrame(() => editor.isConnected || detach()), options);
    window.addEventListener("scroll", () => place(), { ...options, capture: true, passive: true });
    window.addEventListener("resize", () => place(), { ...options, passive: true });
    await mountCard();
    update();
  }

  async function mountCard(): Promise<void> {
    const created = await createShadowRootUi(ctx, {
      name: "profielcheck-composer",
      position: "inline",
      anchor: "body",
      append: "last",
      css: COMPOSER_CSS,
      isolateEvents: true,
      onMount: () => undefined,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    if (!active || !ctx.isValid) return;
    created.mount();
    ui = created;
  }

  /** Puts the card just below the message box, inside the viewport. */
  function place(): void {
    if (!active || !ui) return;
    const box = active.read.editor.getBoundingClientRect();
    const host = ui.shadowHost as HTMLElement;
    const top = Math.min(box.bottom + 8, window.innerHeight - 120);
    host.style.setProperty("--profielcheck-top", `${Math.max(8, top)}px`);
    host.style.setProperty("--profielcheck-left", `${Math.max(8, Math.min(box.left, window.innerWidth - 380))}px`);
  }

  /** Actions that change the message or what is stored must come from the person, not a page script. */
  function trusted(event: Event): boolean {
    return event.isTrusted;
  }

  function chooseRole(role: Role, event: Event): void {
    if (!active || !trusted(event)) return;
    active.role = role;
    void rememberRole(platform, active.writer, role);
    update();
  }

  function applyFix(finding: MessageFinding, event: Event): void {
    if (!active || !trusted(event) || finding.fix?.type !== "replace") return;
    const before = messageText(active.read.editor);
    if (replaceMessageRange(active.read.editor, finding.fix.start, finding.fix.end, finding.fix.text)) {
      active.undoText = before;
    }
    update();
  }

  function undoFix(event: Event): void {
    if (!active || !trusted(event) || active.undoText === null) return;
    const editor = active.read.editor;
    replaceMessageRange(editor, 0, messageText(editor).length, active.undoText);
    active.undoText = null;
    update();
  }

  async function update(): Promise<void> {
    if (!active || !ui) return;
    const config = await configClient();
    if (!active || !ui) return;
    const lang = config.language();
    const text = messageText(active.read.editor);
    const message = {
      kind: active.read.kind,
      account: active.account,
      text,
      role: active.role,
      inReplyTo: active.read.inReplyTo,
      lang,
    };
    const { findings, notEvaluated } = checkMessage(message, config.checkOptions(lang));
    place();
    render(
      <ComposerCard
        lang={lang}
        account={active.account}
        kind={active.read.kind}
        writer={active.writer}
        text={text}
        findings={findings}
        notChecked={notEvaluated}
        messageRole={active.role}
        roleChoice={active.account.type === "hybrid"}
        canUndo={active.undoText !== null}
        onRole={chooseRole}
        onFix={applyFix}
        onUndo={undoFix}
      />,
      ui.uiContainer,
    );
  }

  ctx.addEventListener(
    document,
    "focusin",
    (event) => {
      const editor = findEditor(platform, event.composedPath()[0] ?? event.target);
      if (editor && editor !== active?.read.editor) void attach(editor);
    },
    { capture: true },
  );
  ctx.onInvalidated(detach);
}
