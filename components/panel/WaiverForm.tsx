/** "Bewust afwijken": the reason a finding is deliberately accepted, required and tied to its field. */
import { useState } from "preact/hooks";
import type { Finding } from "@/rules/schema";
import type { PanelTranslate } from "./messages";

export function WaiverForm({
  finding,
  t,
  onWaive,
}: {
  finding: Finding;
  t: PanelTranslate;
  onWaive(reason: string): void;
}) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState(false);
  const id = `waiver-${finding.rule.replace(/\W/g, "-")}-${finding.start ?? 0}`;
  return (
    <form
      class="waiver-form"
      // Our own message, tied to the field, instead of the browser's tooltip.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (event.isTrusted === false) return;
        if (reason.trim() === "") {
          setError(true);
          return;
        }
        onWaive(reason.trim());
      }}
    >
      <label for={id}>{t("waiverReason")}</label>
      <textarea
        id={id}
        required
        aria-invalid={error}
        aria-describedby={error ? `${id}-error` : undefined}
        value={reason}
        onInput={(event) => setReason((event.target as HTMLTextAreaElement).value)}
      />
      {error && (
        <p id={`${id}-error`} class="error">
          {t("waiverReasonRequired")}
        </p>
      )}
      <button type="submit">{t("waiverSave")}</button>
    </form>
  );
}
