/**
 * The playground's posts and replies: a composer mock per platform (new post or reply, the role
 * control on hybrid accounts, the message answered), the message rules running on every
 * keystroke, and a findings card with the offending words marked, the guideline behind "Waarom?",
 * fixes and undo. It uses the test contract of the composer card: data-rule, data-severity,
 * data-field="text", data-status, data-fix / data-undo, and data-role on the role control.
 */
import { useMemo, useState } from "preact/hooks";
import { findRule } from "@/rules/catalog";
import { platformsOf } from "@/rules/catalog-text";
import { PLATFORM_LABELS, severityWord } from "@/rules/labels";
import { checkMessage } from "@/rules/message-engine";
import {
  ACCOUNT_TYPES,
  type Account,
  type AccountType,
  invalidPairReason,
  type Language,
  type MessageFinding,
  type MessageKind,
  PLATFORMS,
  type Platform,
  ROLES,
  type Role,
} from "@/rules/schema";
import { RuleExplanation } from "../RuleExplanation";
import { MESSAGE_SCENARIOS, type MessageScenario } from "./message-scenarios";
import type { PlaygroundMessageKey, PlaygroundTranslate } from "./messages";
import { ScenarioList } from "./ScenarioList";

interface Draft {
  scenarioId: string | null;
  account: Account;
  kind: MessageKind;
  text: string;
  role: Role | null;
  inReplyTo: string;
}

function fromScenario(scenario: MessageScenario): Draft {
  const { post } = scenario.case;
  return {
    scenarioId: scenario.id,
    account: scenario.case.account,
    kind: scenario.case.kind,
    text: post.text,
    role: post.role ?? null,
    inReplyTo: post.inReplyTo ?? "",
  };
}

const COMPOSER_TITLE: Record<Platform, PlaygroundMessageKey> = {
  x: "composerX",
  instagram: "composerInstagram",
  linkedin: "composerLinkedin",
  facebook: "composerFacebook",
};
const PLACEHOLDER: Record<Platform, Record<MessageKind, PlaygroundMessageKey>> = {
  x: { post: "composeX", reply: "replyX" },
  instagram: { post: "composeInstagram", reply: "replyInstagram" },
  linkedin: { post: "composeLinkedin", reply: "replyLinkedin" },
  facebook: { post: "composeFacebook", reply: "replyFacebook" },
};
const ROLE_LABEL: Record<Role, PlaygroundMessageKey> = {
  ministry: "roleMinistry",
  party: "roleParty",
  minister: "roleMinister",
};

/** The text with the words of the findings marked. */
function MarkedText({ text, findings }: { text: string; findings: readonly MessageFinding[] }) {
  const ranges = findings
    .filter((finding) => finding.start !== undefined && finding.end !== undefined && finding.start < finding.end)
    .map((finding) => [finding.start as number, finding.end as number] as const)
    .sort((a, b) => a[0] - b[0]);
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <p class="marked">{parts}</p>;
}

function FixButton({
  finding,
  text,
  t,
  onFix,
}: {
  finding: MessageFinding;
  text: string;
  t: PlaygroundTranslate;
  onFix: () => void;
}) {
  const fix = finding.fix;
  if (fix?.type !== "replace") return null;
  const label =
    fix.text === ""
      ? t("fixRemove")
      : t("fixAction", { suggestion: `${text.slice(fix.start, fix.end)} → ${fix.text.trim()}`.replace(/^ → /, "+ ") });
  return (
    <button type="button" data-fix={finding.rule} onClick={onFix}>
      {label}
    </button>
  );
}

