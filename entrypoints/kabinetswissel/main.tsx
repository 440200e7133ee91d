import { render } from "preact";
import { KabinetswisselApp } from "@/components/kabinetswissel/KabinetswisselApp";
import "@/assets/base.css";
import "@/assets/page.css";
import "./style.css";

render(<KabinetswisselApp />, document.getElementById("app") as HTMLElement);
