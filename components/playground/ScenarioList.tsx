/**
 * The oefenruimte's list of scenarios and the teaching point of the one loaded: the same for
 * profile and message scenarios. `data-attribute` names the button attribute tests and styles use.
 */
import type { Language } from "@/rules/vocabulary";
import type { PlaygroundTranslate } from "./messages";

interface Scenario {
  id: string;
  title: Record<Language, string>;
  teaches: Record<Language, string>;
}

interface ScenarioListProps<S extends Scenario> {
  heading: string;
  headingId: string;
  scenarios: readonly S[];
  currentId: string | null;
  dataAttribute: "data-scenario" | "data-message-scenario";
  lang: Language;
  t: PlaygroundTranslate;
  onLoad(scenario: S): void;
}

export function ScenarioList<S extends Scenario>(props: ScenarioListProps<S>) {
  const { heading, headingId, scenarios, currentId, dataAttribute, lang, t, onLoad } = props;
  const current = scenarios.find((each) => each.id === currentId);
  return (
    <section class="card scenarios" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul class="scenario-list">
        {scenarios.map((each) => (
          <li key={each.id}>
            <button
              type="button"
              {...{ [dataAttribute]: each.id }}
              aria-current={each.id === currentId}
              onClick={() => onLoad(each)}
            >
              {each.title[lang]}
            </button>
          </li>
        ))}
      </ul>
      {current && (
        <div class="teaches">
          <strong>{t("teaches")}</strong>
          <p>{current.teaches[lang]}</p>
        </div>
      )}
    </section>
  );
}
