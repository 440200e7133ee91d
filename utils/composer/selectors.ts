/**
 * Where the message editors (composers) stand on each platform, kept apart from the logic that
 * uses them. Every selector's evidence is in docs/research/composers.md; the fixture
 * pages under tests/fixtures/pages/<platform>/compose-*.html and reply-*.html must match them
 * (tests/composer/sites.test.ts).
 */
import type { Platform } from "@/rules/vocabulary";

export interface ComposerSelectors {
  /** The editable element a person types the message into, most specific first. */
  editors: readonly string[];
  /** Containers that hold a reply or comment editor together with the message it answers. */
  replyContainers: readonly string[];
  /** Inside a reply container: the text of the message being answered. */
  answeredText: readonly string[];
  /** Links whose path names the signed-in account (the writer). */
  writerLinks: readonly string[];
}

/**
 * Facebook is not listed yet: its composer is a Lexical editor
 * (`[contenteditable][role=textbox][data-lexical-editor=true]`), but which profile or Page writes is
 * only shown in a switcher whose markup we have no evidence for, and a message is checked only when
 * the writer is known (docs/research/composers.md).
 */
export const COMPOSER_SELECTORS: Readonly<Partial<Record<Platform, ComposerSelectors>>> = {
  x: {
    // Draft.js editor: div[contenteditable][role=textbox][data-testid=tweetTextarea_0] (also _1, _2 in threads).
    editors: ['[data-testid^="tweetTextarea_"][contenteditable="true"]'],
    // The reply dialog shows the post it answers; on a post's own page the focal post stands above the inline reply box.
    replyContainers: ['[role="dialog"]', '[data-testid="primaryColumn"]'],
    answeredText: ['article[data-testid="tweet"] [data-testid="tweetText"]'],
    writerLinks: ['a[data-testid="AppTabBar_Profile_Link"]'],
  },
  instagram: {
    // Comment box: a textarea; new-post caption: a Lexical editor in the "create" dialog.
    editors: [
      'form textarea[aria-label*="opmerking" i]',
      'form textarea[aria-label*="comment" i]',
      '[role="dialog"] [contenteditable="true"][aria-label*="bijschrift" i]',
      '[role="dialog"] [contenteditable="true"][aria-label*="caption" i]',
    ],
    // A post opened in a dialog still stands in its own article; the "create" dialog has none.
    replyContainers: ["article"],
    answeredText: ['h1[dir="auto"]'],
    // The side bar's own-profile link: <a href="/<username>/"> around "Profielfoto van <username>".
    writerLinks: [
      'a[href^="/"]:has(img[alt^="Profielfoto van" i])',
      `a[href^="/"]:has(img[alt$="'s profile picture" i])`,
    ],
  },
  linkedin: {
    // Quill (.ql-editor) in older builds, TipTap/ProseMirror in newer ones; both are role=textbox.
    editors: [
      '.share-creation-state__text-editor [contenteditable="true"]',
      '.comments-comment-box [contenteditable="true"]',
      '.comments-comment-texteditor [contenteditable="true"]',
      '[role="dialog"] [role="textbox"][contenteditable="true"]',
    ],
    replyContainers: ["[data-urn]", ".feed-shared-update-v2"],
    answeredText: [".update-components-text", ".feed-shared-update-v2__description"],
    writerLinks: ['.feed-identity-module a[href*="/in/"]'],
  },
};
