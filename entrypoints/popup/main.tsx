import { render } from "preact";
import { PopupApp } from "@/components/popup/PopupApp";
import "@/assets/base.css";
import "./style.css";

render(<PopupApp />, document.getElementById("app") as HTMLElement);
