/**
 * "Kopieer paginaschets": a privacy-safe outline of a page's form structure, for the maintainers
 * when a field is not checked because nothing matched (issue 9). It keeps what selectors are made
 * of — tag names, roles, the accessible names of form fields, `data-testid`, `data-view-name`,
 * `data-pagelet`, ids, input types and names, shown/hidden state — and leaves out every field
 * value, every text, every image and link address beyond the path shape. Words with digits are
 * masked (`ember123` → `#`), and so is every path segment that is not a known route word (handles,
 * vanity names), wherever it turns up in an attribute (`UserAvatar-Container-*`).
 * tests/platforms/page-sketch.test.ts proves on every fixture that no value or text gets through.
 */
import { accessibleName, normalisedName } from "./read";

/** Path segments of the platforms' own routes, kept in the path shape; any other is masked. */
const ROUTE_WORDS = new Set([
  "in",
  "edit",
  "intro",
  "about",
  "forms",
  "summary",
  "new",
  "contact-info",
  "overlay",
  "settings",
  "profile",
  "accounts",
  "showcase",
  "company",
  "admin",
  "dashboard",
  "details",
  "profile.php",
  "home",
  "explore",
  "notifications",
  "messages",
  "header_photo",
  "photo",
  "photos",
  "followers",
  "following",
  "verified_followers",
  "recent-activity",
  "l.php",
]);
/** Hosts whose name may appear in a link's shape; any other host is "extern". */
const PLATFORM_HOSTS = /(^|\.)(x\.com|twitter\.com|t\.co|instagram\.com|facebook\.com|linkedin\.com)$/;
/** Elements that make up a form's structure even without a role or test id. */
const STRUCTURE_TAGS = new Set([
  "main",
  "header",
  "nav",
  "section",
  "aside",
  "form",
  "dialog",
  "fieldset",
  "label",
  "input",
  "textarea",
  "select",
  "button",
  "a",
  "img",
  "svg",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
]);
/** Never walked: they hold no form structure (scripts, styles, the inside of icons). */
const SKIPPED_TAGS = new Set(["script", "style", "noscript", "template", "meta", "link", "title", "path", "g", "defs"]);
const KEPT_ATTRIBUTES = ["role", "data-testid", "data-view-name", "data-pagelet", "type", "name"] as const;
const TEXT_CONTROL = 'input, textarea, select, [contenteditable="true"], [role="textbox"], [role="combobox"]';
const MAX_LINES = 800;
const MAX_NAME_LENGTH = 40;

/** The path with every segment that is not a route word masked, digits masked, no query or fragment. */
export function pathShape(url: URL): string {
  const segments = url.pathname
    .split("/")
    .map((segment) => (segment === "" || ROUTE_WORDS.has(segment) ? segment : "*"));
  return segments.join("/") || "/";
}

