/**
 * The playground page: ?present=1 opens in presentation mode, ?lang=en in English, ?scenario=ID
 * with that scenario loaded.
 */
import { render } from "preact";
import { Playground } from "@/components/playground/Playground";
import { PLAYGROUND_CSS } from "@/components/playground/styles";

const params = new URLSearchParams(location.search);
const style = document.createElement("style");
style.textContent = PLAYGROUND_CSS;
document.head.append(style);

const app = document.getElementById("app");
if (app) {
  render(
    <Playground
      initialLang={params.get("lang") === "en" ? "en" : "nl"}
      initialPresenting={params.get("present") === "1"}
      initialScenario={params.get("scenario")}
    />,
    app,
  );
}
