// @vitest-environment happy-dom
/**
 * The composers on the saved pages, in Dutch and English UI: the editor is found from the focus
 * target, a new post is told from a reply, the message answered and the writing account are read,
 * and every selector key matches some fixture (no dead selectors).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Platform } from "@/rules/vocabulary";
import { messageText } from "@/utils/composer/edit-text";
import { COMPOSER_SELECTORS } from "@/utils/composer/selectors";
import { findEditor, readComposer } from "@/utils/composer/sites";

function load(fixture: string): Document {
  const html = readFileSync(`tests/fixtures/pages/${fixture}`, "utf8");
  return new DOMParser().parseFromString(html, "text/html");
}

interface ComposerFixture {
  fixture: string;
  platform: Platform;
  /** Which editor on the page (several pages hold a post box and a comment box). */
  editor: string;
  kind: "post" | "reply";
  inReplyTo: string | null;
  writer: string;
}

const CITIZEN_QUESTION =
  "@MinisterVWS Wanneer komt de nieuwe regeling voor mantelzorgers? En stemt u op 29 oktober op de PVV?";

const FIXTURES: ComposerFixture[] = ["nl", "en"].flatMap((lang) => [
  {
    fixture: `x/compose-post.${lang}.html`,
    platform: "x",
    editor: '[data-testid="tweetTextarea_0"]',
    kind: "post",
    inReplyTo: null,
    writer: "MinisterVWS",
  },
  {
    fixture: `x/reply.${lang}.html`,
    platform: "x",
    editor: '[data-testid="tweetTextarea_0"]',
    kind: "reply",
    inReplyTo: CITIZEN_QUESTION,
    writer: "MinisterVWS",
  },
  {
    fixture: `linkedin/feed-compose.${lang}.html`,
    platform: "linkedin",
    editor: '[role="dialog"] .ql-editor',
    kind: "post",
    inReplyTo: null,
    writer: "fleur-agema",
  },
  {
    fixture: `linkedin/feed-compose.${lang}.html`,
    platform: "linkedin",
    editor: ".comments-comment-box .ql-editor",
    kind: "reply",
    inReplyTo: "Mooi bezoek van de minister aan ons zorgcentrum vandaag!",
    writer: "fleur-agema",
  },
  {
    fixture: `instagram/post-comment.${lang}.html`,
    platform: "instagram",
    editor: "form textarea",
    kind: "reply",
    inReplyTo:
      lang === "nl"
        ? "Dank aan minister Agema voor het bezoek! Wanneer komt er meer geld voor de zorg?"
        : "Thanks to minister Agema for the visit! When will there be more money for care?",
    writer: "ministervws",
  },
  {
    fixture: `instagram/create-caption.${lang}.html`,
    platform: "instagram",
    editor: '[role="dialog"] [contenteditable="true"]',
    kind: "post",
    // The dialog's own heading stands above the caption; it is not a message being answered.
    inReplyTo: null,
    writer: "ministervws",
  },
]);

describe("composers on the saved pages", () => {
  it.each(FIXTURES.map((entry) => [`${entry.fixture} ${entry.editor}`, entry] as const))("%s", (_, entry) => {
    const document = load(entry.fixture);
    const target = document.querySelector<HTMLElement>(entry.editor);
    expect(target).not.toBeNull();
    // Focus lands on the editor or on an element inside it (a Draft.js block, a Quill paragraph).
    const inner = target?.querySelector("span, p") ?? target;
    const editor = findEditor(entry.platform, inner ?? null);
    expect(editor).toBe(target);
    const read = readComposer(entry.platform, editor as HTMLElement);
    expect(read.kind).toBe(entry.kind);
    expect(read.inReplyTo).toBe(entry.inReplyTo);
    expect(read.writer).toBe(entry.writer);
    expect(messageText(editor as HTMLElement)).toBe("");
  });

  it("ignores focus outside any composer (the profile edit fields, the page body)", () => {
    const document = load("x/edit-profile.nl.html");
    expect(findEditor("x", document.querySelector('textarea[name="description"]'))).toBeNull();
    expect(findEditor("x", document.body)).toBeNull();
    expect(findEditor("facebook", document.body)).toBeNull();
  });

  it("has no selector that matches nothing on every saved page of its platform", () => {
    for (const [platform, selectors] of Object.entries(COMPOSER_SELECTORS)) {
      const documents = FIXTURES.filter((entry) => entry.platform === platform).map((entry) => load(entry.fixture));
      const keys = Object.values(selectors).flat();
      const dead = keys.filter((selector) => documents.every((document) => !document.querySelector(selector)));
      expect(dead, `${platform}: selectors that match no fixture`).toEqual([]);
    }
  });
});

describe("the message text", () => {
  it("joins Draft.js blocks and rich-text paragraphs with line breaks, as the writer sees them", () => {
    const document = new DOMParser().parseFromString(
      `<div id="draft" contenteditable="true"><div data-contents="true">
        <div data-block="true"><div><span><span data-text="true">Eerste regel</span></span></div></div>
        <div data-block="true"><div><span><span data-text="true">#MinVWS</span></span></div></div></div></div>
       <div id="quill" contenteditable="true"><p>Hallo <strong>jij</strong></p><p>daar</p></div>`,
      "text/html",
    );
    expect(messageText(document.getElementById("draft") as HTMLElement)).toBe("Eerste regel\n#MinVWS");
    expect(messageText(document.getElementById("quill") as HTMLElement)).toBe("Hallo jij\ndaar");
  });
});
