/**
 * The playground page's styles. Contrast meets WCAG AA in normal mode and AAA in presentation
 * mode (black on white, #154273 on white 10.2:1); focus is always visible. The print stylesheet
 * prints the report alone.
 */
import { FULLWIDTH_FAMILY, FULLWIDTH_FONT_CSS } from "./fonts";

export const PLAYGROUND_CSS = `${FULLWIDTH_FONT_CSS}
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 "${FULLWIDTH_FAMILY}", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #f3f5f8; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px; z-index: 2; }
.top { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; justify-content: space-between; background: #154273; color: #fff; padding: 10px 16px; }
.top h1 { font-size: 22px; margin: 0; }
.top .actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.top button, .top label { color: #fff; }
.top button { background: transparent; border: 1px solid #fff; }
.top button[aria-pressed="true"] { background: #fff; color: #154273; }
main { display: grid; grid-template-columns: minmax(220px, 300px) minmax(320px, 1fr) minmax(320px, 420px); gap: 16px; padding: 16px; align-items: start; }
@media (max-width: 1100px) { main { grid-template-columns: 1fr; } }
.side { display: flex; flex-direction: column; gap: 16px; }
section.card { background: #fff; border: 1px solid #c4c4c4; border-radius: 8px; padding: 12px 16px; }
h2 { font-size: 18px; margin: 0 0 8px; color: #154273; }
h3 { font-size: 16px; margin: 12px 0 4px; }
.intro { margin: 0; padding: 8px 16px 0; }
.shortcuts { margin: 4px 0 0; font-size: 14px; }
button { font: inherit; cursor: pointer; border: 1px solid #154273; background: #fff; color: #154273; border-radius: 4px; padding: 4px 10px; }
button:hover { background: #e8eef5; }
.top button:hover { background: #0d2c4e; }
button:disabled { cursor: not-allowed; color: #595959; border-color: #595959; }
:focus-visible { outline: 3px solid #ffb612; outline-offset: 2px; }
.scenario-list { list-style: none; margin: 0; padding: 0; }
.scenario-list li { margin: 0 0 6px; }
.scenario-list button { width: 100%; text-align: left; }
.scenario-list button[aria-current="true"] { background: #154273; color: #fff; }
.teaches { margin-top: 12px; padding: 8px; background: #eef3f8; border-left: 4px solid #154273; }
.teaches p { margin: 4px 0 0; }
form.profile label, .field-label { display: block; font-weight: 600; margin: 10px 0 2px; }
form.profile input[type="text"], form.profile input[type="url"], form.profile textarea, form.profile select, .waiver input {
  width: 100%; font: inherit; padding: 6px 8px; border: 1px solid #595959; border-radius: 4px; background: #fff; color: #1a1a1a; }
form.profile textarea { min-height: 96px; resize: vertical; }
.row { display: flex; gap: 12px; flex-wrap: wrap; } .row > div { flex: 1 1 160px; }
.link-row { display: flex; gap: 6px; align-items: center; margin: 4px 0; } .link-row input { flex: 1; }
.counter { font-size: 13px; color: #4a4a4a; margin: 2px 0 0; }
.avatar-row { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
.avatar-preview { width: 72px; height: 72px; border-radius: 50%; object-fit: cover; border: 1px solid #c4c4c4; background: #fff; }
.avatar-status { margin: 4px 0 0; font-size: 14px; }
details.account { margin-top: 14px; border-top: 1px solid #c4c4c4; padding-top: 8px; }
summary { cursor: pointer; color: #154273; font-weight: 600; }
.explanation .severity-error { color: #a4000f; } .explanation .severity-warning { color: #7a4100; } .explanation .severity-info { color: #154273; }
.explanation blockquote { margin: 8px 0; padding: 6px 10px; border-left: 4px solid #154273; background: #f1f5f9; }
.explanation blockquote footer { font-size: 14px; color: #4a4a4a; }
.explanation .nav, .explanation .fix { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin: 8px 0; }
.waiver { margin-top: 10px; }
.waived { background: #e9f5ec; color: #1f6b2c; padding: 4px 8px; border-radius: 4px; }
.notice { color: #a4000f; }
.report { grid-column: 1 / -1; }
.report pre { white-space: pre-wrap; word-break: break-word; background: #fff; border: 1px solid #c4c4c4; padding: 12px; font: 14px/1.45 ui-monospace, "Cascadia Mono", Consolas, monospace; }
.report .actions { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
/* The composer mock: one look per platform, the offending words marked in the findings card. */
.composer select, .composer textarea { width: 100%; font: inherit; padding: 6px 8px; border: 1px solid #595959; border-radius: 4px; background: #fff; color: #1a1a1a; }
.composer textarea.composer-text { min-height: 120px; resize: vertical; }
.composer textarea.in-reply-to { min-height: 56px; background: #f1f5f9; }
.composer fieldset { border: 1px solid #c4c4c4; border-radius: 4px; margin: 10px 0 0; padding: 4px 10px 8px; }
.composer fieldset label { margin-right: 16px; white-space: nowrap; }
.composer[data-platform="x"] textarea.composer-text { border-radius: 16px; }
.composer[data-platform="instagram"] textarea.composer-text { border-color: #8a3ab9; }
.composer[data-platform="linkedin"] textarea.composer-text { border-color: #0a66c2; border-radius: 8px; }
.composer[data-platform="facebook"] textarea.composer-text { border-color: #1877f2; border-radius: 20px; }
.composer-card mark { background: #ffe08a; color: #1a1a1a; }
.composer-card .marked { white-space: pre-wrap; padding: 6px 8px; background: #f8f8f8; border: 1px solid #c4c4c4; border-radius: 4px; }
.message-findings { padding-left: 20px; } .message-findings li { margin: 0 0 10px; }
.not-checked { color: #4a4a4a; font-size: 14px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

/*
 * Presentation mode, for the back of a room at 1920×1080: body text 28px, one column (teaching point,
 * finding, marked text), the editor in a drawer, black on white (AAA: 21:1; the header's white on
 * #154273 10.2:1). The scenarios' full-width letters come from ./fonts.ts.
 */
.present body { font-size: 28px; line-height: 1.45; color: #000; background: #fff; }
.present main.stage { display: flex; flex-direction: column; gap: 24px; max-width: 1600px; margin: 0 auto; padding: 24px 40px; }
.present section.card { border: 3px solid #000; border-radius: 8px; padding: 16px 24px; }
.present .top h1 { font-size: 32px; }
.present h2 { font-size: 32px; color: #000; }
.present .point { border-left: 16px solid #154273; }
.present .point p { font-size: 36px; font-weight: 600; margin: 0; }
.present .explanation .title { font-size: 36px; }
.present .explanation blockquote footer, .present .counter, .present .not-checked, .present .avatar-status, .present .where { color: #000; }
.present .waived { background: #fff; color: #000; border: 2px solid #000; }
.present .marked { white-space: pre-wrap; margin: 0; font-size: 32px; }
.present .marked mark { background: #ffe08a; color: #000; outline: 3px solid #000; }
.present .drawer summary { font-size: 28px; color: #000; }
.present .drawer[open] { display: flex; flex-direction: column; gap: 16px; }
.present .shortcuts { font-size: 24px; }
.present button { border-width: 2px; color: #000; border-color: #000; }
.present .top button { color: #fff; border-color: #fff; }
.present .top button[aria-pressed="true"] { color: #154273; }
.present button:disabled { color: #4a4a4a; border-color: #4a4a4a; }
.present :focus-visible { outline-width: 5px; }

@media print {
  body > *:not(#app), .top, main > :not(.report), .report .actions, .skip { display: none !important; }
  body { background: #fff; font-size: 11pt; }
  main { display: block; padding: 0; }
  .report { border: none; padding: 0; }
  .report pre { border: none; padding: 0; font-size: 10pt; }
}
`;
