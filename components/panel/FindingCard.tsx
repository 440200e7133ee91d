/**
 * One card per cause: the instruction that resolves it, the severity in words and icon, the rules
 * the cause breaks (each with its message and the guideline's words), and its actions: the fix
 * (with what it will write), "Ga naar veld", and as secondary actions "Gecontroleerd, klopt" for
 * advice and the waiver.
 */
import { Component } from "preact";
import { useState } from "preact/hooks";
import { findProfileRule } from "@/rules/catalog/profile-rules";
import type { FindingGroup } from "@/rules/group-findings";
import type { Finding } from "@/rules/schema";
import type { AccountType, Language, Platform } from "@/rules/vocabulary";
import type { Translate } from "@/utils/i18n";
import { SEVERITY_LABEL } from "../labels";
import { RuleExplanation } from "../RuleExplanation";
import { fromPerson } from "../trusted";
import { instructionTitle, type PanelTranslate } from "./messages";
import { WaiverForm } from "./WaiverForm";

/** Shapes as well as colours, so severity does not rest on colour alone (WCAG 1.4.1). */
export const SEVERITY_ICON = { error: "✖", warning: "▲", info: "ℹ" } as const;

export interface FindingCardProps {
  group: FindingGroup;
  lang: Language;
  /** The account in view, for the guideline quotes that apply to it. */
  platform: Platform;
  accountType: AccountType;
  t: PanelTranslate;
  labels: Translate;
  /** Per finding of the group: the waiver it was accepted with, and whether it was checked and found right. */
  waivers: ({ reason: string } | undefined)[];
  acknowledged: boolean[];
  /** The finding whose fix can be applied now, and what it will write. */
  fixable: Finding | undefined;
  preview: string | undefined;
  canGoToField: boolean;
  onApplyFix: ((finding: Finding) => void) | undefined;
  onGoToField: ((finding: Finding) => void) | undefined;
  onWaive: ((finding: Finding, reason: string) => void) | undefined;
  onAcknowledge: ((finding: Finding) => void) | undefined;
}

/** A rule's title as an instruction where the panel has one, else the rule's own title. */
export function findingTitle(t: PanelTranslate, lang: Language, rule: string): string {
  return instructionTitle(t, rule) ?? findProfileRule(rule)?.meta.title[lang] ?? rule;
}

/** The same finding as far as its card shows it (each check makes new finding objects). */
function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.field === b.field &&
    a.message === b.message &&
    a.start === b.start &&
    a.end === b.end &&
    JSON.stringify(a.fix) === JSON.stringify(b.fix)
  );
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((item, index) => same(item, b[index] as T));
}

/**
 * A card re-renders only when what it shows changed: typing elsewhere in the bio leaves the other
 * cards alone. (The callbacks it gets are the live check's stable ones.)
 */
export class MemoFindingCard extends Component<FindingCardProps> {
  override shouldComponentUpdate(next: FindingCardProps): boolean {
    const now = this.props;
    return !(
      sameList(now.group.findings, next.group.findings, sameFinding) &&
      sameList(now.waivers, next.waivers, (a, b) => a?.reason === b?.reason) &&
      sameList(now.acknowledged, next.acknowledged, (a, b) => a === b) &&
      now.lang === next.lang &&
      now.platform === next.platform &&
      now.accountType === next.accountType &&
      (now.fixable === undefined) === (next.fixable === undefined) &&
      now.preview === next.preview &&
      now.canGoToField === next.canGoToField &&
      now.onApplyFix === next.onApplyFix &&
      now.onGoToField === next.onGoToField &&
      now.onWaive === next.onWaive &&
      now.onAcknowledge === next.onAcknowledge
    );
  }

  override render() {
    return <FindingCard {...this.props} />;
  }
}

