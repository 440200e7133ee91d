/**
 * The panel's styles, as a string for the shadow root. Colours meet WCAG 2.1 AA contrast on white
 * (error #a4000f 7.4:1, warning #7a4100 7.6:1, ok #1f6b2c 6.4:1, text #1a1a1a); focus is always visible.
 */
export const PANEL_CSS = `
:host { all: initial; }
.panel { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff;
  border: 2px solid #154273; border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.25); width: 360px; max-width: calc(100vw - 24px);
  max-height: calc(100vh - 96px); overflow: auto; box-sizing: border-box; }
.panel.floating { position: fixed; bottom: 12px; z-index: 2147483646; }
.panel.dock-right { right: 12px; } .panel.dock-left { left: 12px; }
.panel.collapsed { width: auto; }
header { display: flex; align-items: center; justify-content: space-between; gap: 8px; background: #154273; color: #fff; padding: 6px 10px; }
h2 { font-size: 15px; margin: 0; }
header.draggable { cursor: move; touch-action: none; user-select: none; }
h3 { font-size: 14px; margin: 10px 0 4px; }
.controls { display: flex; gap: 4px; }
button { font: inherit; cursor: pointer; border: 1px solid #154273; background: #fff; color: #154273; border-radius: 4px; padding: 3px 8px; }
header button { border-color: #fff; }
button:hover { background: #e8eef5; }
button:focus-visible, summary:focus-visible { outline: 3px solid #ffb612; outline-offset: 2px; }
button.link { border: none; text-decoration: underline; padding: 0; background: none; }
#panel-body { padding: 8px 12px 12px; }
.account { margin: 0 0 8px; }
.verdict { font-weight: 600; padding: 6px 8px; border-radius: 4px; margin: 0 0 8px; }
.verdict-error { background: #fbe9ea; color: #a4000f; } .verdict-warning { background: #fdf3e6; color: #7a4100; } .verdict-ok { background: #e9f5ec; color: #1f6b2c; }
ul { margin: 0; padding: 0; list-style: none; }
.fields li { padding: 1px 0; }
.field-findings .field-name { color: #a4000f; } .field-ok .field-name { color: #1f6b2c; } .field-not-checked .field-name { color: #4a4a4a; }
.reason { color: #4a4a4a; }
.finding { border-left: 4px solid #4a4a4a; padding: 4px 8px; margin: 6px 0; background: #fafafa; }
.severity-error { border-color: #a4000f; } .severity-warning { border-color: #7a4100; } .severity-info { border-color: #154273; }
.finding p { margin: 2px 0; }
.severity-error .icon { color: #a4000f; } .severity-warning .icon { color: #7a4100; } .severity-info .icon { color: #154273; }
summary { cursor: pointer; color: #154273; text-decoration: underline; }
blockquote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #154273; background: #f1f5f9; }
blockquote footer { font-size: 12px; color: #4a4a4a; }
.rule-id { font-size: 12px; color: #4a4a4a; }
fieldset { border: 1px solid #c4c4c4; border-radius: 4px; margin: 0; padding: 8px; } legend { font-weight: 600; padding: 0 4px; }
.choices { display: flex; flex-direction: column; gap: 6px; }
.choices button { text-align: left; padding: 6px 10px; }
.bio { margin: 8px 0 0; } .bio figcaption { font-size: 12px; color: #4a4a4a; } .bio p { white-space: pre-wrap; margin: 2px 0; padding: 6px; border: 1px solid #c4c4c4; }
mark { background: #fde2e4; color: #1a1a1a; outline: 1px solid #a4000f; } mark.mark-warning { background: #fdf0d9; outline-color: #7a4100; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0; }
.waived { opacity: 0.85; border-left-style: dashed; } .waiver { font-style: italic; }
.waiver-form { display: flex; flex-direction: column; gap: 4px; margin: 4px 0; }
.waiver-form textarea { font: inherit; min-height: 3em; border: 1px solid #4a4a4a; border-radius: 4px; padding: 4px; }
.waiver-form textarea:focus-visible { outline: 3px solid #ffb612; outline-offset: 1px; }
.error { color: #a4000f; margin: 0; }
.avatar { margin: 6px 0 0; display: flex; gap: 8px; align-items: center; }
.avatar-frame { position: relative; width: 72px; height: 72px; flex: none; }
.avatar-frame img { width: 72px; height: 72px; border-radius: 50%; object-fit: cover; display: block; }
.avatar-box { position: absolute; border: 2px solid #ffb612; box-shadow: 0 0 0 1px #1a1a1a; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Marks the offending fields on the page itself, by attribute only: the site's DOM semantics stay as they are. */
export const FIELD_MARK_CSS = `
[data-profielcheck-mark="error"] { outline: 3px solid #a4000f !important; outline-offset: 2px !important; }
[data-profielcheck-mark="warning"] { outline: 3px dashed #7a4100 !important; outline-offset: 2px !important; }
`;
