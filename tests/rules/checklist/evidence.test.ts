import { describe, expect, it } from "vitest";
import {
  type AccountProgress,
  type ChecklistAccount,
  checklistFor,
  checklistSummary,
  evidenceFromResult,
  evidenceRules,
  recordCheck,
  type StepView,
} from "../../../rules/checklist";
import { checkCase } from "../../../rules/engine";
import type { Account, Profile } from "../../../rules/schema";
import type { AvatarAnalysis } from "../../../rules/types";

const ACCOUNT: Account = {
  platform: "x",
  type: "corporate",
  ministry: "VWS",
  ministryHandle: "MinVWS",
  minister: "Fleur Agema",
  personalHandle: "fleuragema",
  predecessorArchive: "MinisterVWSarchief",
  pageUrl: "https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema",
};
const CHECKLIST_ACCOUNT: ChecklistAccount = { ...ACCOUNT, handle: "MinisterVWS" };

const CLEAN: Profile = {
  displayName: "Fleur Agema",
  handle: "MinisterVWS",
  avatar: "avatar.jpg",
  bio: "Minister van Volksgezondheid, Welzijn en Sport. Redactie: directie Communicatie @MinVWS. Webcare op werkdagen 9-17 uur. Archief voorganger: @MinisterVWSarchief",
  links: ["https://www.rijksoverheid.nl/regering/bewindspersonen/fleur-agema"],
  verified: true,
};
const LOGO: AvatarAnalysis = { status: "analysed", detection: { outcome: "present", confidence: 0.9 } };
const NO_LOGO: AvatarAnalysis = { status: "analysed", detection: { outcome: "absent", confidence: 0.9 } };

function evidence(profile: Profile, avatar: AvatarAnalysis | undefined, checkedAt: string) {
  const result = checkCase({ account: ACCOUNT, profile }, avatar ? { avatar } : {});
  return evidenceFromResult(result, checkedAt, "https://x.com/MinisterVWS");
}

const EMPTY: AccountProgress = { platform: "x", handle: "MinisterVWS", ticks: {}, provenAt: {} };

