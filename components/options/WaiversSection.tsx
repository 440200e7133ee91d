/**
 * "Afwijkingen": every waiver that applies, with its reason, date, account and where it comes from,
 * and a way to withdraw one recorded in this browser (after a confirmation). The organisation's own
 * waivers are shown read-only: they can only be withdrawn in the policy.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { findRule } from "@/rules/catalog";
import type { Waiver } from "@/rules/config/schema";
import { PLATFORM_LABELS } from "@/rules/labels";
import { formatWaiverDate } from "@/rules/report/words";
import { bareHandle } from "@/rules/text/handles";
import { type ListedWaiver, listWaivers, withdrawWaiver } from "@/utils/waiver-store";
import type { SectionProps } from "./section-props";

function waiverKey({ waiver, source }: ListedWaiver): string {
  return [source, waiver.platform, waiver.handle.toLowerCase(), waiver.rule, waiver.value].join("\n");
}

function ConfirmWithdraw(props: { question: string; yes: string; no: string; onYes(): void; onNo(): void }) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <fieldset class="confirm">
      <legend>{props.question}</legend>
      <div class="actions">
        <button type="button" ref={yes} data-confirm-withdraw="" onClick={props.onYes}>
          {props.yes}
        </button>
        <button type="button" class="secondary" onClick={props.onNo}>
          {props.no}
        </button>
      </div>
    </fieldset>
  );
}

export function WaiversSection({ effective, lang, t, announce }: SectionProps) {
  const listed = listWaivers(effective);
  const [confirming, setConfirming] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const withdrawButtons = useRef(new Map<string, HTMLButtonElement>());

  const ruleTitle = (waiver: Waiver) => findRule(waiver.rule)?.meta.title[lang] ?? waiver.rule;
  const accountName = (waiver: Waiver) => `@${bareHandle(waiver.handle)} (${PLATFORM_LABELS[waiver.platform]})`;
  const organisation = effective.managed?.organisation;

  async function withdraw(waiver: Waiver): Promise<void> {
    const result = await withdrawWaiver(waiver);
    setConfirming(null);
    announce(
      result.ok ? t("waiverWithdrawn", { rule: ruleTitle(waiver), account: accountName(waiver) }) : t("withdrawFailed"),
    );
    // The entry is gone: focus goes to the section, not to the top of the page.
    heading.current?.focus();
  }

  function cancel(key: string): void {
    setConfirming(null);
    requestAnimationFrame(() => withdrawButtons.current.get(key)?.focus());
  }

  return (
    <section aria-labelledby="waivers-heading" data-section="waivers">
      <h2 id="waivers-heading" ref={heading} tabIndex={-1}>
        {t("waiversHeading")}
      </h2>
      <p>{t("waiversIntro")}</p>
      {listed.length === 0 ? (
        <p>{t("waiversEmpty")}</p>
      ) : (
        <ul class="entries">
          {listed.map((entry) => {
            const { waiver, source } = entry;
            const key = waiverKey(entry);
            return (
              <li key={key} class="entry waiver" data-waiver-rule={waiver.rule} data-waiver-source={source}>
                <p class="entry-title">
                  <strong>{ruleTitle(waiver)}</strong> <span class="rule-id">{waiver.rule}</span>
                  {source === "policy" && <span class="badge">{t("managedBadge")}</span>}
                </p>
                <dl class="waiver-details">
                  <dt>{t("waiverAccount")}</dt>
                  <dd>{accountName(waiver)}</dd>
                  <dt>{t("waiverReason")}</dt>
                  <dd>{waiver.reason}</dd>
                  <dt>{t("waiverValue")}</dt>
                  <dd class="waiver-value">„{waiver.value}”</dd>
                  <dt>{t("waiverDate")}</dt>
                  <dd>{waiver.createdAt ? formatWaiverDate(waiver.createdAt, lang) : t("waiverDateUnknown")}</dd>
                  <dt>{t("waiverBy")}</dt>
                  <dd>
                    {source === "local"
                      ? t("waiverByLocal")
                      : organisation
                        ? t("waiverByPolicy", { organisation })
                        : t("waiverByPolicyUnnamed")}
                  </dd>
                </dl>
                {source === "local" &&
                  (confirming === key ? (
                    <ConfirmWithdraw
                      question={t("withdrawConfirm")}
                      yes={t("withdrawYes")}
                      no={t("withdrawNo")}
                      onYes={() => void withdraw(waiver)}
                      onNo={() => cancel(key)}
                    />
                  ) : (
                    <div class="actions">
                      <button
                        type="button"
                        class="secondary"
                        data-withdraw-waiver=""
                        ref={(button) => {
                          if (button) withdrawButtons.current.set(key, button);
                          else withdrawButtons.current.delete(key);
                        }}
                        aria-label={t("withdrawWaiverLabel", { rule: ruleTitle(waiver), account: accountName(waiver) })}
                        onClick={() => setConfirming(key)}
                      >
                        {t("withdrawWaiver")}
                      </button>
                    </div>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
