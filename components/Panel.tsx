/**
 * The in-page panel: the verdict, the status of each field, the findings grouped by field with
 * "Waarom?" (the guideline quote), and the bio with the problem ranges marked. Rendered in a
 * shadow root by the content scripts and reused by the playground.
 *
 * Test contract (outside end-to-end tests rely on it): the root carries data-status,
 * data-platform and data-account-type; findings carry data-rule, data-severity, data-field;
 * field statuses carry data-field and data-field-status; the account-type choice buttons carry
 * data-choose-account-type.
 */
import { Component } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { BioProposal } from "@/rules/bio-builder";
import { findProfileRule } from "@/rules/catalog/profile-rules";
import type { CheckResult } from "@/rules/engine";
import type { Finding } from "@/rules/schema";
import {
  ACCOUNT_TYPES,
  type AccountType,
  FIELDS,
  type FieldName,
  invalidPairReason,
  type Language,
  type Platform,
} from "@/rules/vocabulary";
import { type Translate, translator } from "@/utils/i18n";
import type { AvatarAnswer } from "@/utils/protocol";
import { BioBuilder } from "./BioBuilder";
import { FIELD_LABEL, SEVERITY_LABEL, ACCOUNT_TYPE_LABEL as TYPE_LABEL } from "./labels";
import { PageSketchButton } from "./PageSketchButton";
import { RuleExplanation } from "./RuleExplanation";
import { fromPerson } from "./trusted";

export interface PanelProps {
  platform: Platform;
  handle: string | null;
  accountType: AccountType | null;
  result: CheckResult | null;
  /** The bio as checked, to show the marked ranges. */
  bio: string | null;
  lang: Language;
  onChooseAccountType(type: AccountType): void;
  /** Whether the panel can be collapsed and docked (not in the playground). */
  floating?: boolean;
  /** Applies a finding's fix; the "Herstel" button is offered only where this says it can. */
  onApplyFix?(finding: Finding): void;
  canApplyFix?(finding: Finding): boolean;
  /** Present while the last fix can be undone. */
  onUndo?(): void;
  /** The waiver a finding was deliberately accepted with, if any. */
  waiverFor?(finding: Finding): { reason: string } | undefined;
  onWaive?(finding: Finding, reason: string): void;
  onCopyReport?(): void;
  /** Incremented to expand the panel and move focus to it (the popup's "show panel"). */
  revealSignal?: number;
  /** The avatar as analysed, for a thumbnail with the detected logo's box drawn on it. */
  avatar?: { url: string; answer: AvatarAnswer | undefined };
  /** A field is so long that it is checked when the typing pauses, not on every keystroke. */
  checkedAfterPause?: boolean;
  /** "Stel een bio samen": the proposals for the bio as it stands, and how to put one in the field. */
  bioBuilder?: { propose(): BioProposal[]; onUse?(proposal: BioProposal): void };
  /** Present when a field is not checked because nothing matched: copies a page sketch. */
  onCopyPageSketch?(): Promise<void>;
}

/** Shapes as well as colours, so severity does not rest on colour alone (WCAG 1.4.1). */
const SEVERITY_ICON = { error: "✖", warning: "▲", info: "ℹ" } as const;

export type FieldDisplayStatus = "ok" | "findings" | "not-checked";

export function fieldDisplayStatus(result: CheckResult, field: FieldName): FieldDisplayStatus | null {
  const status = result.fields[field];
  if (status.status === "not-checked") return "not-checked";
  if (result.findings.some((finding) => finding.field === field)) return "findings";
  return status.status === "checked" ? "ok" : null;
}

