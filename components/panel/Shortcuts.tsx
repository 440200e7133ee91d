/** The panel's keyboard shortcuts, listed behind "?". They act only while focus is in the panel. */
import type { PanelMessageKey, PanelTranslate } from "./messages";

export const SHORTCUTS: readonly { key: string; action: PanelMessageKey }[] = [
  { key: "j", action: "shortcutNext" },
  { key: "k", action: "shortcutPrevious" },
  { key: "h", action: "shortcutFix" },
  { key: "u", action: "shortcutUndo" },
  { key: "c", action: "shortcutCollapse" },
];

export function Shortcuts({ t }: { t: PanelTranslate }) {
  return (
    <section class="shortcuts" id="panel-shortcuts" aria-label={t("shortcuts")}>
      <dl>
        {SHORTCUTS.map(({ key, action }) => (
          <>
            <dt key={`key-${key}`}>
              <kbd>{key}</kbd>
            </dt>
            <dd key={`action-${key}`}>{t(action)}</dd>
          </>
        ))}
        <dt>
          <kbd>?</kbd>
        </dt>
        <dd>{t("shortcuts")}</dd>
      </dl>
    </section>
  );
}
