/**
 * The in-page panel: a sticky header with a one-line summary, the status of each field (passing
 * fields fold into one line), one card per cause with "Waarom?" (the guideline quote), and the bio
 * with the problem ranges marked. Rendered in a shadow root by the content scripts and reused by
 * the playground. Calm: where it does not open by itself it is a small tab.
 *
 * Test contract (outside end-to-end tests rely on it): the root carries data-status,
 * data-platform, data-account-type and data-collapsed; cards carry data-card; findings carry
 * data-rule, data-severity, data-field; field statuses carry data-field and data-field-status; the
 * account-type choice buttons carry data-choose-account-type ("none": no minister's account).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { BioProposal } from "@/rules/bio-builder";
import { findProfileRule } from "@/rules/catalog/profile-rules";
import type { CheckResult } from "@/rules/engine";
import { countOpenCauses, type FindingGroup, groupFindings } from "@/rules/group-findings";
import { PLATFORM_LABELS } from "@/rules/labels";
import type { Finding, Profile } from "@/rules/schema";
import {
  ACCOUNT_TYPES,
  type AccountType,
  FIELDS,
  invalidPairReason,
  type Language,
  type Platform,
} from "@/rules/vocabulary";
import { translator } from "@/utils/i18n";
import { DEFAULT_LAYOUT, type PanelLayout } from "@/utils/panel-storage";
import type { AvatarAnswer } from "@/utils/protocol";
import { ACCOUNT_TYPE_LABEL, FIELD_LABEL } from "../labels";
import { PageSketchButton } from "../PageSketchButton";
import { fromPerson } from "../trusted";
import { AccountTypeChoice } from "./AccountTypeChoice";
import { AvatarThumbnail } from "./AvatarThumbnail";
import { BioBuilder } from "./BioBuilder";
import { BioWithMarks } from "./BioWithMarks";
import { FieldStatusList } from "./FieldStatusList";
import { MemoFindingCard } from "./FindingCard";
import { type AppliedFix, FixedRow } from "./FixedRow";
import { panelTranslator } from "./messages";
import { Shortcuts } from "./Shortcuts";
import { fixPreview, panelSummary } from "./summary";

export interface PanelProps {
  platform: Platform;
  handle: string | null;
  /** How the account is named: the page's name where its handle is only a number (a LinkedIn page id). */
  accountName?: string | undefined;
  accountType: AccountType | null;
  /** The user said this is no minister's account: nothing is checked. */
  notMinister?: boolean;
  /** The account types that can apply on this page (default: every type the platform has). */
  accountTypes?: readonly AccountType[];
  result: CheckResult | null;
  /** The bio as checked, to show the marked ranges. */
  bio: string | null;
  /** The profile as checked, for the fix previews. */
  profile?: Profile;
  lang: Language;
  onChooseAccountType(type: AccountType): void;
  /** Offers "Geen account van een bewindspersoon" (not in the playground). */
  onChooseNotMinister?(): void;
  /** Whether the panel can be collapsed and docked (not in the playground). */
  floating?: boolean;
  /** Whether it opens by itself (an edit page, a configured account); elsewhere it starts as a tab. */
  autoOpen?: boolean;
  /** Where the panel was on this site, and where to remember it. */
  layout?: PanelLayout;
  onLayoutChange?(layout: PanelLayout): void;
  /** The page's colour scheme. */
  theme?: "light" | "dark";
  /** Applies a finding's fix; the "Herstel" button is offered only where this says it can. */
  onApplyFix?(finding: Finding): void;
  canApplyFix?(finding: Finding): boolean;
  /** The fixes that were applied, shown where their card was, each with "Ongedaan maken". */
  fixes?: readonly AppliedFix[];
  /** Undoes one applied fix (the panel's own fixes), or the last change (the playground). */
  onUndo?(id?: number): void;
  /** "Ga naar veld": scrolls to the field, focuses it and selects the finding's range. */
  onGoToField?(finding: Finding): void;
  canGoToField?(finding: Finding): boolean;
  /** The waiver a finding was deliberately accepted with, if any. */
  waiverFor?(finding: Finding): { reason: string } | undefined;
  onWaive?(finding: Finding, reason: string): void;
  /** "Gecontroleerd, klopt" for advice: remembered for the value it was given on. */
  isAcknowledged?(finding: Finding): boolean;
  onAcknowledge?(finding: Finding): void;
  /** Copies the review report; resolves whether it was copied, for a visible confirmation. */
  onCopyReport?(): Promise<boolean>;
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