function view(steps: StepView[], id: string): StepView {
  const found = steps.find((each) => each.step.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

describe("checklist evidence", () => {
  it("leaves provable steps open until the page was checked, and says so", () => {
    const steps = checklistFor(CHECKLIST_ACCOUNT, EMPTY);
    expect(view(steps, "new/avatar").status).toMatchObject({
      state: "open",
      why: { nl: expect.stringContaining("Nog niet gecontroleerd") },
    });
    expect(view(steps, "new/avatar").byEvidence).toBe(true);
  });

  it("ticks avatar, bio, archive reference, verification and handle when the clean profile passes", () => {
    const progress = recordCheck(CHECKLIST_ACCOUNT, EMPTY, evidence(CLEAN, LOGO, "2026-11-30T09:00:00Z"));
    const steps = checklistFor(CHECKLIST_ACCOUNT, progress);
    for (const id of ["new/avatar", "new/bio", "old/archive-reference", "new/verification", "new/handle"]) {
      expect(view(steps, id).status, id).toMatchObject({
        state: "done",
        source: "evidence",
        at: "2026-11-30T09:00:00Z",
      });
    }
    expect(view(steps, "new/avatar").status).toMatchObject({
      seen: { nl: expect.stringContaining("https://x.com/MinisterVWS") },
    });
    expect(progress.provenAt.avatar).toBe("2026-11-30T09:00:00Z");
  });

  it("un-ticks a step when a later check fails, and says why and when it was in order", () => {
    const first = recordCheck(CHECKLIST_ACCOUNT, EMPTY, evidence(CLEAN, LOGO, "2026-11-30T09:00:00Z"));
    const second = recordCheck(CHECKLIST_ACCOUNT, first, evidence(CLEAN, NO_LOGO, "2026-12-01T09:00:00Z"));
    const status = view(checklistFor(CHECKLIST_ACCOUNT, second), "new/avatar").status;
    expect(status).toMatchObject({ state: "open", wasDoneAt: "2026-11-30T09:00:00Z" });
    if (status.state !== "open") throw new Error("expected open");
    expect(status.why?.nl).toContain("avatar/rijkslogo-required");
    expect(status.why?.nl).toContain("2026-12-01T09:00:00Z");
  });

  it("does not tick the bio step when one bio rule fails", () => {
    const bio = CLEAN.bio?.replace(" Webcare op werkdagen 9-17 uur.", "");
    const progress = recordCheck(CHECKLIST_ACCOUNT, EMPTY, evidence({ ...CLEAN, bio }, LOGO, "2026-11-30"));
    const status = view(checklistFor(CHECKLIST_ACCOUNT, progress), "new/bio").status;
    expect(status).toMatchObject({ state: "open", why: { nl: expect.stringContaining("bio/webcare") } });
    expect(view(checklistFor(CHECKLIST_ACCOUNT, progress), "new/avatar").status.state).toBe("done");
  });

  it("does not tick the handle step when the handle names a party", () => {
    const progress = recordCheck(
      CHECKLIST_ACCOUNT,
      EMPTY,
      evidence({ ...CLEAN, handle: "MinisterVWS_PVV" }, LOGO, "2026-11-30"),
    );
    const status = view(checklistFor(CHECKLIST_ACCOUNT, progress), "new/handle").status;
    expect(status).toMatchObject({ state: "open", why: { nl: expect.stringContaining("handle/no-party") } });
  });

  it("keeps a step open as not checked when its field was not found", () => {
    const progress = recordCheck(CHECKLIST_ACCOUNT, EMPTY, evidence(CLEAN, undefined, "2026-11-30"));
    const status = view(checklistFor(CHECKLIST_ACCOUNT, progress), "new/avatar").status;
    expect(status).toMatchObject({ state: "open", why: { nl: expect.stringContaining("Niet gecontroleerd") } });
  });

  it("has no evidence for the archive reference without a configured archive: ticked by hand", () => {
    const account = { ...CHECKLIST_ACCOUNT, predecessorArchive: undefined };
    expect(evidenceRules("predecessor-archive", account)).toEqual([]);
    const tick = { by: "Anna", note: "bio verwijst naar het archief op Rijksoverheid.nl", at: "2026-11-30" };
    const steps = checklistFor(account, { ...EMPTY, ticks: { "old/archive-reference": tick } });
    expect(view(steps, "old/archive-reference")).toMatchObject({
      byEvidence: false,
      status: { state: "done", source: "hand", by: "Anna" },
    });
  });

  it("proves the hybrid handle step by handle/no-party alone (office-name does not apply)", () => {
    const hybrid: ChecklistAccount = { platform: "instagram", type: "hybrid", handle: "fleuragema" };
    expect(evidenceRules("handle", hybrid)).toEqual(["handle/no-party"]);
    expect(evidenceRules("handle", CHECKLIST_ACCOUNT)).toEqual(["handle/no-party", "handle/office-name"]);
  });

  it("falls back to a tick by hand when the rule is switched off", () => {
    expect(evidenceRules("verified", CHECKLIST_ACCOUNT, { "account/verified": "off" })).toEqual([]);
    const steps = checklistFor(CHECKLIST_ACCOUNT, EMPTY, { "account/verified": "off" });
    expect(view(steps, "new/verification").byEvidence).toBe(false);
  });

  it("keeps emptying the account waiting until archiving is arranged", () => {
    expect(view(checklistFor(CHECKLIST_ACCOUNT, EMPTY), "old/delete-posts").status.state).toBe("blocked");
    const arranged = { ...EMPTY, ticks: { "old/archiving": { by: "Anna", note: "", at: "2026-11-30" } } };
    expect(view(checklistFor(CHECKLIST_ACCOUNT, arranged), "old/delete-posts").status.state).toBe("open");
    const notArranged = { ...EMPTY, archiving: "not-arranged" as const };
    expect(checklistFor(CHECKLIST_ACCOUNT, notArranged).map((each) => each.step.id)).toContain("old/rddi");
  });

  it("counts an account ready only when every step is done", () => {
    const progress = recordCheck(CHECKLIST_ACCOUNT, EMPTY, evidence(CLEAN, LOGO, "2026-11-30"));
    const summary = checklistSummary(checklistFor(CHECKLIST_ACCOUNT, progress));
    expect(summary.ready).toBe(false);
    expect(summary.done).toBe(5);
    const ticks = Object.fromEntries(
      checklistFor(CHECKLIST_ACCOUNT, progress)
        .filter((each) => !each.byEvidence)
        .map((each) => [each.step.id, { by: "Anna", note: "", at: "2026-11-30" }]),
    );
    const allTicked = checklistSummary(checklistFor(CHECKLIST_ACCOUNT, { ...progress, ticks }));
    expect(allTicked).toEqual({ done: allTicked.total, total: allTicked.total, ready: true });
  });
});
