/**
 * "Wat voor account is @…?": the account types that can apply on this page, and, where the page may
 * be anybody's, "Geen account van een bewindspersoon", after which nothing is checked.
 */
import type { AccountType } from "@/rules/vocabulary";
import type { Translate } from "@/utils/i18n";
import { ACCOUNT_TYPE_LABEL } from "../labels";
import { fromPerson } from "../trusted";
import type { PanelTranslate } from "./messages";

export function AccountTypeChoice(props: {
  name: string;
  types: readonly AccountType[];
  t: PanelTranslate;
  labels: Translate;
  onChoose(type: AccountType): void;
  onNotMinister: (() => void) | undefined;
}) {
  const { name, types, t, labels, onChoose, onNotMinister } = props;
  return (
    <fieldset class="choose">
      <legend>{t("chooseAccountType", { name })}</legend>
      <p>{t("chooseAccountTypeHelp")}</p>
      <div class="choices">
        {types.map((type) => (
          <button type="button" key={type} data-choose-account-type={type} onClick={fromPerson(() => onChoose(type))}>
            {labels(ACCOUNT_TYPE_LABEL[type])}
          </button>
        ))}
        {onNotMinister && (
          <button type="button" data-choose-account-type="none" onClick={fromPerson(onNotMinister)}>
            {t("notMinister")}
          </button>
        )}
      </div>
    </fieldset>
  );
}