/** The panel's sections: advice about the account as a whole first, then one per field. */
const SECTIONS = ["account", ...FIELDS] as const;

/** A cause no field of the profile carries (its rule reads no field), such as the Facebook advice. */
function isAccountWide(group: FindingGroup): boolean {
  const rule = group.findings[0] ? findProfileRule(group.findings[0].rule) : undefined;
  return rule !== undefined && rule.meta.fields.length === 0;
}

/** A key press typed into a field of the panel (the waiver reason) is no shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function Panel(props: PanelProps) {
  const { platform, handle, accountType, result, bio, lang, onChooseAccountType, floating = true } = props;
  const { onApplyFix, canApplyFix, onUndo, waiverFor, onWaive, onCopyReport, onGoToField, canGoToField } = props;
  const { isAcknowledged, onAcknowledge, fixes = [], autoOpen = true, notMinister = false } = props;
  const t = panelTranslator(lang);
  const labels = translator(lang);
  const initial = props.layout ?? DEFAULT_LAYOUT;
  const [layout, setLayoutState] = useState<PanelLayout>(() => ({
    ...initial,
    collapsed: autoOpen ? initial.collapsed : true,
  }));
  const [choosing, setChoosing] = useState(false);
  const [showingShortcuts, setShowingShortcuts] = useState(false);
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const newestUndo = useRef<HTMLButtonElement>(null);
  /** Set by a person's action whose result takes focus once rendered. */
  const [copyStatus, setCopyStatus] = useState<"reportCopied" | "reportCopyFailed" | null>(null);
  const focusAfterRender = useRef<{ on: "toggle" | "heading" } | { on: "undo"; after: number } | null>(null);
  const seenAutoOpen = useRef(autoOpen);
  const newestFix = fixes.reduce<AppliedFix | undefined>(
    (newest, fix) => (!newest || fix.id > newest.id ? fix : newest),
    undefined,
  );

  function setLayout(next: PanelLayout, remember = true): void {
    setLayoutState(next);
    if (remember) props.onLayoutChange?.(next);
  }
  const collapsed = floating && layout.collapsed;

  // A page that should open by itself (the user navigated to the edit page) opens, unless the user
  // collapsed the panel on this site; one that should not (another profile) folds back to the tab.
  useEffect(() => {
    if (seenAutoOpen.current === autoOpen) return;
    seenAutoOpen.current = autoOpen;
    setLayoutState((now) => ({ ...now, collapsed: autoOpen ? (props.layout ?? DEFAULT_LAYOUT).collapsed : true }));
  }, [autoOpen, props.layout]);

  useEffect(() => {
    if (!props.revealSignal) return;
    // The heading exists once the panel is open: the focus effect moves there after this render.
    focusAfterRender.current = { on: "heading" };
    setLayoutState((now) => ({ ...now, collapsed: false }));
  }, [props.revealSignal]);

  // Focus stays in the panel: on the toggle after collapsing, on "Ongedaan maken" once the fix is in.
  // A layout effect, so focus moves in the same task as the DOM: a key pressed right after lands there.
  useLayoutEffect(() => {
    const target = focusAfterRender.current;
    if (target?.on === "toggle" || (target?.on === "heading" && heading.current)) {
      (target.on === "toggle" ? toggle : heading).current?.focus();
      focusAfterRender.current = null;
    } else if (target?.on === "undo" && newestFix && newestFix.id > target.after && newestUndo.current) {
      newestUndo.current.focus();
      focusAfterRender.current = null;
    }
  });

  /** Drag by the header (the dock buttons do the same by keyboard), kept inside the window. */
  function startDrag(event: PointerEvent): void {
    if (!floating || (event.target as Element).closest("button")) return;
    const panel = section.current;
    if (!panel) return;
    const box = panel.getBoundingClientRect();
    const offset = { x: event.clientX - box.left, y: event.clientY - box.top };
    let position: PanelLayout["position"] = null;
    const move = (moveEvent: PointerEvent) => {
      position = {
        left: Math.min(Math.max(0, moveEvent.clientX - offset.x), window.innerWidth - box.width),
        top: Math.min(Math.max(0, moveEvent.clientY - offset.y), window.innerHeight - 40),
      };
      setLayout({ ...layout, position }, false);
    };
    const stop = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", stop);
      if (position) setLayout({ ...layout, position });
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", stop);
  }

  function toggleCollapsed(): void {
    focusAfterRender.current = { on: "toggle" };
    setLayout({ ...layout, collapsed: !layout.collapsed });
  }

  const validTypes = (props.accountTypes ?? ACCOUNT_TYPES).filter((type) => invalidPairReason(platform, type) === null);
  const name = props.accountName ?? `@${handle ?? labels("unknownHandle")}`;
  const needsType = !notMinister && (accountType === null || choosing);
  const showChoice = needsType || (notMinister && choosing);
  // A waived or acknowledged finding stays visible but no longer counts.
  const settled = (finding: Finding) => waiverFor?.(finding) !== undefined || isAcknowledged?.(finding) === true;
  const groups = result ? groupFindings(result.findings) : [];
  const openGroups = groups.filter((group) => group.findings.some((finding) => !settled(finding)));
  // Per severity, as the badge and the popup count them.
  const openCauses = countOpenCauses(groups, (finding) => !settled(finding));
  const summary = result ? panelSummary(lang, t, result, openGroups, labels("fieldBio")) : null;
  /** The fix each card offers now, for the "h" shortcut. */
  const fixableByCard = new Map<string, Finding>();
  const status =
    notMinister && !choosing ? "not-minister" : needsType ? "needs-account-type" : result ? "ready" : "checking";

  // Stable, so the cards that did not change are not rendered again on a keystroke.
  const latest = useRef({ onApplyFix, newestId: newestFix?.id ?? 0 });
  latest.current = { onApplyFix, newestId: newestFix?.id ?? 0 };
  const onApplyFixAndFocus = useCallback((finding: Finding) => {
    focusAfterRender.current = { on: "undo", after: latest.current.newestId };
    latest.current.onApplyFix?.(finding);
  }, []);

  function moveBetweenCards(step: 1 | -1): void {
    const cards = Array.from(section.current?.querySelectorAll<HTMLElement>("[data-card]") ?? []);
    if (cards.length === 0) return;
    // The panel lives in a shadow root on the page, in the document in the playground.
    const active = (section.current?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement ?? null;
    const at = cards.findIndex((card) => card === active || card.contains(active));
    const next = cards[at === -1 ? (step === 1 ? 0 : cards.length - 1) : (at + step + cards.length) % cards.length];
    next?.focus();
    next?.scrollIntoView({ block: "nearest" });
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (
      !floating ||
      event.isTrusted === false ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      isTyping(event.target)
    )
      return;
    const target = event.target as HTMLElement;
    const handled = (() => {
      switch (event.key) {
        case "j":
          moveBetweenCards(1);
          return true;
        case "k":
          moveBetweenCards(-1);
          return true;
        case "h": {
          // The action itself, not a click on its button: a script's click is ignored (fromPerson).
          const key = target.closest("[data-card]")?.getAttribute("data-card-key");
          const finding = key ? fixableByCard.get(key) : undefined;
          if (!finding || !onApplyFix) return false;
          onApplyFixAndFocus(finding);
          return true;
        }
        case "u": {
          const undo = section.current?.querySelector<HTMLButtonElement>(`[data-undo="${newestFix?.id}"]`);
          if (!undo || !onUndo || !newestFix) return false;
          onUndo(newestFix.id);
          return true;
        }
        case "c":
          toggleCollapsed();
          return true;
        case "?":
          setShowingShortcuts(!showingShortcuts);
          return true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  }

  const placed = layout.position && floating;
  return (
    <section
      ref={section}
      class={`panel dock-${layout.dock} theme-${props.theme ?? "light"}${floating ? " floating" : ""}${collapsed ? " collapsed" : ""}`}
      style={
        placed
          ? { left: `${layout.position?.left}px`, top: `${layout.position?.top}px`, right: "auto", bottom: "auto" }
          : undefined
      }
      aria-labelledby="panel-title"
      data-status={status}
      data-platform={platform}
      data-account-type={accountType ?? ""}
      data-collapsed={collapsed ? "true" : "false"}
      lang={lang}
      onKeyDown={onKeyDown}
    >
      {collapsed ? (
        <>
          <h2 id="panel-title" class="visually-hidden">
            {t("panelTitle")}
          </h2>
          <button
            type="button"
            class="tab"
            ref={toggle}
            aria-expanded="false"
            aria-controls="panel-body"
            aria-describedby={summary ? "panel-summary" : undefined}
            onClick={toggleCollapsed}
          >
            {t("openPanel")}
            {summary && openGroups.length > 0 && ` · ${openGroups.length}`}
          </button>
          {summary && (
            <p id="panel-summary" class="visually-hidden">
              {summary.text}
            </p>
          )}
        </>
      ) : (
        <div class="top">
          <header onPointerDown={startDrag} class={floating ? "draggable" : undefined}>
            <h2 id="panel-title" ref={heading} tabIndex={-1}>
              {t("panelTitle")}
            </h2>
            {floating && (
              <div class="controls">
                <button
                  type="button"
                  onClick={() =>
                    setLayout({ ...layout, position: null, dock: layout.dock === "right" ? "left" : "right" })
                  }
                >
                  {layout.dock === "right" ? t("dockLeft") : t("dockRight")}
                </button>
                <button
                  type="button"
                  ref={toggle}
                  aria-expanded="true"
                  aria-controls="panel-body"
                  onClick={toggleCollapsed}
                >
                  {t("collapse")}
                </button>
                <button
                  type="button"
                  aria-expanded={showingShortcuts}
                  aria-controls="panel-shortcuts"
                  aria-label={t("shortcuts")}
                  onClick={() => setShowingShortcuts(!showingShortcuts)}
                >
                  {t("shortcutsButton")}
                </button>
              </div>
            )}
          </header>
          {summary && !showChoice && status === "ready" && (
            <p
              id="panel-summary"
              class={`summary summary-${summary.tone}`}
              role="status"
              data-summary=""
              data-errors={openCauses.error}
              data-warnings={openCauses.warning}
            >
              {summary.text}
            </p>
          )}
        </div>
      )}
      <div id="panel-body" hidden={collapsed}>
        {showingShortcuts && !collapsed && <Shortcuts t={t} />}
        <p class="account">
          {t("accountLabel")}: <strong>{name}</strong> · {PLATFORM_LABELS[platform]}
          {(accountType || notMinister) && !choosing && (
            <>
              {" "}
              · {notMinister ? t("notMinister") : labels(ACCOUNT_TYPE_LABEL[accountType as AccountType])}{" "}
              <button type="button" class="link" onClick={() => setChoosing(true)}>
                {t("changeAccountType")}
              </button>
            </>
          )}
        </p>
        {showChoice ? (
          <AccountTypeChoice
            name={name}
            types={validTypes}
            t={t}
            labels={labels}
            onChoose={(type) => {
              setChoosing(false);
              onChooseAccountType(type);
            }}
            onNotMinister={
              props.onChooseNotMinister && !notMinister
                ? () => {
                    setChoosing(false);
                    props.onChooseNotMinister?.();
                  }
                : undefined
            }
          />
        ) : notMinister ? (
          <p class="muted">{t("notMinisterChosen")}</p>
        ) : result && accountType ? (
          <>
            {props.checkedAfterPause && <p class="reason">{t("checkedAfterPause")}</p>}
            {((onUndo && !props.fixes) || onCopyReport) && (
              <p class="actions">
                {onUndo && !props.fixes && (
                  <button type="button" data-undo="" onClick={fromPerson(() => onUndo())}>
                    {t("undo")}
                  </button>
                )}
                {onCopyReport && (
                  <button
                    type="button"
                    data-copy-report=""
                    onClick={fromPerson(() => {
                      void onCopyReport().then((copied) => setCopyStatus(copied ? "reportCopied" : "reportCopyFailed"));
                    })}
                  >
                    {t("copyReport")}
                  </button>
                )}
                <span role="status" data-copy-status="">
                  {copyStatus ? t(copyStatus) : ""}
                </span>
              </p>
            )}
            {props.onCopyPageSketch && <PageSketchButton lang={lang} onCopy={props.onCopyPageSketch} />}
            <FieldStatusList
              result={result}
              lang={lang}
              t={t}
              labels={labels}
              avatarPending={props.avatar !== undefined && props.avatar.answer === undefined}
            />
            {props.avatar && <AvatarThumbnail url={props.avatar.url} answer={props.avatar.answer} t={t} />}
            {props.bioBuilder && result.fields.bio.status !== "not-checked" && (
              <BioBuilder lang={lang} t={t} propose={props.bioBuilder.propose} onUse={props.bioBuilder.onUse} />
            )}
            {SECTIONS.map((section) => {
              // Advice about the account as a whole (no field of its own) stands apart, not under a field.
              const field = section === "account" ? null : section;
              const fieldGroups = groups.filter((group) =>
                field === null ? isAccountWide(group) : group.field === field && !isAccountWide(group),
              );
              const fieldFixes = field === null ? [] : fixes.filter((fix) => fix.field === field);
              if (fieldGroups.length === 0 && fieldFixes.length === 0) return null;
              const sectionTitle = field === null ? t("accountSection") : labels(FIELD_LABEL[field]);
              return (
                <section key={section} class="field-group" aria-label={sectionTitle}>
                  <h3>
                    {sectionTitle}
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
                    {fieldFixes.map((fix) => (
                      <FixedRow
                        key={`fix-${fix.id}`}
                        fix={fix}
                        t={t}
                        onUndo={onUndo}
                        undoRef={fix.id === newestFix?.id ? newestUndo : undefined}
                      />
                    ))}
                    {fieldGroups.map((group) => {
                      const fixable = onApplyFix
                        ? group.findings.find(
                            (finding) => finding.fix !== undefined && (canApplyFix?.(finding) ?? true),
                          )
                        : undefined;
                      if (fixable) fixableByCard.set(group.key, fixable);
                      const value = field === null ? undefined : props.profile?.[field];
                      return (
                        <MemoFindingCard
                          key={group.key}
                          group={group}
                          lang={lang}
                          platform={platform}
                          accountType={accountType}
                          t={t}
                          labels={labels}
                          waivers={group.findings.map((finding) => waiverFor?.(finding))}
                          acknowledged={group.findings.map((finding) => isAcknowledged?.(finding) === true)}
                          fixable={fixable}
                          preview={
                            fixable ? fixPreview(t, fixable, typeof value === "string" ? value : undefined) : undefined
                          }
                          canGoToField={canGoToField?.(group.findings[0] as Finding) ?? false}
                          onApplyFix={onApplyFix ? onApplyFixAndFocus : undefined}
                          onGoToField={onGoToField}
                          onWaive={onWaive}
                          onAcknowledge={onAcknowledge}
                        />
                      );
                    })}
                  </ul>
                  {field === "bio" && bio !== null && (
                    <BioWithMarks
                      bio={bio}
                      findings={result.findings.filter((finding) => finding.field === "bio")}
                      t={t}
                    />
                  )}
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
