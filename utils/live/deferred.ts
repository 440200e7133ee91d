/**
 * Work that can wait until the page is idle (the toolbar badge, for instance): however often it is
 * scheduled, it runs once, with the state of that moment, at most `timeout` ms later.
 */
export function deferred(task: () => void, timeout = 1000): { schedule(): void } {
  let handle: number | null = null;
  const run = () => {
    handle = null;
    task();
  };
  return {
    schedule() {
      if (handle !== null) return;
      handle =
        typeof requestIdleCallback === "function" ? requestIdleCallback(run, { timeout }) : window.setTimeout(run, 0);
    },
  };
}
