// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { deferred } from "@/utils/live/deferred";

describe("deferred", () => {
  it("runs once however often it is scheduled, later, and again when scheduled after running", async () => {
    const task = vi.fn();
    const badge = deferred(task);
    badge.schedule();
    badge.schedule();
    badge.schedule();
    expect(task).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1));
    badge.schedule();
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(2));
  });
});