export function MessagePlayground({
  lang,
  t,
  initialScenario,
}: {
  lang: Language;
  t: PlaygroundTranslate;
  initialScenario?: string | null;
}) {
  const first =
    MESSAGE_SCENARIOS.find((each) => each.id === initialScenario) ?? (MESSAGE_SCENARIOS[0] as MessageScenario);
  const [draft, setDraft] = useState<Draft>(() => fromScenario(first));
  const [history, setHistory] = useState<string[]>([]);
  const { account, kind, text, role, inReplyTo } = draft;
  const result = useMemo(
    () =>
      checkMessage(
        { kind, account, post: { text, role, ...(kind === "reply" && inReplyTo.trim() !== "" ? { inReplyTo } : {}) } },
        { lang },
      ),
    [kind, account, text, role, inReplyTo, lang],
  );
  const hybrid = account.type === "hybrid";

  const change = (next: Partial<Draft>) => setDraft((before) => ({ ...before, ...next }));
  const typeText = (next: string) => {
    setHistory([]);
    change({ text: next });
  };
  const applyFix = (finding: MessageFinding) => {
    const fix = finding.fix;
    if (fix?.type !== "replace" || fix.end > text.length) return;
    setHistory((before) => [...before, text]);
    change({ text: text.slice(0, fix.start) + fix.text + text.slice(fix.end) });
  };
  const undo = () => {
    const previous = history.at(-1);
    if (previous === undefined) return;
    setHistory(history.slice(0, -1));
    change({ text: previous });
  };
  const choosePlatform = (platform: Platform) => {
    // A type the platform does not have becomes its counterpart (corporate <-> showcase).
    const type: AccountType =
      invalidPairReason(platform, account.type) === null
        ? account.type
        : platform === "linkedin"
          ? "showcase"
          : "corporate";
    change({ account: { ...account, platform, type } });
  };

  return (
    <>
      <ScenarioList
        heading={t("messageScenarios")}
        headingId="message-scenarios-title"
        scenarios={MESSAGE_SCENARIOS}
        currentId={draft.scenarioId}
        dataAttribute="data-message-scenario"
        lang={lang}
        t={t}
        onLoad={(each) => {
          setDraft(fromScenario(each));
          setHistory([]);
        }}
      />

      <section class="card editor composer" data-platform={account.platform} aria-labelledby="composer-title">
        <h2 id="composer-title" tabIndex={-1}>
          {t(COMPOSER_TITLE[account.platform])}
        </h2>
        <div class="row">
          <div>
            <label class="field-label" for="composer-platform">
              {t("platform")}
            </label>
            <select
              id="composer-platform"
              value={account.platform}
              onChange={(event) => choosePlatform(event.currentTarget.value as Platform)}
            >
              {PLATFORMS.map((platform) => (
                <option key={platform} value={platform}>
                  {PLATFORM_LABELS[platform]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label class="field-label" for="composer-type">
              {t("accountType")}
            </label>
            <select
              id="composer-type"
              value={account.type}
              onChange={(event) => change({ account: { ...account, type: event.currentTarget.value as AccountType } })}
            >
              {ACCOUNT_TYPES.filter((type) => platformsOf(type).includes(account.platform)).map((type) => (
                <option key={type} value={type}>
                  {t(type === "corporate" ? "typeCorporate" : type === "hybrid" ? "typeHybrid" : "typeShowcase")}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset class="kind">
          <legend class="field-label">{t("composer")}</legend>
          {(["post", "reply"] as const).map((each) => (
            <label key={each}>
              <input
                type="radio"
                name="composer-kind"
                value={each}
                checked={kind === each}
                onChange={() => change({ kind: each })}
              />{" "}
              {t(each === "post" ? "kindPost" : "kindReply")}
            </label>
          ))}
        </fieldset>
        {kind === "reply" && (
          <>
            <label class="field-label" for="composer-in-reply-to">
              {t("replyingTo")}
            </label>
            <textarea
              id="composer-in-reply-to"
              class="in-reply-to"
              value={inReplyTo}
              onInput={(event) => change({ inReplyTo: event.currentTarget.value })}
            />
          </>
        )}
        <fieldset class="role" data-role={hybrid ? (role ?? "") : "ministry"}>
          <legend class="field-label">{t("role")}</legend>
          {hybrid ? (
            ROLES.map((each) => (
              <label key={each}>
                <input
                  type="radio"
                  name="composer-role"
                  value={each}
                  checked={role === each}
                  onChange={() => change({ role: each })}
                />{" "}
                {t(ROLE_LABEL[each])}
              </label>
            ))
          ) : (
            <p class="counter">{t("roleCorporate")}</p>
          )}
          {hybrid && role === null && <p class="counter">{t("roleNone")}</p>}
        </fieldset>
        <label class="field-label" for="composer-text">
          {t("messageText")}
        </label>
        <textarea
          id="composer-text"
          class="composer-text"
          placeholder={t(PLACEHOLDER[account.platform][kind])}
          value={text}
          onInput={(event) => typeText(event.currentTarget.value)}
        />
      </section>

      <section
        class="card composer-card explanation"
        data-status="ready"
        aria-labelledby="composer-card-title"
        aria-live="polite"
      >
        <h2 id="composer-card-title">{t("messageFindings")}</h2>
        {result.findings.length > 0 && <MarkedText text={text} findings={result.findings} />}
        {result.findings.length === 0 && <p>{t("messageOk")}</p>}
        <ol class="message-findings">
          {result.findings.map((finding, index) => {
            const rule = findRule(finding.rule);
            return (
              <li
                key={`${finding.rule}-${index}`}
                data-rule={finding.rule}
                data-severity={finding.severity}
                data-field="text"
              >
                <strong class={`severity-${finding.severity}`}>{severityWord(finding.severity, lang)}</strong>{" "}
                {finding.message} <code>{finding.rule}</code>
                <div class="fix">
                  <FixButton finding={finding} text={text} t={t} onFix={() => applyFix(finding)} />
                </div>
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
          })}
        </ol>
        {result.notEvaluated.length > 0 && (
          <ul class="not-checked">
            {result.notEvaluated.map(({ rule, reason }) => (
              <li key={rule} data-not-checked={rule}>
                {t("notChecked", { rule, reason: reason[lang] })}
              </li>
            ))}
          </ul>
        )}
        {history.length > 0 && (
          <button type="button" data-undo="" onClick={undo}>
            {t("undo")}
          </button>
        )}
      </section>
    </>
  );
}
