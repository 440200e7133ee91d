// @vitest-environment happy-dom
/**
 * The page sketch (issue 9) on every fixture page: it outlines the structure (it names the fields
 * the adapters look for), and no value or text of the page gets into it. Collected from each page:
 * every text node, every attribute value that is not a structural one the sketch may show, every
 * field value; none may occur in the sketch. Labels of form fields are the one text it shows (they
 * are the accessible names of the controls). Strings shorter than four characters are skipped:
 * "Bio" or "1e" would match by chance; so are strings that the page's structure itself holds
 * ("Home" of `data-testid="AppTabBar_Home_Link"`, an href "/home" that is its own path shape),
 * which tell nothing beyond the structure. The profile's own names and handles are checked apart, in
 * any letter case, so that they cannot slip in through an id or a test id either.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pageSketch, pathShape } from "@/utils/platforms/page-sketch";
import { FIXTURE_DIR, fixtureDocument } from "./fixture-page";

const FIXTURES = readdirSync(FIXTURE_DIR, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".html"))
  .sort();

/** Attributes whose values the sketch shows (masked): ids, id references, roles, test ids, input types and names. */
const STRUCTURAL = new Set([
  "id",
  "for",
  "aria-labelledby",
  "aria-describedby",
  "aria-controls",
  "role",
  "data-testid",
  "data-view-name",
  "data-pagelet",
  "type",
  "name",
  "contenteditable",
  "aria-modal",
  "open",
  "hidden",
  "aria-hidden",
]);
const TEXT_CONTROL = 'input, textarea, select, [contenteditable="true"], [role="textbox"], [role="combobox"]';
/** The illustrative minister and her accounts, as the fixtures show them (tests/fixtures/pages/README.md). */
const IDENTITY = ["fleur", "agema", "ministervws", "minvws", "rijksoverheid", "volksgezondheid", "welzijn"];

function urlOf(fixture: string): URL {
  const html = readFileSync(`${FIXTURE_DIR}/${fixture}`, "utf8");
  return new URL(html.match(/Fixture: (https:\/\/\S+)/)?.[1] ?? "https://example.org/");
}

/** Everything of the page the sketch must not show. */
function privateStrings(document: Document, url: URL): Set<string> {
  const strings = new Set<string>();
  const roots: ParentNode[] = [document];
  for (const element of Array.from(document.querySelectorAll("*")))
    if (element.shadowRoot) roots.push(element.shadowRoot);
  const structure = roots
    .flatMap((root) => Array.from(root.querySelectorAll("*")))
    .flatMap((element) => Array.from(element.attributes).filter((attribute) => STRUCTURAL.has(attribute.name)))
    .map((attribute) => attribute.value)
    .concat(
      // The route words of the page's own links ("/*/followers/") are structure too.
      roots
        .flatMap((root) => Array.from(root.querySelectorAll("a[href]")))
        .map((anchor) => new URL(anchor.getAttribute("href") ?? "", url))
        .filter((link) => link.hostname === url.hostname)
        .map(pathShape),
    )
    .join("\n")
    .toLowerCase();
  const add = (text: string | null | undefined) => {
    const trimmed = (text ?? "").trim();
    if (trimmed.length < 4 || structure.includes(trimmed.toLowerCase())) return;
    // A same-site href made only of route words is its own path shape: no private part in it.
    if (trimmed.startsWith("/") && pathShape(new URL(trimmed, url)) === trimmed) return;
    strings.add(trimmed);
  };
  const labelledBy = new Set(
    Array.from(document.querySelectorAll("[aria-labelledby]")).flatMap((element) =>
      (element.getAttribute("aria-labelledby") ?? "").split(/\s+/),
    ),
  );
  const isLabel = (element: Element | null) =>
    element?.closest("label") !== null ||
    Array.from(labelledBy).some((id) => id !== "" && element?.closest(`[id="${id}"]`) !== null);
  for (const root of roots) {
    const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!isLabel(node.parentElement)) add(node.nodeValue);
    }
    for (const element of Array.from(root.querySelectorAll("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        if (STRUCTURAL.has(attribute.name)) continue;
        // A text field's aria-label is its accessible name, which the sketch shows.
        if (attribute.name === "aria-label" && element.matches(TEXT_CONTROL)) continue;
        add(attribute.value);
      }
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) add(element.value);
    }
  }
  return strings;
}

describe.each(FIXTURES)("page sketch of %s", (fixture) => {
  it("shows no value and no text of the page, only its structure", () => {
    const document = fixtureDocument(fixture);
    const url = urlOf(fixture);
    const sketch = pageSketch(document, url, fixture.split("/")[0] ?? "", ["bio"]);
    const body = sketch.split("\n").slice(2).join("\n");
    expect(body.split("\n").length).toBeGreaterThan(5);
    const leaked = [...privateStrings(document, url)].filter((text) => body.includes(text));
    expect(leaked).toEqual([]);
    const lower = sketch.toLowerCase();
    expect(IDENTITY.filter((word) => lower.includes(word))).toEqual([]);
  });
});

describe("page sketch", () => {
  it("names the fields an adapter looks for, with their labels, and masks ids and handles", () => {
    const document = fixtureDocument("x/edit-profile.nl.html");
    const sketch = pageSketch(document, new URL("https://x.com/settings/profile"), "x", ["bio"]);
    expect(sketch).toContain("# Profielcheck paginaschets (page sketch) · x · /settings/profile");
    expect(sketch).toContain("# niet gevonden / not found: bio");
    expect(sketch).toMatch(/div\[role="dialog"\]\[aria-modal\]/);
    expect(sketch).toMatch(/textarea\[name="description"\] "bio"/);
    expect(sketch).toMatch(/input\[type="text"\]\[name="displayName"\] "naam"/);
    expect(sketch).toContain('[data-testid="UserAvatar-Container-*"]');
    expect(sketch).toContain("→ /*");
  });

  it("marks hidden dialogs and open shadow roots, and masks the member id in LinkedIn's field ids", () => {
    const hidden = pageSketch(
      fixtureDocument("linkedin/intro-edit-hidden-dialogs.en.html"),
      new URL("https://www.linkedin.com/in/fleur-agema/edit/intro/"),
      "linkedin",
    );
    expect(hidden).toMatch(/\(hidden\)/);
    expect(hidden).toMatch(/dialog.*\[open\]/);
    expect(hidden).not.toMatch(/ACoAA/);
    const shadow = pageSketch(
      fixtureDocument("linkedin/about-edit-shadow.nl.html"),
      new URL("https://www.linkedin.com/in/fleur-agema/edit/about/"),
      "linkedin",
    );
    expect(shadow).toContain("#shadow-root");
  });

  it("gives the path shape without handles, digits, query or fragment", () => {
    expect(pathShape(new URL("https://www.linkedin.com/in/fleur-agema/edit/intro/?x=1#top"))).toBe("/in/*/edit/intro/");
    expect(pathShape(new URL("https://www.linkedin.com/showcase/104857600/admin/dashboard/"))).toBe(
      "/showcase/*/admin/dashboard/",
    );
    expect(pathShape(new URL("https://x.com/MinisterVWS"))).toBe("/*");
  });
});
