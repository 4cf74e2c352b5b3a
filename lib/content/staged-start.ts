/** What a site's app returns: stopping it stops whatever it has started so far. */
export interface RunningApp {
  stop(): void;
}

/**
 * Starts a site's app in stages (entrypoints/facebook-app.ts, gmail-app.ts): `run` awaits one
 * `import()` per stage, so each part is evaluated in a task of its own, and checks `alive()`
 * after each, so a stop during start-up ends it there; `started` hands over the controller.
 * Kept free of imports: it is part of the small entry module every page evaluates first.
 */
export function startInStages(
  run: (alive: () => boolean, started: (controller: RunningApp) => void) => Promise<void>,
): RunningApp {
  let stopped = false;
  let controller: RunningApp | null = null;
  void run(
    () => !stopped,
    (c) => (controller = c),
  ).catch((err: unknown) => console.error('Tactful could not start on this page.', err));
  return {
    stop() {
      stopped = true;
      controller?.stop();
    },
  };
}
