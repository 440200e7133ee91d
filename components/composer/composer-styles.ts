/**
 * The composer card's styles, as a string for its shadow root. The same colours as the profile
 * panel (WCAG 2.1 AA on white: error #a4000f 7.4:1, warning #7a4100 7.6:1, text #1a1a1a).
 * The session sets --profielcheck-top/-left to place the card below the message box.
 */
export const COMPOSER_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483646; top: var(--profielcheck-top, auto); left: var(--profielcheck-left, auto);
  bottom: auto; width: 360px; max-width: calc(100vw - 24px); max-height: 45vh; overflow: auto; box-sizing: border-box;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff;
  border: 2px solid #154273; border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.25); }
header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 4px 8px;
  background: #154273; color: #fff; padding: 4px 10px; }
h2 { font-size: 14px; margin: 0; }
.writer { font-size: 12px; }
.body { padding: 6px 10px 10px; }
.summary { margin: 4px 0; font-weight: 600; }
.hint { margin: 4px 0; color: #4a4a4a; }
.not-checked { margin: 6px 0 0; color: #4a4a4a; font-size: 13px; }
fieldset.role { border: 1px solid #c4c4c4; border-radius: 4px; margin: 0 0 6px; padding: 4px 8px; }
legend { font-weight: 600; padding: 0 4px; }
.role-options { display: flex; flex-wrap: wrap; gap: 4px 12px; }
ul { margin: 0; padding: 0; list-style: none; }
.finding { border-left: 4px solid #4a4a4a; padding: 4px 8px; margin: 6px 0; background: #fafafa; }
.severity-error { border-color: #a4000f; } .severity-warning { border-color: #7a4100; } .severity-info { border-color: #154273; }
.severity-error .icon { color: #a4000f; } .severity-warning .icon { color: #7a4100; } .severity-info .icon { color: #154273; }
.finding p { margin: 2px 0; }
mark { background: #fbe9ea; color: #1a1a1a; text-decoration: underline wavy #a4000f; }
button { font: inherit; cursor: pointer; border: 1px solid #154273; background: #fff; color: #154273; border-radius: 4px; padding: 2px 8px; }
button:hover { background: #e8eef5; }
button:focus-visible, summary:focus-visible, input:focus-visible { outline: 3px solid #ffb612; outline-offset: 2px; }
summary { cursor: pointer; color: #154273; text-decoration: underline; }
blockquote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #154273; background: #f1f5f9; }
blockquote footer { font-size: 12px; color: #4a4a4a; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
