/**
 * The Facebook content script's code, started by the small loader in
 * entrypoints/facebook.content once `facebook-app.js` (entrypoints/facebook-app.ts) is
 * imported from the extension's own files.
 *
 * Evaluating all of it at once (~0.9 MB: zod and the schemas, the detector's tables and
 * weights, the controller, React) was one 60–115 ms long task on every page load. So its
 * parts are imported one after the other, and each is evaluated in a task of its own (a
 * module is evaluated in the task its file arrives in; parsing happens off the main thread).
 * wxt.config.ts makes each `import()` below one file holding what that part adds. The split
 * points follow the measured top-level cost of the modules (tasks of 5–15 ms on the 2-core
 * development machine): zod; the message and settings schemas; the detector's character
 * tables and rules; the rest of the detector with its weights; the controller.
 * React and the suggestion card come only when the first card opens (controller.tsx).
 * `npm run bench:facebook` counts the long tasks.
 */
export interface FacebookApp {
  start(doc: Document, cardContainer: HTMLElement): { stop(): void };
}

export const facebookApp: FacebookApp = {
  start(doc, cardContainer) {
    let stopped = false;
    let controller: { stop(): void } | null = null;
    void (async () => {
      await import('../../lib/detect/types'); // zod (and the detector's enums)
      if (stopped) return;
      const { loadSettings } = await import('../../lib/platform/settings-store');
      if (stopped) return;
      const settings = loadSettings(); // read while the other parts load
      settings.catch(() => {}); // (the controller reports a failure; this only avoids an unhandled rejection if stopped first)
      await import('../../lib/detect/signals'); // character tables and rules
      if (stopped) return;
      await import('../../lib/detect');
      if (stopped) return;
      const { FacebookController } = await import('./controller');
      if (stopped) return;
      const started = new FacebookController(doc, cardContainer);
      controller = started;
      await started.start(settings);
    })().catch((err: unknown) => console.error('Tactful could not start on this page.', err));
    return {
      stop() {
        stopped = true;
        controller?.stop();
      },
    };
  },
};
