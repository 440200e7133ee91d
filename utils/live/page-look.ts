/**
 * What the panel takes from the page it sits on: its colour scheme, which account types a page
 * can be, and the name to show for the account.
 */
import type { AccountType, Platform } from "@/rules/vocabulary";

/** Relative luminance (WCAG) of an `rgb()`/`rgba()` colour; null for a transparent or unreadable one. */
export function luminance(color: string): number | null {
  const match = color.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/);
  if (!match) return null;
  const alpha =
    match[4] === undefined ? 1 : match[4].endsWith("%") ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
  if (alpha < 0.5) return null;
  const [red, green, blue] = [match[1], match[2], match[3]].map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/**
 * The page's scheme: its own background where it paints one (X's dim #15202b and dark #000 themes
 * set it on the body), else the system's preference.
 */
export function pageTheme(document: Document, prefersDark: boolean): "light" | "dark" {
  const view = document.defaultView;
  for (const element of [document.body, document.documentElement]) {
    if (!element || !view) continue;
    const light = luminance(view.getComputedStyle(element).backgroundColor);
    if (light !== null) return light < 0.2 ? "dark" : "light";
  }
  return prefersDark ? "dark" : "light";
}

/**
 * The account types a page can be: on LinkedIn the URL decides, a person's profile (/in/) is a
 * hybrid account and a company or showcase page is a showcase; elsewhere every type can apply.
 */
export function accountTypesForPage(platform: Platform, url: URL): readonly AccountType[] | undefined {
  if (platform !== "linkedin") return undefined;
  if (/^\/in\//.test(url.pathname)) return ["hybrid"];
  if (/^\/(showcase|company)\//.test(url.pathname)) return ["showcase"];
  return undefined;
}

/** The name to show: "@handle", or the page's own name where the handle is only a number (a page id). */
export function accountName(handle: string | null, displayName: string | null): string | undefined {
  if (handle === null) return displayName ?? undefined;
  if (/^\d+$/.test(handle) && displayName) return displayName;
  return `@${handle}`;
}
