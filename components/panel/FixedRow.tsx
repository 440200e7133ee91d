/** A fix that was applied, in the place of its card: what it wrote, marked, and "Ongedaan maken". */
import type { Ref } from "preact";
import type { FieldName } from "@/rules/schema";
import { fromPerson } from "../trusted";
import type { PanelTranslate } from "./messages";

/** A fix the panel applied, as long as it can be undone. */
export interface AppliedFix {
  id: number;
  field: FieldName;
  /** The instruction it followed ("Noem wie de webcare doet"). */
  title: string;
  /** The text it wrote into the field. */
  written: string;
  /** Whether the field still holds what the fix wrote (else a later edit took its place). */
  canUndo: boolean;
}

export function FixedRow(props: {
  fix: AppliedFix;
  t: PanelTranslate;
  onUndo: ((id: number) => void) | undefined;
  undoRef?: Ref<HTMLButtonElement>;
}) {
  const { fix, t, onUndo, undoRef } = props;
  return (
    <li class="fixed-row" data-fixed={fix.id}>
      <span>{t("fixed", { title: fix.title })}</span>
      {fix.written.trim() !== "" && <mark>{fix.written.trim()}</mark>}
      {onUndo && fix.canUndo && (
        <button type="button" data-undo={fix.id} ref={undoRef} onClick={fromPerson(() => onUndo(fix.id))}>
          {t("undo")}
        </button>
      )}
    </li>
  );
}
