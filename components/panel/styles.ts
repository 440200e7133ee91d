/** The panel's styles as strings: one for its shadow root, one for the marks on the page's own fields. */
import fieldMarkCss from "./field-marks.css?inline";
import panelCss from "./panel.css?inline";

export const PANEL_CSS: string = panelCss;
export const FIELD_MARK_CSS: string = fieldMarkCss;
