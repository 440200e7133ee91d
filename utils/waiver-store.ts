/**
 * The waivers ("afwijkingen") as the options page lists them, and their withdrawal. A thin layer
 * over utils/config-storage.ts: waivers live in the configuration, so they travel with its export,
 * and the panel, badge and popup follow a withdrawal through the configuration's own watchers.
 */
import type { Waiver } from "@/rules/config/schema";
import { configAccountKey, type EffectiveConfig, loadEffectiveConfig, saveLocalConfig } from "./config-storage";

export interface ListedWaiver {
  waiver: Waiver;
  /** "policy": pushed by the organisation, read-only here; "local": recorded in this browser. */
  source: "policy" | "local";
}

/** One waiver: account, rule and the value it was given for (the key the configuration merges by). */
function sameWaiver(a: Waiver, b: Waiver): boolean {
  return (
    configAccountKey(a.platform, a.handle) === configAccountKey(b.platform, b.handle) &&
    a.rule === b.rule &&
    a.value === b.value
  );
}

/** Every waiver that applies: the organisation's first, then this browser's own; newest first in each. */
export function listWaivers(effective: EffectiveConfig): ListedWaiver[] {
  const newestFirst = (a: Waiver, b: Waiver) => (b.createdAt ?? "").localeCompare(a.createdAt ?? "");
  const policy = [...(effective.managed?.waivers ?? [])].sort(newestFirst);
  const local = (effective.local.waivers ?? []).filter((waiver) => !policy.some((each) => sameWaiver(each, waiver)));
  return [
    ...policy.map((waiver) => ({ waiver, source: "policy" as const })),
    ...[...local].sort(newestFirst).map((waiver) => ({ waiver, source: "local" as const })),
  ];
}

export type WithdrawResult = { ok: true } | { ok: false; reason: "not-found" | "not-saved" };

/** Removes a waiver recorded in this browser; the organisation's own cannot be withdrawn here. */
export async function withdrawWaiver(waiver: Waiver): Promise<WithdrawResult> {
  const { local } = await loadEffectiveConfig({ managed: "cached" });
  const waivers = local.waivers ?? [];
  const remaining = waivers.filter((each) => !sameWaiver(each, waiver));
  if (remaining.length === waivers.length) return { ok: false, reason: "not-found" };
  const saved = await saveLocalConfig({ ...local, waivers: remaining });
  return saved.ok ? { ok: true } : { ok: false, reason: "not-saved" };
}