function BioWithMarks({ bio, findings, t }: { bio: string; findings: Finding[]; t: Translate }) {
  const ranges = findings
    .filter(
      (finding) =>
        finding.field === "bio" &&
        finding.start !== undefined &&
        finding.end !== undefined &&
        finding.end > finding.start,
    )
    .map((finding) => ({ start: finding.start as number, end: finding.end as number, severity: finding.severity }))
    .sort((a, b) => a.start - b.start);
  if (ranges.length === 0) return null;
  const parts = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    parts.push(bio.slice(at, range.start));
    parts.push(
      <mark class={`mark-${range.severity}`} key={range.start}>
        {bio.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  }
  parts.push(bio.slice(at));
  return (
    <figure class="bio">
      <figcaption>{t("highlightedBio")}</figcaption>
      <p>{parts}</p>
    </figure>
  );
}

function AvatarThumbnail({ url, answer, t }: { url: string; answer: AvatarAnswer | undefined; t: Translate }) {
  const outcome = answer?.status === "analysed" ? answer.outcome : undefined;
  const caption = !answer
    ? t("avatarAnalysing")
    : answer.status === "unreadable"
      ? t("avatarUnreadable")
      : outcome === "present"
        ? t("avatarLogoFound")
        : outcome === "uncertain"
          ? t("avatarUncertain")
          : t("avatarLogoNotFound");
  const box = answer?.status === "analysed" ? answer.box : undefined;
  return (
    <figure class="avatar">
      <div class="avatar-frame">
        <img src={url} alt={t("avatarAlt")} width={72} height={72} />
        {box && (
          <span
            class="avatar-box"
            aria-hidden="true"
            style={{
              left: `${box.x * 100}%`,
              top: `${box.y * 100}%`,
              width: `${box.width * 100}%`,
              height: `${box.height * 100}%`,
            }}
          />
        )}
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

function WaiverForm({ finding, t, onWaive }: { finding: Finding; t: Translate; onWaive(reason: string): void }) {
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

interface FindingItemProps {
  finding: Finding;
  lang: Language;
  /** The account in view, for the guideline quotes that apply to it. */
  platform: Platform;
  accountType: AccountType;
  t: Translate;
  waiver: { reason: string } | undefined;
  /** Whether the fix can be applied now (the "Herstel" button). */
  canFix: boolean;
  onApplyFix: ((finding: Finding) => void) | undefined;
  onWaive: ((finding: Finding, reason: string) => void) | undefined;
}

/** The same finding as far as its card shows it (each check makes new finding objects). */
function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.field === b.field &&
    a.message === b.message &&
    JSON.stringify(a.fix) === JSON.stringify(b.fix)
  );
}

/**
 * A finding's card re-renders only when what it shows changed: typing elsewhere in the bio leaves
 * the other cards alone. (The callbacks it gets are the live check's stable ones.)
 */
class MemoFindingItem extends Component<FindingItemProps> {
  override shouldComponentUpdate(next: FindingItemProps): boolean {
    const now = this.props;
    return !(
      sameFinding(now.finding, next.finding) &&
      now.lang === next.lang &&
      now.platform === next.platform &&
      now.accountType === next.accountType &&
      now.waiver?.reason === next.waiver?.reason &&
      now.canFix === next.canFix &&
      now.onApplyFix === next.onApplyFix &&
      now.onWaive === next.onWaive
    );
  }

  override render() {
    return <FindingItem {...this.props} />;
  }
}

function FindingItem({
  finding,
  lang,
  platform,
  accountType,
  t,
  waiver,
  canFix,
  onApplyFix,
  onWaive,
}: FindingItemProps) {
  const rule = findProfileRule(finding.rule);
  const [waiving, setWaiving] = useState(false);
  const [showingReason, setShowingReason] = useState(false);
  return (
    <li
      class={`finding severity-${finding.severity}${waiver ? " waived" : ""}`}
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-field={finding.field}
      data-waived={waiver ? "true" : undefined}
    >
      <p class="finding-head">
        <span class="icon" aria-hidden="true">
          {SEVERITY_ICON[finding.severity]}
        </span>
        <span class="visually-hidden">{t(SEVERITY_LABEL[finding.severity])}: </span>
        <strong>{rule?.meta.title[lang] ?? finding.rule}</strong>
      </p>
      <p class="message">{finding.message}</p>
      {waiver && (
        // The reason is internal: it enters the panel (which a page script can read through the
        // open shadow root) only while the user has it open.
        <p class="waiver">
          {t("waived")}{" "}
          <button
            type="button"
            class="link"
            aria-expanded={showingReason}
            onClick={fromPerson(() => setShowingReason(!showingReason))}
          >
            {showingReason ? t("hideWaiverReason") : t("showWaiverReason")}
          </button>
          {showingReason && <span>: {waiver.reason}</span>}
        </p>
      )}
      {((onApplyFix && canFix) || (onWaive && !waiver)) && (
        <p class="actions">
          {onApplyFix && canFix && (
            <button type="button" data-fix={finding.rule} onClick={fromPerson(() => onApplyFix(finding))}>
              {t("fix")}
            </button>
          )}
          {onWaive && !waiver && (
            <button type="button" aria-expanded={waiving} onClick={() => setWaiving(!waiving)}>
              {t("waive")}
            </button>
          )}
        </p>
      )}
      {waiving && onWaive && !waiver && (
        <WaiverForm
          finding={finding}
          t={t}
          onWaive={(reason) => {
            setWaiving(false);
            onWaive(finding, reason);
          }}
        />
      )}
      {rule && (
        <details>
          <summary>{t("why")}</summary>
          <RuleExplanation
            rule={rule}
            lang={lang}
            platform={platform}
            accountType={accountType}
            source={t("guidelineSource")}
          />
          <p class="rule-id">
            <code>{finding.rule}</code>
          </p>
        </details>
      )}
    </li>
  );
}

function AccountTypeChoice(props: {
  handle: string | null;
  types: readonly AccountType[];
  t: Translate;
  onChoose(type: AccountType): void;
}) {
  const { handle, types, t, onChoose } = props;
  return (
    <fieldset class="choose">
      <legend>{t("chooseAccountType", { handle: handle ?? t("unknownHandle") })}</legend>
      <p>{t("chooseAccountTypeHelp")}</p>
      <div class="choices">
        {types.map((type) => (
          <button type="button" key={type} data-choose-account-type={type} onClick={fromPerson(() => onChoose(type))}>
            {t(TYPE_LABEL[type])}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

export function Panel(props: PanelProps) {
  const { platform, handle, accountType, result, bio, lang, onChooseAccountType, floating = true } = props;
  const { onApplyFix, canApplyFix, onUndo, waiverFor, onWaive, onCopyReport } = props;
  const t = translator(lang);
  const [collapsed, setCollapsed] = useState(false);
  const [dock, setDock] = useState<"left" | "right">("right");
  /** Where the user dragged the panel to (its top-left corner); docking again clears it. */
  const [dragged, setDragged] = useState<{ left: number; top: number } | null>(null);

  /** Drag by the header (the dock buttons do the same by keyboard), kept inside the window. */
  function startDrag(event: PointerEvent): void {
    if (!floating || (event.target as Element).closest("button")) return;
    const panel = (event.currentTarget as HTMLElement).parentElement as HTMLElement;
    const box = panel.getBoundingClientRect();
    const offset = { x: event.clientX - box.left, y: event.clientY - box.top };
    const move = (moveEvent: PointerEvent) => {
      setDragged({
        left: Math.min(Math.max(0, moveEvent.clientX - offset.x), window.innerWidth - box.width),
        top: Math.min(Math.max(0, moveEvent.clientY - offset.y), window.innerHeight - 40),
      });
    };
    const stop = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", stop);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", stop);
  }
  const [choosing, setChoosing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!props.revealSignal) return;
    setCollapsed(false);
    heading.current?.focus();
  }, [props.revealSignal]);
  const validTypes = ACCOUNT_TYPES.filter((type) => invalidPairReason(platform, type) === null);
  const needsType = accountType === null || choosing;
  // A waived finding stays visible but no longer counts against the verdict.
  const open = result?.findings.filter((finding) => !waiverFor?.(finding)) ?? [];
  const errors = open.filter((finding) => finding.severity === "error").length;
  const warnings = open.filter((finding) => finding.severity === "warning").length;
  const verdict =
    errors > 0
      ? t("verdictErrors", { count: errors })
      : warnings > 0
        ? t("verdictWarnings", { count: warnings })
        : t("verdictOk");
  const status = needsType ? "needs-account-type" : result ? "ready" : "checking";

  return (
    <section
      class={`panel dock-${dock} ${floating ? "floating" : ""} ${collapsed ? "collapsed" : ""}`}
      style={
        dragged ? { left: `${dragged.left}px`, top: `${dragged.top}px`, right: "auto", bottom: "auto" } : undefined
      }
      aria-labelledby="panel-title"
      data-status={status}
      data-platform={platform}
      data-account-type={accountType ?? ""}
      lang={lang}
    >
      <header onPointerDown={startDrag} class={floating ? "draggable" : undefined}>
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          {t("panelTitle")}
        </h2>
        {floating && (
          <div class="controls">
            <button
              type="button"
              onClick={() => {
                setDragged(null);
                setDock(dock === "right" ? "left" : "right");
              }}
            >
              {dock === "right" ? t("dockLeft") : t("dockRight")}
            </button>
            <button
              type="button"
              aria-expanded={!collapsed}
              aria-controls="panel-body"
              onClick={() => setCollapsed(!collapsed)}
            >
              {collapsed ? t("expand") : t("collapse")}
            </button>
          </div>
        )}
      </header>
      <div id="panel-body" hidden={collapsed}>
        <p class="account">
          {t("accountLabel")}: <strong>@{handle ?? t("unknownHandle")}</strong> · {platform}
          {accountType && !choosing && (
            <>
              {" "}
              · {t(TYPE_LABEL[accountType])}{" "}
              <button type="button" class="link" onClick={() => setChoosing(true)}>
                {t("changeAccountType")}
              </button>
            </>
          )}
        </p>
        {needsType || accountType === null ? (
          <AccountTypeChoice
            handle={handle}
            types={validTypes}
            t={t}
            onChoose={(type) => {
              setChoosing(false);
              onChooseAccountType(type);
            }}
          />
        ) : result ? (
          <>
            <p
              class={`verdict ${errors > 0 ? "verdict-error" : warnings > 0 ? "verdict-warning" : "verdict-ok"}`}
              role="status"
            >
              {verdict}
            </p>
            {props.checkedAfterPause && <p class="reason">{t("checkedAfterPause")}</p>}
            {(onUndo || onCopyReport) && (
              <p class="actions">
                {onUndo && (
                  <button type="button" data-undo="" onClick={fromPerson(onUndo)}>
                    {t("undo")}
                  </button>
                )}
                {onCopyReport && (
                  <button type="button" data-copy-report="" onClick={fromPerson(onCopyReport)}>
                    {t("copyReport")}
                  </button>
                )}
              </p>
            )}
            {props.onCopyPageSketch && <PageSketchButton lang={lang} onCopy={props.onCopyPageSketch} />}
            <ul class="fields" aria-label={t("fieldsLabel")}>
              {FIELDS.map((field) => {
                const fieldStatus = fieldDisplayStatus(result, field);
                if (!fieldStatus) return null;
                const entry = result.fields[field];
                const label =
                  fieldStatus === "ok"
                    ? t("fieldOk")
                    : fieldStatus === "findings"
                      ? t("fieldFindings")
                      : t("fieldNotChecked");
                return (
                  <li key={field} data-field={field} data-field-status={fieldStatus} class={`field-${fieldStatus}`}>
                    <span class="field-name">{t(FIELD_LABEL[field])}</span>: {label}
                    {entry.status === "not-checked" && <span class="reason"> — {entry.reason[lang]}</span>}
                  </li>
                );
              })}
            </ul>
            {props.avatar && <AvatarThumbnail url={props.avatar.url} answer={props.avatar.answer} t={t} />}
            {props.bioBuilder && result.fields.bio.status !== "not-checked" && (
              <BioBuilder lang={lang} t={t} propose={props.bioBuilder.propose} onUse={props.bioBuilder.onUse} />
            )}
            {FIELDS.map((field) => {
              const findings = result.findings.filter((finding) => finding.field === field);
              if (findings.length === 0) return null;
              return (
                <section key={field} class="field-group" aria-label={t(FIELD_LABEL[field])}>
                  <h3>
                    {t(FIELD_LABEL[field])}
                    {field === "bio" && result.lengths?.bio && (
                      // The live count as the platforms show it, next to the bio findings.
                      <span class="length-count" data-length-count="">
                        {" "}
                        {result.lengths.bio.count}/{result.lengths.bio.limit}
                        <span class="visually-hidden"> {t("lengthCount")}</span>
                      </span>
                    )}
                  </h3>
                  <ul class="findings">
                    {findings.map((finding, index) => (
                      <MemoFindingItem
                        key={`${finding.rule}-${index}`}
                        finding={finding}
                        lang={lang}
                        platform={platform}
                        accountType={accountType}
                        t={t}
                        waiver={waiverFor?.(finding)}
                        canFix={finding.fix !== undefined && (canApplyFix?.(finding) ?? true)}
                        onApplyFix={onApplyFix}
                        onWaive={onWaive}
                      />
                    ))}
                  </ul>
                  {field === "bio" && bio !== null && <BioWithMarks bio={bio} findings={findings} t={t} />}
                </section>
              );
            })}
          </>
        ) : (
          <p role="status">{t("checking")}</p>
        )}
      </div>
    </section>
  );
}
