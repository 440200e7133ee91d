/**
 * The small card by a post or reply box: the findings on the message being written, the words
 * they are about, the guideline behind "Waarom?", fixes, and (on hybrid accounts) the role the
 * writer writes in. It knows nothing of the platform it stands on.
 *
 * Test contract (the same as the profile panel's): the root carries data-status; findings carry
 * data-rule, data-severity and data-field="text"; fix and undo buttons carry data-fix and
 * data-undo; the role control carries data-role with the current role ("" when none is chosen).
 */
import { findMessageRule } from "@/rules/catalog/message-rules";
import type { Account, Language, MessageFinding } from "@/rules/schema";
import type { Localized } from "@/rules/types";
import { ROLES, type Role, type Severity } from "@/rules/vocabulary";
import { pluralForm } from "@/utils/i18n";
import { RuleExplanation } from "../RuleExplanation";
import { type ComposerTranslate, composerTranslator } from "./messages";

const ROLE_LABEL = { ministry: "roleMinistry", party: "roleParty", minister: "roleMinister" } as const;
const SEVERITY_LABEL = { error: "severityError", warning: "severityWarning", info: "severityInfo" } as const;
const SEVERITY_ICON: Record<Severity, string> = { error: "✖", warning: "▲", info: "ℹ" };

/** The account that writes, as far as the card needs it (the guideline quotes that apply). */
type WritingAccount = Pick<Account, "platform" | "type">;

export interface ComposerCardProps {
  lang: Language;
  account: WritingAccount;
  kind: "post" | "reply";
  writer: string;
  text: string;
  findings: readonly MessageFinding[];
  /** Rules that apply but could not run (no role chosen, an English reply, …), with why: never a silent pass. */
  notChecked: readonly { rule: string; reason: Localized }[];
  /** The role chosen for this message; null until the writer chooses one on a hybrid account. */
  messageRole: Role | null;
  roleChoice: boolean;
  canUndo: boolean;
  /** Every callback receives the triggering event so the session can refuse untrusted ones. */
  onRole(role: Role, event: Event): void;
  onFix(finding: MessageFinding, event: Event): void;
  onUndo(event: Event): void;
}

function FindingCard(props: {
  finding: MessageFinding;
  account: WritingAccount;
  text: string;
  lang: Language;
  t: ComposerTranslate;
  onFix(finding: MessageFinding, event: Event): void;
}) {
  const { finding, account, text, lang, t, onFix } = props;
  const rule = findMessageRule(finding.rule);
  const marked = finding.start !== undefined && finding.end !== undefined ? text.slice(finding.start, finding.end) : "";
  return (
    <li
      class={`finding severity-${finding.severity}`}
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-field={finding.field}
    >
      <p class="finding-head">
        <span class="icon" aria-hidden="true">
          {SEVERITY_ICON[finding.severity]}
        </span>
        <span class="visually-hidden">{t(SEVERITY_LABEL[finding.severity])}: </span>
        <strong>{rule?.meta.title[lang] ?? finding.rule}</strong>
      </p>
      <p class="message">{finding.message}</p>
      {marked && (
        <p class="marked">
          {t("marked")}: <mark>{marked}</mark>
        </p>
      )}
      {finding.fix && (
        <p class="actions">
          <button type="button" data-fix={finding.rule} onClick={(event) => onFix(finding, event)}>
            {t("fix")}
          </button>
        </p>
      )}
      {rule && (
        <details>
          <summary>{t("why")}</summary>
          <RuleExplanation
            rule={rule}
            lang={lang}
            platform={account.platform}
            accountType={account.type}
            source={t("guidelineSource")}
          />
        </details>
      )}
    </li>
  );
}

function RoleControl(props: { role: Role | null; t: ComposerTranslate; onRole: ComposerCardProps["onRole"] }) {
  const { role, t, onRole } = props;
  return (
    <fieldset class="role" data-role={role ?? ""}>
      <legend>{t("roleLegend")}</legend>
      <div class="role-options">
        {ROLES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="profielcheck-role"
              value={option}
              checked={role === option}
              onChange={(event) => onRole(option, event)}
            />
            {t(ROLE_LABEL[option])}
          </label>
        ))}
      </div>
      {role === null && <p class="hint">{t("roleNeeded")}</p>}
    </fieldset>
  );
}

export function ComposerCard(props: ComposerCardProps) {
  const { lang, account, kind, writer, text, findings, notChecked, messageRole, roleChoice, canUndo } = props;
  const { onRole, onFix, onUndo } = props;
  const t = composerTranslator(lang);
  return (
    <section class="card" data-status="ready" aria-labelledby="profielcheck-composer-title" lang={lang}>
      <header>
        <h2 id="profielcheck-composer-title">{t(kind === "reply" ? "titleReply" : "title")}</h2>
        <span class="writer">{t("writesAs", { handle: writer })}</span>
      </header>
      <div class="body">
        {roleChoice ? (
          <RoleControl role={messageRole} t={t} onRole={onRole} />
        ) : (
          <p class="hint">{t("corporateRole")}</p>
        )}
        <p class="summary" role="status">
          {findings.length === 0
            ? t("noFindings")
            : t(`findingsCount_${pluralForm(lang, findings.length)}`, { count: findings.length })}
        </p>
        {findings.length > 0 && (
          <ul class="findings">
            {findings.map((finding) => (
              <FindingCard
                key={`${finding.rule}:${finding.start ?? ""}:${finding.message}`}
                finding={finding}
                account={account}
                text={text}
                lang={lang}
                t={t}
                onFix={onFix}
              />
            ))}
          </ul>
        )}
        {notChecked.length > 0 && (
          <ul class="not-checked">
            {notChecked.map(({ rule, reason }) => (
              <li key={rule} data-not-checked={rule}>
                {findMessageRule(rule)?.meta.title[lang] ?? rule}: {reason[lang]}
              </li>
            ))}
          </ul>
        )}
        {canUndo && (
          <p class="actions">
            <button type="button" data-undo="" onClick={onUndo}>
              {t("undo")}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
