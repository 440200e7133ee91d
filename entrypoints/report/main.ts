/**
 * The printable review report of the page the popup was opened on (utils/report-store.ts keeps
 * it for this page). Rendered from the stored check in the reader's time zone; nothing is fetched.
 */
import { REPORT_CSS, renderReviewReportBody, reviewReportTitle } from "@/rules/report/html";
import { loadLastReport } from "@/utils/report-store";
import { readLanguage } from "@/utils/storage";

const NO_REPORT = {
  nl: "Er is geen rapport. Open een profiel, kies in de pop-up 'Open afdrukbaar rapport' en dit tabblad toont het.",
  en: "There is no report. Open a profile, choose 'Open printable report' in the popup and this tab shows it.",
};

async function show(): Promise<void> {
  const style = document.createElement("style");
  style.textContent = REPORT_CSS;
  document.head.append(style);
  const input = await loadLastReport();
  if (!input) {
    const lang = await readLanguage();
    document.documentElement.lang = lang;
    const main = document.createElement("main");
    const text = document.createElement("p");
    text.textContent = NO_REPORT[lang];
    main.append(text);
    document.body.replaceChildren(main);
    return;
  }
  document.documentElement.lang = input.lang;
  document.title = reviewReportTitle(input);
  // Every value in the body is escaped by the renderer (tests/report/html-report.test.ts).
  document.body.innerHTML = renderReviewReportBody(input);
}

void show();
