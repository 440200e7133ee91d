/**
 * What the panel remembers in the extension's local storage (never sent anywhere): the accounts
 * the user said are no minister's, the panel's place per site, and the advice the user checked
 * and found right ("Gecontroleerd, klopt") for the value it was given on. What is read back is
 * checked for its shape, so a damaged entry is forgotten instead of breaking the panel.
 */
import type { Platform } from "@/rules/vocabulary";

export type Dock = "left" | "right";

/** The panel's place on one site: collapsed or not, the docked side, where it was dragged to. */
export interface PanelLayout {
  collapsed: boolean;
  dock: Dock;
  position: { left: number; top: number } | null;
}

export const DEFAULT_LAYOUT: PanelLayout = { collapsed: false, dock: "right", position: null };

/** Keys in `storage.local`; read directly, so the content scripts need not load the storage helpers. */
const NOT_MINISTER_KEY = "panelNotMinister";
const LAYOUT_KEY = "panelLayout";
const ACKNOWLEDGED_KEY = "panelAcknowledged";

/** One account on one platform, the way the configuration compares handles (no "@", any case). */
export function accountKey(platform: Platform, handle: string): string {
  return `${platform}:${handle.replace(/^@/, "").toLowerCase()}`;
}

/** One acknowledged finding: the rule on that account, for exactly that value. */
export function acknowledgementKey(platform: Platform, handle: string, rule: string, value: string): string {
  return `${accountKey(platform, handle)}\u0000${rule}\u0000${value}`;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : [];
}

function isLayout(value: unknown): value is PanelLayout {
  if (typeof value !== "object" || value === null) return false;
  const { collapsed, dock, position } = value as Record<string, unknown>;
  const placed =
    position === null ||
    (typeof position === "object" &&
      position !== null &&
      Number.isFinite((position as { left?: unknown }).left) &&
      Number.isFinite((position as { top?: unknown }).top));
  return typeof collapsed === "boolean" && (dock === "left" || dock === "right") && placed;
}

/** Everything the panel remembers, read once when it starts on a page and kept up to date by it. */
export class PanelMemory {
  private notMinister = new Set<string>();
  private acknowledged = new Set<string>();
  private layouts: Partial<Record<Platform, PanelLayout>> = {};

  async load(): Promise<void> {
    try {
      const stored = await browser.storage.local.get([NOT_MINISTER_KEY, LAYOUT_KEY, ACKNOWLEDGED_KEY]);
      const { [NOT_MINISTER_KEY]: notMinister, [LAYOUT_KEY]: layouts, [ACKNOWLEDGED_KEY]: acknowledged } = stored;
      this.notMinister = new Set(strings(notMinister));
      this.acknowledged = new Set(strings(acknowledged));
      this.layouts = typeof layouts === "object" && layouts !== null ? (layouts as typeof this.layouts) : {};
    } catch {
      // Storage unavailable (the extension is being reloaded): start from the defaults.
    }
  }

  isNotMinister(platform: Platform, handle: string | null): boolean {
    return handle !== null && this.notMinister.has(accountKey(platform, handle));
  }

  setNotMinister(platform: Platform, handle: string, notMinister: boolean): void {
    const key = accountKey(platform, handle);
    if (notMinister) this.notMinister.add(key);
    else this.notMinister.delete(key);
    this.save(NOT_MINISTER_KEY, [...this.notMinister]);
  }

  layout(platform: Platform): PanelLayout {
    const stored = this.layouts[platform];
    return isLayout(stored) ? stored : DEFAULT_LAYOUT;
  }

  setLayout(platform: Platform, layout: PanelLayout): void {
    this.layouts = { ...this.layouts, [platform]: layout };
    this.save(LAYOUT_KEY, this.layouts);
  }

  isAcknowledged(key: string): boolean {
    return this.acknowledged.has(key);
  }

  acknowledge(key: string): void {
    this.acknowledged.add(key);
    this.save(ACKNOWLEDGED_KEY, [...this.acknowledged]);
  }

  private save(key: string, value: unknown): void {
    // Storage unavailable (the extension is being reloaded): the choice holds for this page only.
    browser.storage.local.set({ [key]: value }).catch(() => undefined);
  }
}
