/**
 * Import (file or pasted JSON) and export (download) of the user's configuration. An invalid
 * import changes nothing and lists every problem with its key path.
 */
import { useState } from "preact/hooks";
import type { ConfigProblem } from "@/rules/config/schema";
import { exportConfigJson, importConfigJson } from "@/utils/config-storage";
import type { SectionProps } from "./section-props";

const EXPORT_FILE_NAME = "profielcheck-configuratie.json";

interface ImportExportProps extends Pick<SectionProps, "lang" | "t" | "announce"> {
  /** Called after a successful import, so the page shows the new configuration. */
  onImported(): void;
}

export function ImportExportSection({ lang, t, announce, onImported }: ImportExportProps) {
  const [text, setText] = useState("");
  const [problems, setProblems] = useState<ConfigProblem[]>([]);

  async function runImport(json: string): Promise<void> {
    const result = await importConfigJson(json, lang);
    if (result.ok) {
      setProblems([]);
      setText("");
      announce(t("importDone"));
      onImported();
    } else {
      setProblems(result.problems);
      announce(t("importFailed", { count: result.problems.length }));
    }
  }

  async function importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const content = await file.text();
    setText(content);
    await runImport(content);
    // Choosing the same file again after fixing it must import again.
    input.value = "";
  }

  async function download(): Promise<void> {
    const json = await exportConfigJson();
    const link = document.createElement("a");
    link.href = `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;
    link.download = EXPORT_FILE_NAME;
    link.click();
    announce(t("exportDone", { file: EXPORT_FILE_NAME }));
  }

  const invalid = problems.length > 0;
  return (
    <section aria-labelledby="import-export-heading">
      <h2 id="import-export-heading">{t("importExportHeading")}</h2>
      <p>{t("importExportIntro")}</p>
      <form
        class="entry-form"
        data-form="import"
        onSubmit={(event) => {
          event.preventDefault();
          void runImport(text);
        }}
      >
        <fieldset>
          <legend>{t("importLegend")}</legend>
          <div class="field">
            <label for="import-file">{t("importFile")}</label>
            <input
              id="import-file"
              type="file"
              accept="application/json,.json"
              aria-describedby={invalid ? "import-problems" : undefined}
              onChange={(event) => void importFile(event.currentTarget)}
            />
          </div>
          <div class="field">
            <label for="import-text">{t("importPaste")}</label>
            <textarea
              id="import-text"
              rows={8}
              spellcheck={false}
              value={text}
              aria-invalid={invalid ? "true" : undefined}
              aria-describedby={invalid ? "import-problems" : undefined}
              onInput={(event) => setText(event.currentTarget.value)}
            />
          </div>
          {invalid && (
            <div id="import-problems" class="problems">
              <h3>{t("importProblemsHeading")}</h3>
              <ul>
                {problems.map((problem, index) => (
                  <li key={`${problem.path}-${index}`} data-path={problem.path}>
                    <code>{problem.path || t("documentRoot")}</code>: {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div class="actions">
            <button type="submit">{t("importButton")}</button>
          </div>
        </fieldset>
      </form>
      <fieldset class="export">
        <legend>{t("exportLegend")}</legend>
        <p id="export-help">{t("exportHelp")}</p>
        <button type="button" aria-describedby="export-help" onClick={() => void download()}>
          {t("exportButton")}
        </button>
      </fieldset>
    </section>
  );
}
