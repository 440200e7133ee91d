import { render } from "preact";
import { OptionsApp } from "@/components/options/OptionsApp";
import "@/assets/base.css";
import "@/assets/page.css";
import "./style.css";

render(<OptionsApp />, document.getElementById("app") as HTMLElement);