export function FindingCard(props: FindingCardProps) {
  const { group, lang, t, labels, fixable, preview, canGoToField, onApplyFix, onGoToField } = props;
  const [primary] = group.findings as [Finding, ...Finding[]];
  const several = group.findings.length > 1;
  // "Ga naar veld" selects the part of the field that is wrong, where a finding of the cause names it.
  const ranged = group.findings.find((finding) => finding.start !== undefined) ?? primary;
  return (
    <li
      class={`card card-${group.severity}`}
      data-card=""
      data-card-key={group.key}
      data-card-severity={group.severity}
      data-field={group.field}
      tabIndex={-1}
    >
      <p class="card-head">
        <span class="icon" aria-hidden="true">
          {SEVERITY_ICON[group.severity]}
        </span>
        <span class="severity">{labels(SEVERITY_LABEL[group.severity])}</span>
        <strong>{findingTitle(t, lang, primary.rule)}</strong>
      </p>
      <ul class="breaks" aria-label={several ? t("breaks") : undefined}>
        {group.findings.map((finding, index) => (
          <FindingItem
            key={`${finding.rule}-${index}`}
            {...props}
            finding={finding}
            // The card's head names the first rule; the others it breaks are named on their own line.
            showTitle={several && index > 0}
            waiver={props.waivers[index]}
            acknowledged={props.acknowledged[index] ?? false}
          />
        ))}
      </ul>
      {((onApplyFix && fixable) || (onGoToField && canGoToField)) && (
        <p class="actions">
          {onApplyFix && fixable && (
            <button
              type="button"
              class="primary"
              data-fix={fixable.rule}
              aria-describedby={preview ? `preview-${group.key}` : undefined}
              onClick={fromPerson(() => onApplyFix(fixable))}
            >
              {t("fix")}
            </button>
          )}
          {onGoToField && canGoToField && (
            <button type="button" data-go-to-field={group.field} onClick={fromPerson(() => onGoToField(ranged))}>
              {t("goToField")}
            </button>
          )}
        </p>
      )}
      {onApplyFix && fixable && preview && (
        <p class="preview" id={`preview-${group.key}`} data-fix-preview="">
          {preview}
        </p>
      )}
    </li>
  );
}

function FindingItem(
  props: Omit<FindingCardProps, "waivers" | "acknowledged"> & {
    finding: Finding;
    showTitle: boolean;
    waiver: { reason: string } | undefined;
    acknowledged: boolean;
  },
) {
  const { finding, showTitle, waiver, acknowledged, lang, platform, accountType, t, labels, onWaive, onAcknowledge } =
    props;
  const rule = findProfileRule(finding.rule);
  const [waiving, setWaiving] = useState(false);
  const [showingReason, setShowingReason] = useState(false);
  const [explaining, setExplaining] = useState(false);
  // Advice (and the detector's doubt, which is advice) is confirmed, not deviated from.
  const canAcknowledge = onAcknowledge && finding.severity === "info" && !acknowledged && !waiver;
  return (
    <li
      class={waiver ? "waived" : undefined}
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-field={finding.field}
      data-waived={waiver ? "true" : undefined}
      data-acknowledged={acknowledged ? "true" : undefined}
    >
      {showTitle && (
        <p>
          <span aria-hidden="true">{SEVERITY_ICON[finding.severity]} </span>
          <span class="visually-hidden">{labels(SEVERITY_LABEL[finding.severity])}: </span>
          {findingTitle(t, lang, finding.rule)}
        </p>
      )}
      <p class="message">{finding.message}</p>
      {acknowledged && <p class="muted">{t("acknowledged")}</p>}
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
      {(canAcknowledge || (onWaive && !waiver && !acknowledged)) && (
        <p class="actions">
          {canAcknowledge && (
            <button type="button" data-acknowledge={finding.rule} onClick={fromPerson(() => onAcknowledge(finding))}>
              {t("acknowledge")}
            </button>
          )}
          {onWaive && !waiver && !acknowledged && (
            <button type="button" class="link" aria-expanded={waiving} onClick={() => setWaiving(!waiving)}>
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
        // The explanation is built when opened: a card that appears while typing stays cheap.
        <details onToggle={(event) => setExplaining((event.currentTarget as HTMLDetailsElement).open)}>
          <summary>{t("why")}</summary>
          {explaining && (
            <>
              <RuleExplanation
                rule={rule}
                lang={lang}
                platform={platform}
                accountType={accountType}
                source={labels("guidelineSource")}
              />
              <p class="rule-id">
                <code>{finding.rule}</code>
              </p>
            </>
          )}
        </details>
      )}
    </li>
  );
}
