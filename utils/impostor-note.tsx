/**
 * The fake-account note on a profile page that is not one of the organisation's accounts: quiet by
 * default (a badge), the details on a click. The background decides (utils/impostor-service.ts),
 * so this carries only the rendering and a few labels.
 */
import { render } from "preact";
import { useState } from "preact/hooks";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createShadowRootUi, type ShadowRootContentScriptUi } from "wxt/utils/content-script-ui/shadow-root";
import type { Language } from "@/rules/vocabulary";
import type { AssessProfileRequest, ImpostorNote } from "./protocol";
import { sendToBackground } from "./protocol-client";

const CSS = `
:host { all: initial; }
.note { position: fixed; left: 16px; bottom: 16px; z-index: 2147483646; max-width: 26rem; font: 14px/1.45 system-ui, sans-serif; color: #1a1a1a; }
.badge { font: inherit; font-weight: 600; cursor: pointer; border-radius: 4px; padding: 0.35rem 0.8rem; border: 2px solid; background: #fff; }
.suspect .badge { color: #fff; background: #a4000f; border-color: #a4000f; }
.parody .badge { color: #154273; border-color: #154273; }
.details { margin-top: 0.5rem; background: #fff; border: 1px solid #767676; border-left: 4px solid #154273; border-radius: 4px; padding: 0.5rem 0.75rem; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.suspect .details { border-left-color: #a4000f; }
h2 { font-size: 1rem; margin: 0.25rem 0; }
h3 { font-size: 0.9rem; margin: 0.5rem 0 0.1rem; }
ul, ol { margin: 0.1rem 0; padding-left: 1.25rem; }
blockquote { margin: 0.25rem 0; padding-left: 0.5rem; border-left: 3px solid #154273; color: #4a4a4a; }
a { color: #154273; }
button.copy { font: inherit; cursor: pointer; color: #fff; background: #154273; border: 2px solid #154273; border-radius: 4px; padding: 0.25rem 0.7rem; margin-top: 0.5rem; }
:focus-visible { outline: 3px solid #154273; outline-offset: 2px; box-shadow: 0 0 0 5px #fff; }
`;

function NoteView({ note, lang }: { note: ImpostorNote; lang: Language }) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const { labels } = note;
  return (
    <aside class={`note ${note.kind}`} lang={lang} aria-label={note.title} data-impostor={note.kind}>
      <button
        type="button"
        class="badge"
        aria-expanded={open}
        aria-controls="impostor-details"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{note.kind === "suspect" ? "⚠ " : "ℹ "}</span>
        {note.title}
      </button>
      {open && (
        <div id="impostor-details" class="details">
          <h2>{note.title}</h2>
          <p>{note.kind === "parody" ? note.text : null}</p>
          <h3>{labels.why}</h3>
          <ul>
            {note.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {note.compareWith && (
            <p>
              {labels.compare}:{" "}
              <a href={note.compareWith.url} target="_blank" rel="noopener noreferrer">
                {note.compareWith.label}
              </a>
            </p>
          )}
          {note.steps && (
            <>
              <h3>{labels.steps}</h3>
              <ol>
                {note.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            </>
          )}
          <blockquote lang="nl">
            {note.quotes.join(" ")} <small>({labels.guideline})</small>
          </blockquote>
          {note.reportText && (
            <button
              type="button"
              class="copy"
              data-copy-impostor-report=""
              onClick={() => {
                void navigator.clipboard.writeText(note.reportText ?? "").then(() => setCopied(true));
              }}
            >
              {labels.copy}
            </button>
          )}
          <p role="status">{copied ? labels.copied : ""}</p>
        </div>
      )}
    </aside>
  );
}

/** Asks the background about the profile on the page and shows its note, or nothing. */
export class ImpostorNoteView {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private lastKey = "";

  constructor(private readonly ctx: ContentScriptContext) {}

  /** Called after every check; `request` is null when the page is not a profile to assess. */
  update(request: AssessProfileRequest | null, lang: Language): void {
    const key = JSON.stringify([request, lang]);
    if (key === this.lastKey) return;
    this.lastKey = key;
    if (!request) {
      this.remove();
      return;
    }
    sendToBackground("profielcheck:assess-profile", request)
      .then((answer) => {
        if (key !== this.lastKey) return;
        if (answer) void this.show(answer, lang);
        else this.remove();
      })
      .catch(() => {
        // The background may be restarting: ask again on the next change.
        this.lastKey = "";
      });
  }

  private async show(note: ImpostorNote, lang: Language): Promise<void> {
    if (!this.ui) {
      const ui = await createShadowRootUi(this.ctx, {
        name: "profielcheck-impostor",
        position: "inline",
        anchor: "body",
        append: "last",
        css: CSS,
        isolateEvents: true,
        onMount: () => undefined,
        onRemove: (container) => {
          if (container) render(null, container);
        },
      });
      if (!this.ctx.isValid) return;
      ui.mount();
      this.ui = ui;
    }
    render(<NoteView key={JSON.stringify(note)} note={note} lang={lang} />, this.ui.uiContainer);
  }

  remove(): void {
    this.lastKey = "";
    this.ui?.remove();
    this.ui = null;
  }
}
