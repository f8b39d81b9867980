// Runs once when a server instance starts. Folds the target rollups' pending deltas every second, so
// dashboard reads stay a few primary-key lookups however many writes arrive (README, "Targets and
// dashboards"). Every instance may run it: the fold takes an advisory lock and the others skip.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { foldRollups } = await import('@/lib/targets/mutations');
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    foldRollups()
      .catch((error: unknown) => console.error('target rollup fold failed', error))
      .finally(() => {
        running = false;
      });
  }, 1000);
  timer.unref();
}