/** Path segments that are no route words: handles and names the sketch must not show anywhere. */
function privateSegments(url: URL): string[] {
  return url.pathname
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .filter((segment) => segment.length >= 3 && !ROUTE_WORDS.has(segment));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

class Masker {
  private pattern: RegExp | null = null;

  constructor(private readonly pageUrl: URL) {}

  /** Every private path segment of the page and of its own links becomes something to mask. */
  learn(document: Document): void {
    const segments = new Set(privateSegments(this.pageUrl));
    for (const anchor of Array.from(document.querySelectorAll("a[href]"))) {
      const url = this.sameSite(anchor.getAttribute("href") ?? "");
      if (url) for (const segment of privateSegments(url)) segments.add(segment);
    }
    const longestFirst = [...segments].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.pattern = longestFirst.length > 0 ? new RegExp(longestFirst.join("|"), "gi") : null;
  }

  sameSite(href: string): URL | null {
    try {
      const url = new URL(href, this.pageUrl);
      return url.hostname === this.pageUrl.hostname ? url : null;
    } catch {
      return null;
    }
  }

  /** An attribute or name with private segments and digits masked. */
  mask(text: string): string {
    const withoutSegments = this.pattern ? text.replace(this.pattern, "*") : text;
    // A word with a digit in it is an id, a count or a member URN ("ACoAAB3xYz…"): masked whole.
    return withoutSegments.replace(/[A-Za-z0-9]*\d[A-Za-z0-9]*/g, "#");
  }

  /** A link's shape: the path shape on the same site, the host on a platform host, else "extern". */
  link(href: string): string {
    const sameSite = this.sameSite(href);
    if (sameSite) return pathShape(sameSite);
    try {
      const url = new URL(href, this.pageUrl);
      return PLATFORM_HOSTS.test(url.hostname) ? `${url.hostname}${pathShape(url)}` : "extern";
    } catch {
      return "extern";
    }
  }
}

function isHidden(element: Element): boolean {
  return (
    element.hasAttribute("hidden") ||
    element.getAttribute("aria-hidden") === "true" ||
    (element.tagName === "DIALOG" && !element.hasAttribute("open"))
  );
}

/** One element as a line, or null when it adds nothing to the structure. */
function describe(element: Element, masker: Masker): string | null {
  const tag = element.tagName.toLowerCase();
  const attributes = KEPT_ATTRIBUTES.filter((attribute) => element.hasAttribute(attribute));
  const hasId = element.id !== "";
  if (!STRUCTURE_TAGS.has(tag) && attributes.length === 0 && !hasId && !element.hasAttribute("contenteditable")) {
    return null;
  }
  let line = tag;
  if (hasId) line += `#${masker.mask(element.id)}`;
  for (const attribute of attributes) line += `[${attribute}="${masker.mask(element.getAttribute(attribute) ?? "")}"]`;
  if (element.getAttribute("contenteditable") === "true") line += "[contenteditable]";
  if (element.getAttribute("aria-modal") === "true") line += "[aria-modal]";
  if (tag === "dialog" && element.hasAttribute("open")) line += "[open]";
  if (isHidden(element)) line += " (hidden)";
  if (tag === "a" && element.hasAttribute("href")) line += ` → ${masker.link(element.getAttribute("href") ?? "")}`;
  if (element.matches(TEXT_CONTROL)) {
    // The field's label, never its value: the name is computed without the control's own content.
    const name = masker.mask(normalisedName(accessibleName(element))).slice(0, MAX_NAME_LENGTH);
    if (name !== "") line += ` "${name}"`;
  }
  return line;
}

/**
 * The outline of the page: one line per structural element, indented by nesting, open shadow roots
 * marked `#shadow-root`. `missing` names the fields that were not found, for the maintainers.
 */
export function pageSketch(document: Document, url: URL, platform: string, missing: readonly string[] = []): string {
  const masker = new Masker(url);
  masker.learn(document);
  const lines: string[] = [];
  let omitted = 0;
  const emit = (depth: number, line: string) => {
    if (lines.length < MAX_LINES) lines.push(`${"  ".repeat(depth)}${line}`);
    else omitted += 1;
  };
  const walk = (parent: ParentNode, depth: number) => {
    for (const element of Array.from(parent.children)) {
      if (SKIPPED_TAGS.has(element.tagName.toLowerCase())) continue;
      const line = describe(element, masker);
      if (line !== null) emit(depth, line);
      const inner = line === null ? depth : depth + 1;
      walk(element, inner);
      if (element.shadowRoot) {
        emit(inner, "#shadow-root");
        walk(element.shadowRoot, inner + 1);
      }
    }
  };
  if (document.body) walk(document.body, 0);
  const header = [
    `# Profielcheck paginaschets (page sketch) · ${platform} · ${pathShape(url)}`,
    `# niet gevonden / not found: ${missing.length > 0 ? missing.join(", ") : "-"}`,
  ];
  const footer = omitted > 0 ? [`# … ${omitted} regels meer / more lines`] : [];
  return [...header, ...lines, ...footer].join("\n");
}
